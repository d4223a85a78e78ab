import type { GazetteerPlace } from '../gazetteer.js';

/** A cue that a place name follows and says where an event happened; the name starts where `cue` ends. */
export interface PlaceRule {
  id: string;
  /** Global, so every cue in a sentence is found; must end right before the place name. */
  cue: RegExp;
  /** Which kinds of place this cue makes the event's place. */
  accepts(place: GazetteerPlace): boolean;
}
