// Rule dates/present-ref: "now", "currently", "at present", "nowadays" — the anchor day; TIMEX3 writes
// PRESENT_REF. Not "right now" in quotes of plans, which still is the present.
import type { DateRule } from '../types.js';
import { onDay } from '../intervals.js';

export const presentRef: DateRule = {
  id: 'dates/present-ref',
  pattern: /\b(?:now|currently|at present|nowadays)\b/giu,
  interpret() {
    return {
      relation: { kind: 'reference' },
      absolute: false,
      resolve: (reference) => ({ ...onDay(reference), timex: 'PRESENT_REF' }),
    };
  },
};
