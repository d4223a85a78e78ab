// A bare family name with no full name before it in the article ("Secretary Blinken", "MR PRICE: …" in a
// State Department transcript) names the one official of the dictionary who has that family name and is in
// office on the article's date, when there is exactly one such person. Coreference to a full name in the
// text comes first (the actors stage does it), so a name the article spells out is never overridden.
import type { Candidate, Gazetteer } from '../actors/gazetteer/index.js';
import type { Mention } from './mention.js';

const DATED_SOURCES = new Set(['officials', 'factbook']);
const WORDS = /\s+/u;

const lastWord = (id: string): string => (id.split(':').pop() ?? '').split(WORDS).pop()?.toLowerCase() ?? '';

/** The candidates of the one in-office official whose last name is `word`, or none. */
function officialsNamed(gazetteer: Gazetteer, word: string, date: string): Candidate[] {
  const people = gazetteer
    .bySurname(word, date)
    .filter((c) => c.kind === 'person' && !c.ended && lastWord(c.id) === word.toLowerCase());
  const ids = new Set(people.map((c) => c.id));
  // One person, one country: Macron is also Andorra's co-prince in the Factbook, so a bare "Macron" stays open.
  const codes = new Set(people.map((c) => c.actor.code));
  const only = people[0];
  return ids.size === 1 && codes.size === 1 && only && DATED_SOURCES.has(only.source) ? people : [];
}

/** Bare surnames without a full name in the text, coded from the dictionary when one official fits. */
export function surnamesInOffice(
  gazetteer: Gazetteer,
  mentions: readonly Mention[],
  date: string | undefined,
): Mention[] {
  if (!date) return [...mentions];
  const fullNameWords = new Set(
    mentions
      .filter((m) => m.type === 'PERSON' && WORDS.test(m.text))
      .flatMap((m) => m.text.split(WORDS).map((w) => w.toLowerCase())),
  );
  // A transcript repeats a bare name ("Blinken") dozens of times: the dictionary is asked once per name, and
  // its mentions share the answer (read-only downstream, as the dateline mentions share their place's).
  const officials = new Map<string, Candidate[]>();
  return mentions.map((m) => {
    if (m.type !== 'PERSON' || m.candidates.length || WORDS.test(m.text)) return m;
    if (fullNameWords.has(m.text.toLowerCase())) return m;
    let candidates = officials.get(m.text);
    if (!candidates) officials.set(m.text, (candidates = officialsNamed(gazetteer, m.text, date)));
    return candidates.length ? { ...m, candidates, source: 'gazetteer' as const } : m;
  });
}
