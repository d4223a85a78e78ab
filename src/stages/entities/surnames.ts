// Bare family names of people already named: after "Kim Gunn" and "Jung Pak", "Kim and Pak" are two
// person mentions even where the tagger, seeing one capitalized word at a sentence start, missed them.
// The actors stage decides whom each refers to (rules/surname-coreference.ts).
import type { Mention } from './mention.js';

const WORD = /\p{Lu}[\p{Ll}'’-]+/gu;

/** A multi-word name's first and last words: Korean family names come first, most others last. */
function ends(name: string): string[] {
  const words = name.split(/\s+/);
  return words.length > 1 ? [words[0] ?? '', words[words.length - 1] ?? ''] : [];
}

/** Person mentions for each word that ends a person's full name mentioned before it, outside other mentions. */
export function surnameMentions(
  text: string,
  people: readonly Mention[],
  taken: readonly Mention[],
): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some((t) => t.start < end && start < t.end)) continue;
    const before = people.filter((p) => p.end <= start && ends(p.text).includes(m[0]));
    if (before.length === 0) continue;
    out.push({ start, end, type: 'PERSON', text: m[0], candidates: [], source: 'tagger' });
  }
  return out;
}
