// Rule dates/duration: "over three consecutive days", "for two straight days" — not a date by itself;
// it widens a day-precision date of the same clause into a range ending on that day ("on Sunday, over
// three days"). With a coarser date ("In early January … over three consecutive days") the date stands.
import { COUNT, countValue } from '../lexicon.js';
import type { DateRule } from '../types.js';

const COUNT_GROUP = 1;

export const duration: DateRule = {
  id: 'dates/duration',
  requires: /days/iu,
  pattern: new RegExp(
    `\\b(?:over|for)\\s+(?:the\\s+(?:past|last)\\s+)?(${COUNT})\\s+(?:consecutive\\s+|straight\\s+)?days\\b`,
    'giu',
  ),
  interpret(m) {
    const days = countValue(m[COUNT_GROUP] ?? '');
    if (days === null || days < 1) return null;
    return { relation: { kind: 'duration', days }, absolute: false, resolve: () => null };
  },
};
