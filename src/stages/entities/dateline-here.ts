// Wire copy says "here" for the dateline's city: under "Pyongyang, August 15 (KCNA) --", "the Russian embassy
// here" is the embassy in Pyongyang and "a reception was held here" was held in Pyongyang. Each such "here"
// becomes a mention of the dateline's place, so the actors stage codes it as that place (PRK), not as
// whatever country the sentence names later ("Korea's liberation").
import type { Gazetteer } from '../actors/gazetteer/index.js';
import { parseDateline } from '../extract/shared/dateline.js';
import type { Mention } from './mention.js';

/** A word character as `\b` and `\w` read it case-insensitively: "ſ" folds to "s", the Kelvin sign to "k". */
const WORD_CHAR = String.raw`[\w\u017F\u212A]`;
/**
 * "here" as a place adverb; not the presentative "here is", "here are", nor "here and there". The pattern
 * `\bhere\b(?!\s+(?:is|are|and there)\b)` case-insensitive, spelled out letter by letter (only "s" has a
 * third case, "ſ"): V8 scanned a text for the case-insensitive Unicode pattern over ten times slower.
 */
const HERE = new RegExp(
  String.raw`(?<!${WORD_CHAR})[hH][eE][rR][eE](?!${WORD_CHAR})` +
    String.raw`(?!\s+(?:[iI][sS\u017F]|[aA][rR][eE]|[aA][nN][dD] [tT][hH][eE][rR][eE])(?!${WORD_CHAR}))`,
  'gu',
);
const PARAGRAPH = /[^\n]+/gu;
/**
 * Only "here" as a verb's place adverbial ("signed here on", "arrived here", "was held here"): it says
 * where the event happened. After a noun ("the Russian embassy here hosted") it says where the body sits,
 * and the events coder would take the place for the actor of the next verb, so it is left alone.
 */
const VERB_BEFORE =
  /\b(?:\p{L}+ed|held|left|met|made|come|came|went|gone|seen|built|sent|stood|brought|given|found|been|set|put|is|was|were|are|be|stay|stays|live|lives|work|works)\s+$/iu;
const PLACE_NAMED_AFTER = /^\s+in\s+(?:the\s+)?\p{Lu}/u;
const CLOSING = /[”]/gu;

/** Whether more quotations open than close before this point (straight quotes counted in pairs). */
function insideQuote(before: string): boolean {
  const straight = (before.match(/"/gu) ?? []).length;
  const curlyOpen = (before.match(/“/gu) ?? []).length;
  const curlyClose = (before.match(CLOSING) ?? []).length;
  return straight % 2 === 1 || curlyOpen > curlyClose;
}

const FIRST_PERSON = /\b(?:I|[Ww]e|me|us|[Mm]y|[Oo]ur)\b/u;
const SENTENCE_START = /[.!?]\s+(?=\S)/gu;

/** The sentence's words before `at`: from the last sentence end in the paragraph. */
function sentenceBefore(paragraph: string, at: number): string {
  const before = paragraph.slice(0, at);
  let from = 0;
  for (const end of before.matchAll(SENTENCE_START)) from = end.index + end[0].length;
  return before.slice(from);
}

const PLACE_KINDS = new Set(['capital', 'country']);

type Place = { name: string; candidates: Mention['candidates'] } | null;

function placeOf(gazetteer: Gazetteer, name: string | undefined, date: string | undefined): Place {
  if (!name) return null;
  const candidates = gazetteer.lookup(name, date).filter((c) => PLACE_KINDS.has(c.kind));
  return candidates.length ? { name, candidates } : null;
}

/**
 * Mentions of the dateline's place for each "here" in its story, until the next dateline. `dateline` is the
 * one the extractor took off the text's start ("Pyongyang, August 15 (KCNA)"); later stories of a page bring
 * their own in the text.
 */
export function datelineHere(
  gazetteer: Gazetteer,
  text: string,
  dateline: string | null | undefined,
  date: string | undefined,
): Mention[] {
  const out: Mention[] = [];
  let place = placeOf(gazetteer, dateline ? parseDateline(`${dateline} -- .`)?.place : undefined, date);
  for (const paragraph of text.matchAll(PARAGRAPH)) {
    const found = parseDateline(paragraph[0]);
    if (found) place = placeOf(gazetteer, found.place, date);
    if (!place) continue;
    for (const hit of paragraph[0].matchAll(HERE)) {
      if (!VERB_BEFORE.test(paragraph[0].slice(Math.max(0, hit.index - 24), hit.index))) continue;
      // "here in North Phyongan Province" names its place; a quoted "I have come here" is the speaker's.
      if (PLACE_NAMED_AFTER.test(paragraph[0].slice(hit.index + hit[0].length))) continue;
      if (insideQuote(paragraph[0].slice(0, hit.index))) continue;
      // A transcribed speech ("I have come here again") has the speaker's "here", not the dateline's.
      if (FIRST_PERSON.test(sentenceBefore(paragraph[0], hit.index))) continue;
      const start = paragraph.index + hit.index;
      const end = start + hit[0].length;
      out.push({
        start,
        end,
        type: 'LOC',
        text: place.name,
        candidates: place.candidates,
        source: 'gazetteer',
      });
    }
  }
  return out;
}
