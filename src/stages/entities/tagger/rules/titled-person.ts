import type { TypedSpan } from '../consistency.js';
import { gazBit } from '../gazetteer.js';
import { TITLE_WORD_BEFORE_SPACE, isTitleWord } from '../titles.js';
import { overlapTest } from '../../../../core/span.js';
import { isCompanyWord } from './company-words.js';
import type { MentionRule, RuleContext } from './rule.js';

/**
 * Cues that a name is a person, whatever the tagger's class (the title pass of the tagger):
 *   - a capitalised personal title right before it ("Spokeswoman Sandy Angers", "President Dmitry
 *     Medvedev"): the name is a person, and one to three capitalised words there that the tagger missed
 *     become one ("President Dmitry Medvedev went on …" was untagged);
 *   - an honorific opening it ("Mr Howard" came out LOC: "Howard" is also a city);
 *   - an inverted speech verb ("…,'' said Sebastian Vladescu, head of …"), for full names only: after
 *     "said" a one-word name may be a body ("said Boeing").
 * The tagger had read "Angers" as the French city. Title modifiers ("Foreign", "Former", "General") are no
 * cue on their own; names ending in a company word and names the lists know as places or bodies after
 * "said" ("…, said North Korea's news agency") keep their class.
 */
const MODIFIERS = new Set([
  'foreign',
  'defense',
  'deputy',
  'acting',
  'former',
  'late',
  'general',
  'vice',
  'prime',
]);
const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.']);
/** The word before the trailing spaces, `(?<word>[\p{L}.]+)\s+$`, read backwards from the end (`lastIndex`). */
const WORD_BEFORE = /(?<=(?<![\p{L}.])(?<word>[\p{L}.]+)\s+)$/uy;
const SPEECH_VERBS = new Set(['said', 'says', 'added', 'asked', 'stated', 'explained', 'noted']);
const CAPITALISED = /^\p{Lu}/u;
const LISTED = gazBit('COUNTRY') | gazBit('CITY') | gazBit('ORG');
/** One to three capitalised words (initials allowed) after a title: the name the tagger missed. */
const NAME_AFTER = /^(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+)(?:\s(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+)){0,2}/u;

/** Head words of bodies' names: "Bureau of …", "the Office", never part of a person's name. */
const BODY_WORDS = new Set(
  'bureau office department ministry committee council commission agency administration staff'.split(' '),
);
const isBodyWord = (word: string): boolean => BODY_WORDS.has(word.toLowerCase());
const OF_AFTER = /^\s+of\b/u;

const isTitleCue = (word: string): boolean =>
  isTitleWord(word) && CAPITALISED.test(word) && !MODIFIERS.has(word.toLowerCase());

function isPersonCue(before: string, name: string, ctx: RuleContext): boolean {
  if (isTitleCue(before)) return true;
  const listed = ((ctx.gazetteer?.phrases.get(name.toLowerCase()) ?? 0) & LISTED) !== 0;
  return SPEECH_VERBS.has(before) && name.includes(' ') && !listed;
}

/** "<title> of (the)" right before a name: "vice-minister of Public Health", "chief of the KPA General Staff". */
/** `(?<title>[\p{L}-]+)\s+of\s+(?:the\s+)?$`, read backwards from the end (`lastIndex`), not tried at every start. */
const TITLE_OF = /(?<=(?<![\p{L}-])(?<title>[\p{L}-]+)\s+of\s+(?:the\s+)?)$/uy;
const PLACES = gazBit('COUNTRY') | gazBit('CITY');

/**
 * What a title is "of" is the office's domain, body or country, never a person: "Pak Hak Gyong,
 * vice-minister of Public Health" gave PER "Public Health". It is a place when the lists know it as one.
 */
function titleDomain(m: TypedSpan, ctx: RuleContext): TypedSpan | null {
  const window = ctx.text.slice(Math.max(0, m.start - 40), m.start);
  TITLE_OF.lastIndex = window.length;
  const title = TITLE_OF.exec(window)?.groups?.['title'];
  if (!title || !isTitleWord(title.split('-').pop() ?? '')) return null;
  const name = ctx.text.slice(m.start, m.end).toLowerCase();
  return { ...m, type: ((ctx.gazetteer?.phrases.get(name) ?? 0) & PLACES) !== 0 ? 'LOC' : 'ORG' };
}

/** "the General Staff", "the KPA General Staff": an article, capitalised words ending in a title, the mention. */
const ARTICLE_TITLES = /\b[Tt]he\s+(?<titles>(?:\p{Lu}[\p{L}.-]*\s+)+)$/u;

/**
 * English puts no article before a title and a surname: "the General Staff of the KPA" is a body (the
 * tagger gave PER "Staff"), and the title words belong to its name.
 */
function articleTitled(m: TypedSpan, ctx: RuleContext): TypedSpan | null {
  const titles = ARTICLE_TITLES.exec(ctx.text.slice(Math.max(0, m.start - 40), m.start))?.groups?.['titles'];
  if (!titles || !isTitleWord(titles.trim().split(/\s+/u).pop() ?? '')) return null;
  // A full name after "the Foreign Minister" is still a person; a single word there is the body's head.
  if (/\s/u.test(ctx.text.slice(m.start, m.end))) return null;
  return { ...m, start: m.start - titles.length, type: 'ORG' };
}

/** An office's domain after the mention: " Affairs", " and Pacific Affairs", " Security". */
const DOMAIN_AFTER =
  /^(?:\s+and\s+\p{Lu}\p{L}*)*\s+(?:Affairs|Relations|Security|Policy|Issues|Operations|Cooperation|Unification)\b/u;

/**
 * "Assistant Secretary for East Asian and Pacific Affairs": the words before the domain word qualify an
 * office ("East Asian" and "Pacific" came out PER); they are no person, MISC in the tagger's classes.
 */
function domainModifier(m: TypedSpan, ctx: RuleContext): TypedSpan | null {
  return DOMAIN_AFTER.test(ctx.text.slice(m.end, m.end + 40)) ? { ...m, type: 'MISC' } : null;
}

function retype(m: TypedSpan, ctx: RuleContext): TypedSpan {
  if (m.type === 'PER') return titleDomain(m, ctx) ?? articleTitled(m, ctx) ?? domainModifier(m, ctx) ?? m;
  const words = ctx.text.slice(m.start, m.end).split(/\s+/u);
  if (words.length > 1 && HONORIFICS.has(words[0]!.toLowerCase())) return { ...m, type: 'PER' };
  if (words.length > 3 || isCompanyWord(words[words.length - 1]!) || words.some(isBodyWord)) return m;
  const window = ctx.text.slice(Math.max(0, m.start - 24), m.start);
  WORD_BEFORE.lastIndex = window.length;
  const before = WORD_BEFORE.exec(window)?.groups?.['word'];
  return before && isPersonCue(before, words.join(' '), ctx) ? { ...m, type: 'PER' } : m;
}

/**
 * A capital that no letter or full stop precedes, with the rest of its run of non-spaces when a space
 * follows: where a title cue can start (a cue lower-cases to a title word, so it opens with A-Z or the
 * Kelvin sign "K"). Found case-sensitively; the case-insensitive TITLE_WORD_BEFORE_SPACE over a whole
 * text took three times as long.
 */
const CAPITALISED_RUN = /[A-Z\u212A](?<=(?<![\p{L}.]).)(?=(\S*)\s)/gu;
const REST_OF_RUN = 1;
/** TITLE_WORD_BEFORE_SPACE with a `lastIndex` of its own. */
const TITLE_WORD = new RegExp(TITLE_WORD_BEFORE_SPACE);
const SPACE = /\s/u;

/**
 * The title cues of the text, as a scan of it with TITLE_WORD_BEFORE_SPACE finds them: its title words that
 * are cues. A title word never spans a space, so that scan finds in each run of non-spaces only the first
 * place a title word matches: inside "co-Founder" it found "co-Founder", not "Founder". Each cue is
 * checked by that regex from the start of its run.
 */
function* titleCues(text: string): Generator<{ index: number; title: string }> {
  for (const run of text.matchAll(CAPITALISED_RUN)) {
    const title = run[0] + (run[REST_OF_RUN] ?? '');
    if (!isTitleCue(title)) continue;
    let runStart = run.index;
    while (runStart > 0 && !SPACE.test(text[runStart - 1]!)) runStart--;
    TITLE_WORD.lastIndex = runStart;
    if (TITLE_WORD.exec(text)?.index === run.index) yield { index: run.index, title };
  }
}

/** Names right after a capitalised title that no mention covers. */
function missedAfterTitles(text: string, mentions: readonly TypedSpan[]): TypedSpan[] {
  const out: TypedSpan[] = [];
  const isMentioned = overlapTest(mentions);
  for (const { index, title } of titleCues(text)) {
    const from = index + title.length + 1;
    const name = NAME_AFTER.exec(text.slice(from, from + 60))?.[0];
    // "Chief Operating Officer": a title run, not a name.
    if (!name || name.split(' ').some((w) => isTitleWord(w) || isBodyWord(w))) continue;
    // "Assistant Secretary Bureau of East Asian …": a name followed by "of" is a body's.
    if (OF_AFTER.test(text.slice(from + name.length, from + name.length + 4))) continue;
    const span = { start: from, end: from + name.length };
    if (isMentioned(span)) continue;
    out.push({ ...span, type: 'PER' });
  }
  return out;
}

export const titledPerson: MentionRule = {
  id: 'tagger/titled-person',
  apply: (mentions, ctx) => {
    const retyped = mentions.map((m) => retype(m, ctx));
    // A body's name grown over its title ("the KPA General Staff") takes in the mentions inside it ("KPA").
    const grown = retyped.filter((m, i) => m.start < mentions[i]!.start);
    const kept = grown.length
      ? retyped.filter((m) => !grown.some((o) => o !== m && o.start <= m.start && m.end <= o.end))
      : retyped;
    return [...kept, ...missedAfterTitles(ctx.text, mentions)].sort((a, b) => a.start - b.start);
  },
};
