import type { EventDate, Place } from '../../core/document.js';

/** Values one report gives for the fields whose disagreement matters to analysts. */
export interface ReportFacts {
  /** Report id (`<articleId>#<eventIndex>`), so each value names its sources. */
  id: string;
  date: Pick<EventDate, 'start' | 'end' | 'precision'> | null;
  place: Pick<Place, 'name' | 'code' | 'geonameid'> | null;
  /** Typed payload values such as `count` and `missileType` (DESIGN.md §3). */
  quantities: Record<string, string | number>;
}

export interface FieldValue {
  value: string;
  reports: string[];
}

/** A field on which supporting reports disagree; every value is kept with the reports that give it. */
export interface Contradiction {
  field: string;
  values: FieldValue[];
}

interface Interval {
  start: string;
  end: string;
}

function dateValue(date: NonNullable<ReportFacts['date']>): string {
  return date.start === date.end ? date.start : `${date.start}/${date.end}`;
}

function parseInterval(value: string): Interval {
  const [start = '', end = start] = value.split('/');
  return { start, end };
}

function contains(outer: Interval, inner: Interval): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/**
 * Dates disagree when some pair is not a refinement: "January 2024" and "16 January" agree (the day
 * lies in the month), "16 January" and "17 January" do not.
 */
function datesDisagree(values: readonly string[]): boolean {
  const intervals = values.map(parseInterval);
  return intervals.some((a, i) => intervals.slice(i + 1).some((b) => !contains(a, b) && !contains(b, a)));
}

function group(reports: readonly ReportFacts[], valueOf: (r: ReportFacts) => string | null): FieldValue[] {
  const byValue = new Map<string, string[]>();
  for (const r of reports) {
    const value = valueOf(r);
    if (value === null) continue;
    byValue.set(value, [...(byValue.get(value) ?? []), r.id]);
  }
  return [...byValue].map(([value, ids]) => ({ value, reports: ids }));
}

/** Place names compare case-insensitively; a gazetteer id, when both have one, decides. */
function placeValue(place: ReportFacts['place']): string | null {
  if (!place) return null;
  return place.geonameid !== null ? `${place.name} (${place.geonameid})` : place.name;
}

/** Every field on which the reports disagree, values in first-seen order. Never averages anything. */
export function findContradictions(reports: readonly ReportFacts[]): Contradiction[] {
  const out: Contradiction[] = [];
  const dates = group(reports, (r) => (r.date ? dateValue(r.date) : null));
  if (datesDisagree(dates.map((d) => d.value))) out.push({ field: 'date', values: dates });
  const places = group(reports, (r) => placeValue(r.place));
  const distinctPlaces = new Set(reports.map((r) => r.place?.name.trim().toLowerCase()).filter(Boolean));
  if (distinctPlaces.size > 1) out.push({ field: 'place', values: places });
  const keys = [...new Set(reports.flatMap((r) => Object.keys(r.quantities)))].sort();
  for (const key of keys) {
    const values = group(reports, (r) => (key in r.quantities ? String(r.quantities[key]) : null));
    if (values.length > 1) out.push({ field: key, values });
  }
  return out;
}

/**
 * The value a canonical event shows: the one most reports give; ties go to the earliest report (the
 * order given), so adding a later copy never flips a settled value.
 */
export function majorityValue<T>(values: readonly T[], keyOf: (v: T) => string): T | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(keyOf(v), (counts.get(keyOf(v)) ?? 0) + 1);
  let best: T | null = null;
  let bestCount = 0;
  for (const v of values) {
    const n = counts.get(keyOf(v)) ?? 0;
    if (n > bestCount) [best, bestCount] = [v, n];
  }
  return best;
}
