// Rule dates/relative-day: "today", "yesterday", "tomorrow", "tonight", "last night", "this morning",
// "the day before yesterday", "three days ago".
import { onDay } from '../intervals.js';
import { COUNT, countValue } from '../lexicon.js';
import type { DateRule } from '../types.js';

const WORD = 1;
const COUNT_GROUP = 2;

const SHIFT: Record<string, number> = {
  today: 0,
  tonight: 0,
  'this morning': 0,
  'this afternoon': 0,
  'this evening': 0,
  yesterday: -1,
  'last night': -1,
  tomorrow: 1,
  'the day before yesterday': -2,
  'the day after tomorrow': 2,
};

export const relativeDay: DateRule = {
  id: 'dates/relative-day',
  pattern: new RegExp(
    `\\b(?:(the day before yesterday|the day after tomorrow|today|tonight|yesterday|tomorrow|last night|this (?:morning|afternoon|evening))\\b|(${COUNT})\\s+days?\\s+ago\\b)`,
    'giu',
  ),
  interpret(m) {
    const word = m[WORD]?.toLowerCase().replace(/\s+/gu, ' ');
    const shift = word !== undefined ? SHIFT[word] : -(countValue(m[COUNT_GROUP] ?? '') ?? NaN);
    if (shift === undefined || Number.isNaN(shift)) return null;
    return {
      relation: { kind: 'reference' },
      absolute: false,
      resolve: (reference) => onDay(reference + shift),
    };
  },
};
