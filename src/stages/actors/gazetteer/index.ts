// The actor gazetteer: every shipped dictionary in one trie, loaded once per process.
import { Gazetteer } from './gazetteer.js';
import { readAll } from './load.js';

export type { Alias, Candidate, Entry, EntryKind, EntrySource } from './entry.js';
export { Gazetteer, onDate, PHOENIX_UPDATED, type GazetteerMatch } from './gazetteer.js';
export { fold, nameKey, tokenize, type Token } from './normalize.js';
export { validOn } from './dates.js';
export { TITLE_RULES, SLOT_TITLE_RULES } from './titles.js';
export { SEAT_RULES } from './seats.js';

let shared: Gazetteer | undefined;

/** The gazetteer over data/actors/**, built on first use and shared by the whole process. */
export function loadGazetteer(): Gazetteer {
  shared ??= new Gazetteer(readAll());
  return shared;
}
