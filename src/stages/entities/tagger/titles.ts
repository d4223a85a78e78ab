import type { TypedSpan } from './consistency.js';

/**
 * Capitalised titles before a name are not part of it ("Senator McCain", "Chairman Joe Leonard", "Prime
 * Minister John Howard"), but the training corpora have few of them, so the tagger sometimes opens the
 * person at the title. Leading title words are trimmed off PER mentions; a mention that is all title goes.
 */
const TITLE_WORDS = new Set(
  [
    'president vice prime minister premier chancellor senator sen. governor gov. mayor chairman chairwoman',
    'chief executive officer ceo cfo coo spokesman spokeswoman spokesperson secretary ambassador judge',
    'justice king queen prince princess pope mr. mrs. ms. dr. prof. professor gen. general col. lt. adm.',
    'admiral commander director founder co-founder rep. representative lawmaker minister foreign defense',
    'deputy acting former late sir lord mr mrs ms dr',
  ]
    .join(' ')
    .split(' '),
);
const WORD = /\S+/g;

/** Every title word where it stands before a space, any letter case: a fast first pass over a whole text. */
export const TITLE_WORD_BEFORE_SPACE = new RegExp(
  `(?<![\\p{L}.])(?:${[...TITLE_WORDS].map((w) => w.replace(/[.]/gu, '\\.')).join('|')})(?=\\s)`,
  'giu',
);

export const isTitleWord = (word: string): boolean => TITLE_WORDS.has(word.toLowerCase());

/**
 * The domain words that end an office's name ("Assistant Secretary for East Asian and Pacific Affairs Dan
 * Kritenbrink" gave PER "Pacific Affairs Dan Kritenbrink"); no person's name has them, so a person mention
 * starts after the last one.
 */
const DOMAIN_WORDS = /^(?:Affairs|Relations|Security|Policy|Issues|Operations|Cooperation|Unification)$/u;

function afterDomain(text: string, start: number, end: number): number {
  let cut = start;
  for (const w of text.slice(start, end).matchAll(WORD))
    if (DOMAIN_WORDS.test(w[0])) cut = start + w.index + w[0].length;
  if (cut === start) return start;
  while (cut < end && /\s/.test(text[cut]!)) cut++;
  return cut < end ? cut : start;
}

/** "the General Staff", "the Foreign Office": English puts no article before a title and a name. */
const ARTICLE_BEFORE = /\bthe\s+$/iu;

export function trimTitles<M extends TypedSpan>(text: string, mentions: readonly M[]): M[] {
  return mentions.flatMap((m) => {
    if (m.type !== 'PER') return [m];
    let start = m.start;
    for (const w of text.slice(m.start, m.end).matchAll(WORD)) {
      if (!isTitleWord(w[0])) break;
      start = m.start + w.index + w[0].length;
    }
    while (start < m.end && /\s/.test(text[start]!)) start++;
    start = afterDomain(text, start, m.end);
    if (start === m.start) return [m];
    // A title after "the" heads a body's name ("the General Staff of the KPA" gave PER "Staff").
    if (start < m.end && ARTICLE_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)))
      return [{ ...m, type: 'ORG' }];
    if (start >= m.end) return [];
    return [{ ...m, start }];
  });
}
