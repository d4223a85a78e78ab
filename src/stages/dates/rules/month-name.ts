// Rule dates/month-name: a bare month, "in January", "since October", "last June", "next May".
// "May" counts only after a word that makes it a month ("in May", "last May"): it is also a verb.
import { inMonth } from '../intervals.js';
import { monthNumber } from '../lexicon.js';
import type { DateRule } from '../types.js';
import { shiftOf, yearOfMonth } from './month-shift.js';

const LEAD = 1;
const MONTH_GROUP = 2;

const FULL_MONTHS =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const PREPOSITIONS = /^(?:in|since|until|till|by|from|through|during|before|after|of|last|next|this)$/iu;

export const monthName: DateRule = {
  id: 'dates/month-name',
  pattern: new RegExp(`(?:\\b([A-Za-z]+)\\s+)?\\b(${FULL_MONTHS})\\b(?!\\s*\\d)`, 'gu'),
  interpret(m) {
    const word = m[MONTH_GROUP] ?? '';
    const month = monthNumber(word);
    const lead = m[LEAD];
    if (!month) return null;
    if (word === 'May' && !(lead && PREPOSITIONS.test(lead))) return null;
    const shift = shiftOf(lead);
    return {
      // "in January": the preposition is context, "last January" is part of the expression.
      lead: shift || !lead ? 0 : m[0].indexOf(word),
      relation: { kind: 'reference' },
      absolute: false,
      resolve: (reference, bias) => inMonth(yearOfMonth(reference, month, shift, bias), month),
    };
  },
};
