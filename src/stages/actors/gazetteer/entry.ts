import type { Actor } from '../../../core/document.js';

export type EntryKind = 'person' | 'org' | 'country' | 'demonym' | 'capital' | 'seat' | 'title' | 'agent';
export type EntrySource = 'officials' | 'phoenix' | 'factbook' | 'countries' | 'rules';

/** One coded meaning of a name: an actor with the interval in which the code holds. */
export interface Entry {
  /** Identity of the person or body; all terms of one person share it ("officials:Choe Son-hui"). */
  id: string;
  kind: EntryKind;
  source: EntrySource;
  actor: Actor;
  /** ISO date, possibly partial ("2021", "2021-05"); null when open. */
  from: string | null;
  to: string | null;
  /** Phoenix's undated code for a person, used only when no dated term covers the date. */
  fallback: boolean;
  /** Where the fact comes from: the officials table's URL, or the rule id for hand rules. */
  ref: string | null;
}

/** An entry as found on a date. */
export interface Candidate extends Entry {
  /** An open Phoenix term on a date after Phoenix's last update (2014): the office may have ended. */
  stale: boolean;
  /**
   * Every term of this person ended before the date and this is the last one: the name is still a
   * person ("the first visit of Kim Il Sung … in March 1949"), but no longer in that office.
   */
  ended: boolean;
}

/** A dictionary name pointing at an entry. */
export interface Alias {
  name: string;
  entry: Entry;
}
