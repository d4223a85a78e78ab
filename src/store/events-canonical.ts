import type { Kysely } from 'kysely';
import { findContradictions, majorityValue } from '../stages/dedup/index.js';
import { actorRows, reportFacts } from './event-rows.js';
import type { Database, EventReportRow } from './schema.js';

/**
 * Recompute a canonical event from its reports, oldest article first (so a later copy never flips a
 * settled value on a tie): majority mode, status, date and place; every disagreement kept in
 * `contradictions`; actors as the union of the reports'. An event with no reports left is deleted.
 */
export async function refreshEvent(trx: Kysely<Database>, id: string, now: string): Promise<void> {
  const reports = await trx
    .selectFrom('event_reports as r')
    .innerJoin('articles as a', 'a.id', 'r.article_id')
    .selectAll('r')
    .where('r.event_id', '=', id)
    .orderBy('a.seq')
    .orderBy('r.event_index')
    .execute();
  await trx.deleteFrom('event_actors').where('event_id', '=', id).execute();
  if (reports.length === 0) {
    await trx.deleteFrom('events').where('id', '=', id).execute();
    return;
  }
  await trx.updateTable('events').set(canonicalFields(reports, now)).where('id', '=', id).execute();
  const actors = actorRows(id, reports);
  if (actors.length) await trx.insertInto('event_actors').values(actors).execute();
}

/**
 * The values a canonical event takes from its reports (at least one, in refreshEvent's order): what
 * refreshEvent writes, and what a new event is inserted with, so opening one needs no read-back.
 */
export function canonicalFields(reports: readonly EventReportRow[], now: string) {
  const contradictions = findContradictions(reports.map(reportFacts));
  const dated = majorityValue(
    reports.filter((r) => r.date_start),
    (r) => `${r.date_start}|${r.date_end}|${r.date_precision}`,
  );
  const placed = majorityValue(
    reports.filter((r) => r.place_name),
    (r) => (r.place_name ?? '').toLowerCase(),
  );
  return {
    mode: majorityValue(reports, (r) => r.mode ?? '')?.mode ?? null,
    status: majorityValue(reports, (r) => r.status)?.status ?? 'occurred',
    ...dateFields(dated),
    ...placeFields(placed),
    contradiction: contradictions.length > 0 ? 1 : 0,
    contradictions: JSON.stringify(contradictions),
    report_count: reports.length,
    updated_at: now,
  };
}

function dateFields(r: EventReportRow | null) {
  return {
    date_start: r?.date_start ?? null,
    date_end: r?.date_end ?? null,
    date_precision: r?.date_precision ?? null,
    sort_key: r?.date_start ?? '0000-00-00',
  };
}

function placeFields(r: EventReportRow | null) {
  return {
    place_name: r?.place_name ?? null,
    place_code: r?.place_code ?? null,
    lat: r?.lat ?? null,
    lon: r?.lon ?? null,
    geonameid: r?.geonameid ?? null,
  };
}
