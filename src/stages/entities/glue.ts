// Repairs names glued to their neighbours in scraped KCNA text ("ComradeKim Jong Unwas",
// "atKim Il SungSquare"): the page set leaders' names in bold, and the scrape dropped the spaces
// around them. Spaces are inserted only where the gazetteer confirms a person's name, so ordinary
// camel-case words ("McDonald", "YouTube") stay whole. Spans found in the repaired text map back to
// the original through `toOriginal`, so every mention still indexes the Document's `text`.
import type { Gazetteer } from '../actors/gazetteer/index.js';
import { BoundedMemo } from '../../core/bounded-memo.js';

export interface RepairedText {
  text: string;
  /** Original offset of each repaired offset (inserted spaces map to the character after them). */
  toOriginal(offset: number): number;
}

// V8 tests a Unicode property class slowly (a search of its ranges per character), and the two scans below
// read every character of every text. Each first matches a cheap class, an ASCII capital or any non-ASCII
// code point, and checks the properties only there, in a lookbehind: the same matches as the plain
// pattern quoted in its comment, in half the time or less.
/** A word (a run of letters) that starts with a capital: the only words tailGlue looks at. `(?<!\p{L})\p{Lu}\p{L}*` */
const CAPITALIZED_WORD = /[A-Z\u{80}-\u{10FFFF}](?<=(?<!\p{L})\p{Lu})\p{L}*/gu;
/**
 * The one or two capitalized words before a separator at the end: read backwards from the end (a
 * lookbehind at the last position), where `(?:(W)[ -])?(W)[ -]$` tried every start in the window.
 */
const NAME_PREFIX = /(?<=(?:(\p{Lu}\p{Ll}*)[ -])?(\p{Lu}\p{Ll}*)[ -])$/uy;
/** A capital right after a lower-case letter, inside one word: "ComradeKim", "SungSquare". `(?<=\p{Ll})\p{Lu}` */
const CAMEL = /[A-Z\u{80}-\u{10FFFF}](?<=\p{Ll}\p{Lu})/gu;
const CAPITALIZED = /^\p{Lu}/u;
const LOWER_TAIL = /^\p{Ll}{2,}$/u;
/** Name prefixes that are written glued on purpose ("McDonald", "DeSantis", "MacArthur"). */
const GLUED_PREFIXES = new Set(['mc', 'mac', 'de', 'di', 'da', 'la', 'le', 'van', 'von', 'du']);

/** Answers per gazetteer, bounded: a word is tried at every cut ("Kim Jong Unwas": "Kim Jong Un", "Kim Jong Unw"…). */
const personAnswers = new WeakMap<Gazetteer, BoundedMemo<string, boolean>>();
const MAX_ANSWERS = 50_000;

function isPerson(gazetteer: Gazetteer, name: string): boolean {
  if (!name.includes(' ')) return false;
  let answers = personAnswers.get(gazetteer);
  if (!answers) personAnswers.set(gazetteer, (answers = new BoundedMemo(MAX_ANSWERS)));
  const known = answers.get(name);
  return (
    known ??
    answers.add(
      name,
      gazetteer.lookup(name).some((c) => c.kind === 'person'),
    )
  );
}

/**
 * Inserts one space before each position (sorted, distinct) and keeps the offset map: an offset of the
 * new text, less the spaces inserted before it, is the original offset (a space maps to the character
 * after it). A table of every offset cost an array as long as the text for each repaired article.
 */
export function insertSpaces(text: string, positions: readonly number[]): RepairedText {
  if (positions.length === 0) return { text, toOriginal: (i) => i };
  let out = '';
  let from = 0;
  for (const p of positions) {
    out += text.slice(from, p) + ' ';
    from = p;
  }
  out += text.slice(from);
  return { text: out, toOriginal: (i) => Math.min(i - spacesBefore(positions, i), text.length) };
}

/** How many of the spaces inserted at `positions` stand before offset `i` of the new text. */
function spacesBefore(positions: readonly number[], i: number): number {
  // The k-th space (from 0) stands at positions[k] + k, increasing in k: a binary search.
  let [low, high] = [0, positions.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (positions[mid]! + mid < i) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The one or two capitalized words right before `offset` that may begin a name ("Kim Jong "). */
function namePrefixes(gazetteer: Gazetteer, text: string, offset: number): string[] {
  const before = text.slice(Math.max(0, offset - 40), offset);
  NAME_PREFIX.lastIndex = before.length;
  const words = NAME_PREFIX.exec(before);
  if (!words?.[2]) return [];
  const last = `${words[2]} `;
  const out = gazetteer.isNameEnd(words[2]) ? [last] : [];
  if (words[1] && gazetteer.isNameEnd(words[1])) out.unshift(`${words[1]} ${last}`);
  return out;
}

/** "Kim Jong Unwas" → before "was": the word's head completes a known person's name. */
function tailGlue(gazetteer: Gazetteer, text: string): number[] {
  const cuts: number[] = [];
  for (const m of text.matchAll(CAPITALIZED_WORD)) {
    const word = m[0];
    if (word.length < 4) continue;
    const prefixes = namePrefixes(gazetteer, text, m.index);
    if (prefixes.length === 0) continue;
    for (let cut = 2; cut <= word.length - 2; cut++) {
      const tail = word.slice(cut);
      const glued = LOWER_TAIL.test(tail) || CAPITALIZED.test(tail);
      if (glued && prefixes.some((p) => isPerson(gazetteer, p + word.slice(0, cut)))) {
        cuts.push(m.index + cut);
        break;
      }
    }
  }
  return cuts;
}

/** "ComradeKim Jong Un", "SungSquare": a camel boundary next to a known person's name. */
function camelGlue(gazetteer: Gazetteer, text: string): number[] {
  const cuts: number[] = [];
  for (const m of text.matchAll(CAMEL)) {
    const at = m.index;
    const left = /\p{L}+$/u.exec(text.slice(Math.max(0, at - 30), at))?.[0] ?? '';
    if (GLUED_PREFIXES.has(left.toLowerCase())) continue;
    const ahead = /^\p{Lu}\p{L}*(?:[ -]\p{Lu}\p{L}*){1,2}/u.exec(text.slice(at, at + 40))?.[0];
    const starts = ahead !== undefined && personPrefix(gazetteer, ahead);
    const ends = namePrefixes(gazetteer, text, at - left.length).some((p) => isPerson(gazetteer, p + left));
    if (starts || ends) cuts.push(at);
  }
  return cuts;
}

/** Whether the first two or three words of `words` are a person's name. */
function personPrefix(gazetteer: Gazetteer, words: string): boolean {
  const parts = words.split(/[ -]/);
  return [3, 2].some((n) => parts.length >= n && isPerson(gazetteer, parts.slice(0, n).join(' ')));
}

/**
 * The text with glued names spaced out. Cheap on ordinary text: tail checks run only after a
 * capitalized word, camel checks only at a lower-to-upper boundary inside a word.
 */
export function repairGluedNames(gazetteer: Gazetteer, text: string): RepairedText {
  const tails = insertSpaces(text, tailGlue(gazetteer, text));
  const camels = insertSpaces(tails.text, camelGlue(gazetteer, tails.text));
  if (tails.text === text && camels.text === tails.text) return camels;
  return { text: camels.text, toOriginal: (i) => tails.toOriginal(camels.toOriginal(i)) };
}
