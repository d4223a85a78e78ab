// Shared by the month rules: which year a bare month name means, given "last"/"next"/"this" or the bias.
import { ymd, type Day } from '../calendar.js';
import type { Bias } from '../types.js';

export type MonthShift = 'last' | 'next' | 'this' | null;

export function shiftOf(word: string | undefined): MonthShift {
  const w = word?.toLowerCase();
  return w === 'last' || w === 'next' || w === 'this' ? w : null;
}

/**
 * "last July" is the latest July strictly before the reference month, "next July" the first one after
 * it, "this July" the reference year's; a bare "July" goes the bias's way, the reference month included.
 */
export function yearOfMonth(reference: Day, month: number, shift: MonthShift, bias: Bias): number {
  const now = ymd(reference);
  if (shift === 'this') return now.year;
  if (shift === 'last') return month < now.month ? now.year : now.year - 1;
  if (shift === 'next') return month > now.month ? now.year : now.year + 1;
  if (bias === 'past') return month <= now.month ? now.year : now.year - 1;
  return month >= now.month ? now.year : now.year + 1;
}
