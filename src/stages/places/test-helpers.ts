// Constructed documents for the places and quotes tests: events whose evidence is a quoted stretch of text.
import { eventAt } from '../../core/event-fixture.js';
import { collectingContext } from '../../core/stage.js';
import { splitSentences } from '../sentences/index.js';
import { resolvePlaces } from './index.js';

export { eventAt };

export function placesOf(text: string, evidences: string[]): (string | null)[] {
  const events = evidences.map((e) => eventAt(text, e));
  const out = resolvePlaces({ text, sentences: splitSentences(text), events }, collectingContext());
  return out.events.map((e) => e.place?.name ?? null);
}
