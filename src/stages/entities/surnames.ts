// Bare family names of people already named: after "Kim Gunn" and "Jung Pak", "Kim and Pak" are two
// person mentions even where the tagger, seeing one capitalized word at a sentence start, missed them.
// The actors stage decides whom each refers to (rules/surname-coreference.ts).
import type { Mention } from './mention.js';
import { overlapTest } from '../../core/span.js';

/**
 * A capitalised word, `\p{Lu}[\p{Ll}'’-]+`: the capital matched as an ASCII capital or any non-ASCII code
 * point and only then tested for `\p{Lu}` (V8 tests a Unicode property slowly at every character of a scan).
 */
const WORD = /[A-Z\u{80}-\u{10FFFF}](?<=\p{Lu})[\p{Ll}'’-]+/gu;

/** A multi-word name's first and last words: Korean family names come first, most others last. */
function ends(name: string): string[] {
  const words = name.split(/\s+/);
  return words.length > 1 ? [words[0] ?? '', words[words.length - 1] ?? ''] : [];
}

/**
 * Each word that ends a multi-word person name, with where the first such name ends: a bare word is a
 * surname only after it. Read once, not per capitalized word of the text.
 */
function firstNamedBy(people: readonly Mention[]): Map<string, number> {
  const firstEnd = new Map<string, number>();
  for (const p of people)
    for (const word of ends(p.text)) firstEnd.set(word, Math.min(firstEnd.get(word) ?? Infinity, p.end));
  return firstEnd;
}

/** Person mentions for each word that ends a person's full name mentioned before it, outside other mentions. */
export function surnameMentions(
  text: string,
  people: readonly Mention[],
  taken: readonly Mention[],
): Mention[] {
  const firstEnd = firstNamedBy(people);
  if (firstEnd.size === 0) return [];
  const isTaken = overlapTest(taken);
  const out: Mention[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    const namedBefore = (firstEnd.get(m[0]) ?? Infinity) <= start;
    if (!namedBefore || isTaken({ start, end })) continue;
    out.push({ start, end, type: 'PERSON', text: m[0], candidates: [], source: 'tagger' });
  }
  return out;
}
