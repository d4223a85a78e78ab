import type { Actor, Event } from '../core/document.js';
import type { EventKey, ReportFacts } from '../stages/dedup/index.js';
import type { ReportInput } from './repository.js';
import type { EventActorRow, EventReportRow, EventRow } from './schema.js';

/** Conversions between extracted events and rows, kept apart from the SQL so both read plainly. */

export function reportRow(
  articleId: string,
  index: number,
  eventId: string,
  event: ReportInput,
): EventReportRow {
  return {
    id: `${articleId}#${index}`,
    article_id: articleId,
    event_index: index,
    event_id: eventId,
    type: event.type,
    mode: event.mode,
    context: JSON.stringify(event.context),
    status: event.status,
    historical: event.historical ? 1 : 0,
    date_start: event.date?.start ?? null,
    date_end: event.date?.end ?? null,
    date_precision: event.date?.precision ?? null,
    date_text: event.date?.text ?? null,
    date_anchor: event.date?.anchor ?? null,
    place_name: event.place?.name ?? null,
    place_code: event.place?.code ?? null,
    lat: event.place?.lat ?? null,
    lon: event.place?.lon ?? null,
    geonameid: event.place?.geonameid ?? null,
    actor: JSON.stringify(event.actor),
    recipient: JSON.stringify(event.recipient),
    evidence_text: event.evidence.text,
    evidence_start: event.evidence.start,
    evidence_end: event.evidence.end,
    quote_index: event.quote,
    confidence: event.confidence,
    quantities: JSON.stringify(event.quantities ?? {}),
  };
}

/** The extracted event a report row was made from (the inverse of reportRow). */
export function reportEvent(row: EventReportRow): ReportInput {
  const date: Event['date'] =
    row.date_start && row.date_end
      ? {
          start: row.date_start,
          end: row.date_end,
          text: row.date_text ?? '',
          precision: (row.date_precision ?? 'day') as NonNullable<Event['date']>['precision'],
          anchor: row.date_anchor,
        }
      : null;
  const place: Event['place'] = row.place_name
    ? { name: row.place_name, code: row.place_code, lat: row.lat, lon: row.lon, geonameid: row.geonameid }
    : null;
  return {
    type: row.type,
    mode: row.mode,
    context: JSON.parse(row.context) as string[],
    actor: JSON.parse(row.actor) as Actor[],
    recipient: JSON.parse(row.recipient) as Actor[],
    date,
    place,
    status: row.status,
    historical: row.historical === 1,
    evidence: { text: row.evidence_text, start: row.evidence_start, end: row.evidence_end },
    quote: row.quote_index,
    confidence: row.confidence,
    quantities: JSON.parse(row.quantities) as Record<string, string | number>,
  };
}

/**
 * The values a report states. A date no words of its text give (a statement dated by its present tense
 * on the publication day, `date_text` empty) is the dates stage's inference, not the report's claim: it
 * still places the report in time for matching, but it cannot contradict a date another report states.
 */
export function reportFacts(row: EventReportRow): ReportFacts {
  return {
    id: row.id,
    date:
      row.date_start && row.date_end && row.date_text !== ''
        ? { start: row.date_start, end: row.date_end, precision: (row.date_precision ?? 'day') as 'day' }
        : null,
    place: row.place_name ? { name: row.place_name, code: row.place_code, geonameid: row.geonameid } : null,
    quantities: JSON.parse(row.quantities) as Record<string, string | number>,
  };
}

/** The merge key of a stored canonical event, from its row and its actor codes. */
export function canonicalKey(event: EventRow, actors: readonly EventActorRow[]): EventKey {
  const codesOf = (role: EventActorRow['role']) =>
    [...new Set(actors.filter((a) => a.role === role).map((a) => a.code))].sort();
  return {
    type: event.type,
    actorCodes: codesOf('actor'),
    recipientCodes: codesOf('recipient'),
    start: event.date_start,
    end: event.date_end,
    place: event.place_name
      ? { name: event.place_name, code: event.place_code, geonameid: event.geonameid }
      : null,
  };
}

/** Actor rows of a canonical event: the union of its reports' coded actors, one row per code and sector. */
export function actorRows(eventId: string, reports: readonly EventReportRow[]): EventActorRow[] {
  const rows = new Map<string, EventActorRow>();
  for (const report of reports) {
    for (const role of ['actor', 'recipient'] as const) {
      for (const a of JSON.parse(report[role]) as Actor[]) {
        if (!a.code) continue;
        const row = { event_id: eventId, role, code: a.code, sector: a.sector ?? '' };
        rows.set(`${role}|${row.code}|${row.sector}`, row);
      }
    }
  }
  return [...rows.values()];
}
