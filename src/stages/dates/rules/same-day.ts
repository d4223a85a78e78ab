// Rule dates/same-day: "the same day", "that day", "on the same date" — the date of the mention just
// before it (the seed: "a test … on Sunday, the same day Choe arrived in Russia").
import type { DateRule } from '../types.js';

export const sameDay: DateRule = {
  id: 'dates/same-day',
  requires: /same\s+(?:day|date)|that\s+day/iu,
  pattern: /\b(?:on\s+)?(?:the\s+same\s+(?:day|date)|that\s+(?:same\s+)?day)\b/giu,
  interpret() {
    return { relation: { kind: 'same-day' }, absolute: false, resolve: () => null };
  },
};
