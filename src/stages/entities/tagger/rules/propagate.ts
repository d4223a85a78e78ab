import type { TypedSpan } from '../consistency.js';
import { isCompanyWord } from './company-words.js';
import type { MentionRule } from './rule.js';

/** A name worth looking for again: capitalised, at least two characters ("US", "Airbus", not "I"). */
const NAME = /^\p{Lu}[\p{L}\p{N}.&'’ -]+$/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A capitalised word right after an occurrence, which is then part of a longer name ("Harrow School"). */
const CAPITALISED_NEXT = /^\s\p{Lu}/u;
/** A capitalised word right before an occurrence. */
const CAPITALISED_BEFORE = /\p{Lu}[\p{L}.'’-]*\s$/u;

/** A family name: a capitalised word of two letters or more, no initial ("J.") or suffix ("Jr."). */
const SURNAME = /^\p{Lu}[\p{Ll}'’-]+$/u;

/**
 * The last words of the document's multi-word person names ("Alan Mulally" gives "Mulally"): news names
 * a person in full once, then by the family name alone ("Mulally says …"), which the tagger, reading one
 * sentence, may miss. Only words no mention of the document types otherwise, and no company words.
 */
function surnames(text: string, mentions: readonly TypedSpan[]): string[] {
  const out: string[] = [];
  for (const m of mentions) {
    if (m.type !== 'PER') continue;
    const words = text.slice(m.start, m.end).split(/\s+/u);
    const last = words[words.length - 1]!;
    if (words.length > 1 && SURNAME.test(last) && !isCompanyWord(last)) out.push(last);
  }
  return out;
}

/**
 * The class each name is propagated with: the majority of its mentions' classes; a tie propagates
 * nothing. On dev the first mention's class spread "Byron" as LOC (LOC once, PER elsewhere).
 */
function propagatedClasses(text: string, mentions: readonly TypedSpan[]): Map<string, TypedSpan['type']> {
  const votes = new Map<string, Map<TypedSpan['type'], number>>();
  for (const m of mentions) {
    const name = text.slice(m.start, m.end);
    if (!NAME.test(name)) continue;
    const row = votes.get(name) ?? new Map<TypedSpan['type'], number>();
    row.set(m.type, (row.get(m.type) ?? 0) + 1);
    votes.set(name, row);
  }
  const classes = new Map<string, TypedSpan['type']>();
  for (const [name, row] of votes) {
    const ranked = [...row].sort((a, b) => b[1] - a[1]);
    if (ranked.length === 1 || ranked[0]![1] > ranked[1]![1]) classes.set(name, ranked[0]![0]);
  }
  for (const surname of surnames(text, mentions)) if (!votes.has(surname)) classes.set(surname, 'PER');
  return classes;
}

/** The names propagated only as family names (no mention of their own). */
function familyNames(text: string, mentions: readonly TypedSpan[]): Set<string> {
  const own = new Set(mentions.map((m) => text.slice(m.start, m.end)));
  return new Set(surnames(text, mentions).filter((s) => !own.has(s)));
}

/** The first two UTF-16 code units of a string (or of `text` at `at`) as one number. */
const opening = (text: string, at = 0): number => text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);

/**
 * Where each name occurs in `text`, left to right and not overlapping (what `indexOf` from the end of the
 * name's last hit finds), for all names in one pass over the text: searching the whole text once per name
 * was quadratic on a transcript with hundreds of names. Only positions that open some name with the same
 * two characters are compared (names have two or more: NAME and SURNAME ask for it). The result is in
 * the order of `names`.
 */
function occurrences(text: string, names: readonly string[]): number[][] {
  const firstChars = new Uint8Array(0x10000);
  const byOpening = new Map<number, number[]>();
  names.forEach((name, i) => {
    firstChars[name.charCodeAt(0)] = 1;
    byOpening.set(opening(name), [...(byOpening.get(opening(name)) ?? []), i]);
  });
  const found = names.map((): number[] => []);
  // Where each name's next occurrence may start: after the end of its last one.
  const next = new Float64Array(names.length);
  for (let at = 0; at < text.length - 1; at++) {
    if (!firstChars[text.charCodeAt(at)]) continue;
    for (const i of byOpening.get(opening(text, at)) ?? []) {
      const name = names[i]!;
      if (at < next[i]! || !text.startsWith(name, at)) continue;
      found[i]!.push(at);
      next[i] = at + name.length;
    }
  }
  return found;
}

/**
 * A name the tagger found once is the same name where it missed it: the tagger reads one sentence at a
 * time, and a company named in a headline ("Airbus to cut jobs") or a list may go untagged elsewhere in
 * the article. Every other whole-word occurrence of a found name, with the same letter case, outside the
 * existing mentions, becomes a mention of the name's class (propagatedClasses).
 */
export const propagate: MentionRule = {
  id: 'tagger/propagate',
  apply: (mentions, { text }) => {
    const classes = propagatedClasses(text, mentions);
    if (!classes.size) return [...mentions];
    const surnameOnly = familyNames(text, mentions);
    const taken = new Uint8Array(text.length);
    for (const m of mentions) taken.fill(1, m.start, m.end);
    const added: TypedSpan[] = [];
    // Longest names first, so "Air France" is found before "France".
    const names = [...classes.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    const hits = occurrences(text, names);
    for (const [i, name] of names.entries()) {
      for (const start of hits[i]!) {
        const end = start + name.length;
        if (WORD_CHAR.test(text[start - 1] ?? '') || WORD_CHAR.test(text[end] ?? '')) continue;
        if (taken.subarray(start, end).some((t) => t)) continue;
        // A family name after another capitalised word is part of another name ("Kim Jong Un" for "Un").
        if (surnameOnly.has(name) && CAPITALISED_BEFORE.test(text.slice(Math.max(0, start - 30), start)))
          continue;
        // A place name before another capitalised word is a modifier or part of an untagged name.
        if (classes.get(name) === 'LOC' && CAPITALISED_NEXT.test(text.slice(end, end + 2))) continue;
        taken.fill(1, start, end);
        added.push({ start, end, type: classes.get(name)! });
      }
    }
    return [...mentions, ...added].sort((a, b) => a.start - b.start);
  },
};
