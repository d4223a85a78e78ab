// Combines the tagger's spans with the gazetteer's matches into one list of typed mentions.
// The gazetteer is exact about names it knows (officials, countries, capitals); the tagger finds the
// names it does not know ("Yun Jong Ho", "Yaroslavl Railway Station"). Where they overlap, a known
// person wins over everything, then the gazetteer's match over the tagger's guess.
import type { Candidate, Gazetteer, GazetteerMatch } from '../actors/gazetteer/index.js';
import { tokenize } from '../actors/gazetteer/index.js';
import type { TaggedMention } from './tagger/index.js';
import type { EntityType, Mention } from './mention.js';
import { personName } from './names.js';
import { overlapTest, overlaps } from '../../core/span.js';
import { surnameMentions } from './surnames.js';

const KIND_TYPES: Record<Candidate['kind'], EntityType | 'TITLE' | null> = {
  person: 'PERSON',
  org: 'ORG',
  agent: 'ORG',
  seat: 'ORG',
  country: 'GPE',
  capital: 'GPE',
  demonym: 'NORP',
  title: 'TITLE',
};

/** Lower-case sector words ("military", "regime", "envoys") are roles, not names: only titles keep them. */
const CAPITALIZED = /^[\p{Lu}\p{N}]/u;

/** Which reading of an ambiguous name types it: "Japan" is listed as a country and (Phoenix) a demonym. */
const KIND_ORDER: readonly Candidate['kind'][] = [
  'person',
  'country',
  'capital',
  'seat',
  'org',
  'title',
  'agent',
  'demonym',
];

/** A name right after the match: a body that is also a title names the person after it. */
const NAME_NEXT = /^\s+\p{Lu}\p{Ll}/u;

/**
 * The match's reading: by KIND_ORDER, except that a body that is also a title is the title when a
 * name follows ("UN Secretary-General Guterres"; Phoenix lists the office as a body).
 */
function kindOf(match: GazetteerMatch, text: string): Candidate['kind'] | undefined {
  const has = (k: Candidate['kind']): boolean => match.candidates.some((c) => c.kind === k);
  if (has('title') && NAME_NEXT.test(text.slice(match.end, match.end + 4))) return 'title';
  return KIND_ORDER.find(has);
}

function fromGazetteer(match: GazetteerMatch, text: string): Mention | null {
  const kind = kindOf(match, text);
  const type = kind ? KIND_TYPES[kind] : null;
  if (!kind || !type || type === 'PERSON') return null;
  const words = match.text.replace(/^the\s+/i, '');
  if (type !== 'TITLE' && !CAPITALIZED.test(words)) return null;
  const candidates = match.candidates.filter((c) => c.kind === kind);
  // Spelled out in the key order `{ ...match, type, candidates, source }` gave: spreading was a slow path here.
  return { start: match.start, end: match.end, text: match.text, candidates, type, source: 'gazetteer' };
}

/** Tagger classes as entity types; a LOC the gazetteer knows as a country is a GPE. */
function taggerType(tagged: TaggedMention): EntityType | null {
  switch (tagged.type) {
    case 'PER':
      return 'PERSON';
    case 'ORG':
      return 'ORG';
    case 'LOC':
      return 'LOC';
    default:
      return null;
  }
}

/** Person mentions: the tagger's PER spans and the gazetteer's person matches, trimmed to the name. */
function persons(
  gazetteer: Gazetteer,
  text: string,
  spans: readonly { start: number; end: number; known?: boolean }[],
  date: string | undefined,
): Mention[] {
  const out: Mention[] = [];
  for (const span of spans) {
    const name = personName(gazetteer, text, span, date);
    if (!name || out.some((m) => overlaps(m, name))) continue;
    if (span.known && name.candidates.length === 0) continue;
    const mention: Mention = {
      ...name,
      type: 'PERSON',
      text: text.slice(name.start, name.end),
      source: name.candidates.length > 0 ? 'gazetteer' : 'tagger',
    };
    out.push(mention);
  }
  return out;
}

/** A slot title that ran into the name after it ("Special Representative for … Affairs Kim Gunn") ends before it. */
function cutBefore(title: Mention, people: readonly Mention[], text: string): Mention[] {
  const person = people.find((p) => p.start > title.start && p.start < title.end);
  if (!person) return [title];
  const end = title.start + text.slice(title.start, person.start).trimEnd().replace(/,$/, '').length;
  return end > title.start ? [{ ...title, end, text: text.slice(title.start, end) }] : [];
}

/**
 * A demonym that begins a longer proper name the tagger found ("Korean Peninsula", "Russian Federation")
 * is part of that name, unless a title follows it ("South Korean Special Representative").
 */
function namePart(mention: Mention, tagged: readonly TaggedMention[], text: string): boolean {
  if (mention.type !== 'NORP') return false;
  const next = /^\s+(\p{Lu}\p{L}*)/u.exec(text.slice(mention.end))?.[1];
  const longer = tagged.some((t) => t.type !== 'PER' && t.start <= mention.start && t.end > mention.end + 1);
  return longer && next !== undefined && !TITLE_WORDS.has(next.toLowerCase());
}

/** Words that begin a title after a demonym ("South Korean Special Representative", "Russian President"). */
const TITLE_WORDS = new Set([
  'special',
  'president',
  'foreign',
  'defense',
  'defence',
  'prime',
  'senior',
  'deputy',
  'vice',
  'ambassador',
  'envoy',
  'leader',
  'minister',
  'chairman',
  'premier',
  'first',
]);

/** Known people inside a long title ("… Affairs Noh Kyu-duk and Japanese Director-General … Funakoshi Takehiro"). */
function knownInside(
  gazetteer: Gazetteer,
  text: string,
  span: { start: number; end: number },
  date: string | undefined,
): { start: number; end: number; known: boolean }[] {
  const tokens = tokenize(text.slice(span.start, span.end));
  const found: { start: number; end: number; known: boolean }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const match = gazetteer.matchAt(tokens, i, date);
    const last = match ? tokens[match.end - 1] : undefined;
    const first = tokens[i];
    if (!match || !last || !first || !match.candidates.some((c) => c.kind === 'person')) continue;
    found.push({ start: span.start + first.start, end: span.start + last.end, known: true });
    i = match.end - 1;
  }
  return found;
}

/** One to three capitalized words (initials allowed) right after a title: "Kremlin Spokesman Dmitry Peskov". */
const NAME_AFTER_TITLE = /^\s+((?:\p{Lu}\.\s|\p{Lu}[\p{L}'’-]+\s?){1,3})/u;
const NAME_GROUP = 1;

/**
 * Title pass: the words after a title are a person's name even when the tagger missed them
 * ("Kremlin Spokesman Dmitry Peskov", "Ambassador Sung Kim"); a lower-case title ("the foreign minister")
 * names no one.
 */
function titledNames(text: string, matches: readonly GazetteerMatch[]): { start: number; end: number }[] {
  return matches.flatMap((m) => {
    if (m.candidates[0]?.kind !== 'title' || !CAPITALIZED.test(m.text)) return [];
    const found = NAME_AFTER_TITLE.exec(text.slice(m.end, m.end + 80));
    const name = found?.[NAME_GROUP]?.trimEnd();
    if (!found || !name) return [];
    const start = m.end + found[0].indexOf(name);
    return [{ start, end: start + name.length }];
  });
}

/** Two or three capitalized words, then a comma, right before a title: "Vladimir Topeha, charge d'affaires". */
const NAME_BEFORE_TITLE = /(?:^|[^\p{L}])((?:\p{Lu}[\p{L}'’-]+\s){1,2}\p{Lu}[\p{L}'’-]+),\s+$/u;
const LOWER_START = /^\p{Ll}/u;

/**
 * Appositive pass: KCNA and wire copy put a lower-case title after the name ("Kim Hwa Sik, vice-minister
 * of Chemical Industry"); the words before it are a person even when the tagger missed them. Only
 * lower-case titles: after a capitalized one the comma may end a list ("Japan, President Yoon").
 */
function appositiveNames(text: string, matches: readonly GazetteerMatch[]): { start: number; end: number }[] {
  return matches.flatMap((m) => {
    if (m.candidates[0]?.kind !== 'title' || !LOWER_START.test(m.text)) return [];
    const found = NAME_BEFORE_TITLE.exec(text.slice(Math.max(0, m.start - 60), m.start));
    const name = found?.[NAME_GROUP];
    if (!found || !name) return [];
    const start = m.start - found[0].length + found[0].indexOf(name);
    return [{ start, end: start + name.length }];
  });
}

/** One word right before a title that Phoenix lists as an agent ("Deputy" → police) and that prefixes titles. */
const TITLE_PREFIX = /^(?:Deputy|Vice|Acting|Under|Assistant|Associate|Senior|First|Principal)$/u;

/**
 * "Deputy Secretary of State": Phoenix lists "Deputy" alone as an agent (a police deputy), so the prefix came
 * out as an ORG before the title. A title prefix right before a title is part of that title.
 */
function titlePrefixes(mentions: Mention[], text: string): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const next = mentions[i + 1];
    if (next?.type === 'TITLE' && TITLE_PREFIX.test(m.text) && /^\s$/u.test(text.slice(m.end, next.start))) {
      out.push({ ...next, start: m.start, text: text.slice(m.start, next.end) });
      i++;
    } else out.push(m);
  }
  return out;
}

/** One mention per stretch of text, in text order. */
export function mergeMentions(
  gazetteer: Gazetteer,
  text: string,
  tagged: readonly TaggedMention[],
  matches: readonly GazetteerMatch[],
  date: string | undefined,
): Mention[] {
  // A slot title can run into the name after it ("… Security Affairs Kim Gunn"): look for a known person inside.
  const personSpans = [
    ...titledNames(text, matches),
    ...appositiveNames(text, matches),
    ...matches.filter((m) => m.candidates[0]?.kind === 'person'),
    ...matches
      .filter((m) => m.candidates[0]?.kind === 'title')
      .flatMap((m) => knownInside(gazetteer, text, m, date)),
    ...tagged.filter((t) => t.type === 'PER'),
  ];
  const people = persons(gazetteer, text, personSpans, date);
  const overlapsPerson = overlapTest(people);
  const known = titlePrefixes(
    matches.flatMap((m) => fromGazetteer(m, text) ?? []),
    text,
  )
    .flatMap((m) => (m.type === 'TITLE' ? cutBefore(m, people, text) : [m]))
    .filter((m) => !overlapsPerson(m) && !namePart(m, tagged, text));
  const overlapsNamed = overlapTest([...people, ...known]);
  const guessed: Mention[] = [];
  for (const t of tagged) {
    const type = taggerType(t);
    if (!type || type === 'PERSON' || overlapsNamed(t)) continue;
    const words = text.slice(t.start, t.end);
    if (!CAPITALIZED.test(words) || words.length < 2) continue;
    guessed.push({ start: t.start, end: t.end, type, text: words, candidates: [], source: 'tagger' });
  }
  const named = [...people, ...known, ...guessed];
  const surnames = surnameMentions(text, people, named);
  return [...named, ...surnames].sort((a, b) => a.start - b.start || b.end - a.end);
}
