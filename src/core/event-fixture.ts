// Constructed events for stage tests: an event whose evidence is a quoted stretch of a test text.
import assert from 'node:assert/strict';
import type { Event } from './document.js';

/** An event whose evidence is the first occurrence of `evidence` in `text`; `fields` override the rest. */
export function eventAt(text: string, evidence: string, fields: Partial<Event> = {}): Event {
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
    ...fields,
  };
}
