import type { TypedSpan } from '../consistency.js';
import { isTitleWord } from '../titles.js';
import { COMPANY_HEADS, LEGAL_FORMS, isCompanyWord } from './company-words.js';
import type { MentionRule } from './rule.js';

/**
 * A run of capitalised words that ends in a company word is a company ("General Motors", "Lehman
 * Brothers", "Ford Motor Company", "General Motors Corporation"), even where the tagger saw nothing or
 * only part of it ("Motors Corporation"): the last word says what kind of body it is, as a descriptor
 * before a name does (org-descriptor.ts). The run covers the mentions inside it; a run that a place
 * mention overlaps is left alone ("the West Bank"), and leading articles, function words and titles are
 * not part of it ("The", "Unlike", "Chairman"; but "General Motors").
 */
/**
 * Two or more capitalised words on one line. The first capital is matched as an ASCII capital or any
 * non-ASCII code point and only then tested for `\p{Lu}` (a lookbehind over it): V8 tests a Unicode
 * property slowly at every character of a scan. Same matches as `\p{Lu}[…]*(?:[^\S\n]\p{Lu}[…]*)+`.
 */
const RUN = /[A-Z\u{80}-\u{10FFFF}](?<=\p{Lu})[\p{L}\p{N}&.'’-]*(?:[^\S\n]\p{Lu}[\p{L}\p{N}&.'’-]*)+/gu;
const WORD = /\S+/gu;
const NOT_OPENING = new Set(
  'the a an this that these those his her its their our my your unlike after before despite with from for in on at by of and or but as'.split(
    ' ',
  ),
);
const MIN_WORDS = 2;
/** "General" before a company word is the company's ("General Motors", "General Dynamics"), not a rank. */
const opensNothing = (word: string): boolean =>
  NOT_OPENING.has(word.toLowerCase()) || (isTitleWord(word) && word !== 'General');
const INITIAL = /^\p{Lu}\.$/u;

/** The word without what follows a name: a comma, a possessive, a full stop that is no abbreviation's. */
function bare(word: string): string {
  const w = word.replace(/,$/u, '').replace(/['’]s?$/u, '');
  return w.endsWith('.') && !LEGAL_FORMS.has(w.toLowerCase()) && !INITIAL.test(w) ? w.slice(0, -1) : w;
}

/** A word that ends a sentence inside a capitalised run ("… in Seoul. General Motors …"). */
const endsSentence = (word: string): boolean =>
  bare(word) !== word.replace(/,$/u, '').replace(/['’]s?$/u, '');

/**
 * Any capitalised company word in the text: most texts have none, and then no run needs reading. That no
 * letter precedes the word is tested after it matched (a lookbehind over it), so the scan stops only where
 * a company word can start, not at every character.
 */
const ANY_COMPANY_WORD = new RegExp(
  `(?<word>${[...LEGAL_FORMS, ...COMPANY_HEADS]
    .map((w) => w.replace(/[.]/gu, '\\.'))
    .map((w) => `${w[0]!.toUpperCase()}${w.slice(1)}`)
    .join('|')})(?<=(?<![\\p{L}])\\k<word>)(?![\\p{L}])`,
  'u',
);

function companyRuns(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (!ANY_COMPANY_WORD.test(text)) return out;
  for (const run of text.matchAll(RUN)) {
    const words = [...run[0].matchAll(WORD)];
    let first = 0;
    while (first < words.length && opensNothing(words[first]![0])) first++;
    let last = words.length;
    while (last > first && !isCompanyWord(bare(words[last - 1]![0]))) last--;
    for (let i = last - 2; i >= first; i--) if (endsSentence(words[i]![0])) first = Math.max(first, i + 1);
    if (last - first < MIN_WORDS) continue;
    const from = words[first]!;
    const to = words[last - 1]!;
    const end = run.index + to.index + bare(to[0]).length;
    out.push({ start: run.index + from.index, end });
  }
  return out;
}

export const companyRun: MentionRule = {
  id: 'tagger/company-run',
  apply: (mentions, { text }) => {
    const runs = companyRuns(text);
    if (!runs.length) return [...mentions];
    let out: TypedSpan[] = [...mentions];
    for (const run of runs) {
      const inside = out.filter((m) => m.start < run.end && run.start < m.end);
      if (inside.some((m) => m.type === 'LOC' || m.start < run.start || m.end > run.end)) continue;
      out = [...out.filter((m) => !inside.includes(m)), { ...run, type: 'ORG' }];
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
