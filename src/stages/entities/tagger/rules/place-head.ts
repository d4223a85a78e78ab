import type { TypedSpan } from '../consistency.js';
import type { MentionRule } from './rule.js';

/**
 * A name whose last word is a geographic feature is a place: "Korean Peninsula", "East Sea", "Taiwan Strait",
 * "Atlantic Ocean", "Persian Gulf". The tagger's class for such names swings between trainings ("Korean
 * Peninsula" came out ORG after a retraining, LOC before); the head word decides. Only names of capitalised
 * words: "Law of the Sea" is a treaty, and a name that goes on ("Black Sea Fleet") ends in another word.
 */
const FEATURES = new Set(
  'peninsula sea ocean strait straits gulf bay island islands mountain mountains river lake canal desert valley coast archipelago'.split(
    ' ',
  ),
);
const ALL_CAPITALISED = /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)+$/u;

export const placeHead: MentionRule = {
  id: 'tagger/place-head',
  apply: (mentions, { text }) =>
    mentions.map((m): TypedSpan => {
      if (m.type === 'LOC') return m;
      const name = text.slice(m.start, m.end);
      const last = name.split(/\s+/u).pop()!.toLowerCase();
      return ALL_CAPITALISED.test(name) && FEATURES.has(last) ? { ...m, type: 'LOC' } : m;
    }),
};
