// The dates stage run on constructed events, for tests: the dates it gives them, in order.
import assert from 'node:assert/strict';
import type { Event, EventDate } from '../../core/document.js';
import { collectingContext } from '../../core/stage.js';
import { datesStage } from './index.js';

export function datesGiven(text: string, events: Event[], publishedAt: string | null): (EventDate | null)[] {
  const input = { text, publishedAt, dateline: null, language: 'en', url: null, events };
  const out = datesStage.run(input, collectingContext());
  assert.ok(!(out instanceof Promise));
  return out.events.map((e) => e.date);
}
