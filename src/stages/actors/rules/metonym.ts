// Rule actors/metonym: a capital or seat of government as the subject of a sentence is that government
// ("Seoul said", "Seoul and Tokyo also concurred", "Pyongyang conducted a test", "the Kremlin"); after a
// place preposition it is a place ("in Seoul", "at the Foreign Ministry in Seoul"). DESIGN.md §4.
import type { Actor } from '../../../core/document.js';
import type { Mention } from '../../entities/index.js';

export const RULE_ID = 'actors/metonym';

/** Prepositions that make the next name a place (or a route) rather than an actor. */
const PLACE_BEFORE =
  /\b(?:in|at|to|from|into|near|outside|inside|around|via|toward|towards|between|and|of|across)\s+(?:the\s+)?$/iu;

const DEICTIC = /^here$/iu;

/** A capital stands for its government only when it acts: nothing place-like precedes it. */
export function metonymActor(text: string, mention: Mention): Actor | null {
  const top = mention.candidates[0];
  if (!top || (top.kind !== 'capital' && top.kind !== 'seat')) return null;
  // A dateline's "here" (entities/dateline-here.ts) is a place adverb, never an acting government.
  if (DEICTIC.test(text.slice(mention.start, mention.end))) return null;
  const before = text.slice(Math.max(0, mention.start - 20), mention.start);
  // "Seoul and Tokyo": the second of a coordinated pair of subjects is a subject too.
  const coordinated = /(?:^|[.!?"“]\s*|\n)\p{Lu}\p{L}+\s+and\s+$/u.test(before);
  if (PLACE_BEFORE.test(before) && !coordinated) return null;
  return {
    name: mention.text.replace(/^the\s+/i, ''),
    code: top.actor.code,
    sector: top.actor.sector ?? 'GOV',
    role: null,
  };
}
