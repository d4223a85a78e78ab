// The temporal-expression rules, in order (order here matters): when two matches overlap, the longer
// wins, and on equal length the earlier rule here. To add a rule, add one file and one line.
import type { DateRule } from '../types.js';
import { century } from './century.js';
import { duration } from './duration.js';
import { eventOffset } from './event-offset.js';
import { isoDate } from './iso-date.js';
import { monthDayYear } from './month-day-year.js';
import { monthDay } from './month-day.js';
import { monthName } from './month-name.js';
import { monthYear } from './month-year.js';
import { partOfMonth } from './part-of-month.js';
import { presentRef } from './present-ref.js';
import { relativeDay } from './relative-day.js';
import { relativeMonth } from './relative-month.js';
import { relativeWeek } from './relative-week.js';
import { relativeYear } from './relative-year.js';
import { sameDay } from './same-day.js';
import { season } from './season.js';
import { weekdayRule } from './weekday.js';
import { yearEndRule } from './year-end.js';
import { year } from './year.js';

export const DATE_RULES: readonly DateRule[] = [
  isoDate,
  monthDayYear,
  monthYear,
  partOfMonth,
  monthDay,
  eventOffset,
  sameDay,
  duration,
  yearEndRule,
  relativeDay,
  relativeWeek,
  relativeMonth,
  relativeYear,
  weekdayRule,
  season,
  century,
  monthName,
  year,
  presentRef,
];
