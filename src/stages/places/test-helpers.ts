// Constructed documents for the places and quotes tests: events whose evidence is a quoted stretch of text.
import assert from 'node:assert/strict';
import type { Event } from '../../core/document.js';
import { collectingContext } from '../../core/stage.js';
import { splitSentences } from '../sentences/index.js';
import { resolvePlaces } from './index.js';

/** An event whose evidence is the first occurrence of `evidence` in `text`. */
export function eventAt(text: string, evidence: string): Event {
  const start = text.indexOf(evidence);
  assert.ok(start >= 0, `evidence not in text: ${evidence}`);
  return {
    type: 'CONSULT',
    mode: null,
    context: [],
    actor: [],
    recipient: [],
    date: null,
    place: null,
    status: 'occurred',
    historical: false,
    evidence: { text: evidence, start, end: start + evidence.length },
    quote: null,
    confidence: 0.8,
  };
}

export function placesOf(text: string, evidences: string[]): (string | null)[] {
  const events = evidences.map((e) => eventAt(text, e));
  const out = resolvePlaces({ text, sentences: splitSentences(text), events }, collectingContext());
  return out.events.map((e) => e.place?.name ?? null);
}
