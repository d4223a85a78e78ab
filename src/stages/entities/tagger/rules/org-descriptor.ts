import type { TypedSpan } from '../consistency.js';
import { isTitleWord } from '../titles.js';
import { isCompanyWord } from './company-words.js';
import type { MentionRule } from './rule.js';

/**
 * A lowercase noun that says what kind of body something is, right before a name, makes the name an
 * organisation: "U.S. automaker Chrysler", "German airline Lufthansa", "retailer Best Buy", "engine maker
 * Europrop", "news agency Yonhap", "the daily Rodong Sinmun". The tagger, trained on encyclopedia and
 * interview text with few companies, read such names as places or persons or missed them. The name is the
 * capitalised run after the noun; every mention of that name in the document is then the organisation
 * (news repeats a company's name bare: "Chrysler said …").
 */
const DESCRIPTORS = new Set(
  [
    'automaker carmaker manufacturer maker airline carrier company firm retailer bank lender insurer',
    'magazine newspaper daily broadcaster agency conglomerate airframer chipmaker consortium subsidiary',
    'publisher exchange',
  ]
    .join(' ')
    .split(' '),
);
/**
 * The descriptor, then the capitalised run (words, "&", initials) up to the first other word. That no
 * letter or digit precedes the descriptor is checked after it matched (the lookbehind reads it again):
 * a pattern opening with a lookbehind is tried at every character of the text, one opening with the
 * nouns only where one of them can start, four times faster and the same matches.
 */
const DESCRIBED = new RegExp(
  `(?<noun>${[...DESCRIPTORS].join('|')})(?<=(?<![\\p{L}\\p{N}])\\k<noun>)\\s+` +
    `(?<name>\\p{Lu}[\\p{L}\\p{N}.&'’-]*(?:\\s\\p{Lu}[\\p{L}\\p{N}.&'’-]*)*)`,
  'gu',
);
/** Dates and days are capitalised too ("the company Tuesday"). */
const DATE_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december today'.split(
    ' ',
  ),
);
const POSSESSIVE = /['’]s?$/u;
const INITIAL = /^(?:\p{Lu}\.)+$/u;

/** The described names' spans: the run cut before a date word or a possessive, never one opening with a title. */
function describedNames(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const hit of text.matchAll(DESCRIBED)) {
    const { noun, name } = hit.groups as { noun: string; name: string };
    if (!DESCRIPTORS.has(noun)) continue;
    const words = name.split(' ');
    const kept: string[] = [];
    for (const w of words) {
      if (DATE_WORDS.has(w.toLowerCase())) break;
      // A sentence's full stop ends the name ("airline Lufthansa. A second …"); an abbreviation's is part of it.
      if (w.endsWith('.') && !isCompanyWord(w) && !INITIAL.test(w)) {
        kept.push(w.slice(0, -1));
        break;
      }
      kept.push(w.replace(POSSESSIVE, ''));
      if (POSSESSIVE.test(w)) break;
    }
    const first = kept[0];
    if (!first || isTitleWord(first)) continue;
    const start = hit.index + hit[0].length - name.length;
    const end = start + kept.join(' ').length;
    if (end > start) out.push({ start, end });
  }
  return out;
}

export const orgDescriptor: MentionRule = {
  id: 'tagger/org-descriptor',
  apply: (mentions, { text }) => {
    const described = describedNames(text);
    if (!described.length) return [...mentions];
    const out: TypedSpan[] = [...mentions];
    const names = new Set<string>();
    for (const d of described) {
      const hit = out.findIndex((m) => m.start < d.end && d.start < m.end);
      const found = out[hit];
      if (found) {
        out[hit] = { ...found, type: 'ORG' };
        names.add(text.slice(found.start, found.end));
      } else {
        out.push({ ...d, type: 'ORG' });
        names.add(text.slice(d.start, d.end));
      }
    }
    return out
      .map((m) =>
        m.type !== 'ORG' && names.has(text.slice(m.start, m.end)) ? { ...m, type: 'ORG' as const } : m,
      )
      .sort((a, b) => a.start - b.start);
  },
};
