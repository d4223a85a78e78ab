import type { Actor } from '../../core/document.js';
import type { EventDetail } from '../../store/index.js';
import type { ExportFormat } from './formats.js';

/**
 * ACLED-like columns (event_id_cnty, event_date, event_type, sub_event_type, actor1, assoc_actor_1,
 * actor2, country, location, latitude, longitude, geo_precision-like date precision, source, notes)
 * renamed to PLOVER's words, plus provenance: every source URL and the evidence sentence of each report.
 */
const COLUMNS = [
  'event_id',
  'event_date',
  'date_end',
  'date_precision',
  'event_type',
  'mode',
  'status',
  'actor1',
  'actor1_codes',
  'actor2',
  'actor2_codes',
  'country',
  'location',
  'latitude',
  'longitude',
  'report_count',
  'contradiction',
  'contradicted_fields',
  'source_urls',
  'evidence',
] as const;

/** RFC 4180 quoting; a leading = + - @ is prefixed with ' so a spreadsheet never runs a cell as a formula. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const distinct = (values: Array<string | null>) => [...new Set(values.filter((v): v is string => !!v))];

/** Actor names of one side, from every report: "Kim Jong-un; Korean People's Army". */
function names(event: EventDetail, side: 'actor' | 'recipient'): string {
  return distinct(event.reports.flatMap((r) => (r.event[side] as Actor[]).map((a) => a.name))).join('; ');
}

function codes(event: EventDetail, side: 'actor' | 'recipient'): string {
  return distinct(
    event.actors.filter((a) => a.role === side).map((a) => (a.sector ? `${a.code}${a.sector}` : a.code)),
  ).join('; ');
}

function csvRow(event: EventDetail): string {
  const cells: Record<(typeof COLUMNS)[number], string | number | null> = {
    event_id: event.id,
    event_date: event.date?.start ?? null,
    date_end: event.date?.end ?? null,
    date_precision: event.date?.precision ?? null,
    event_type: event.type,
    mode: event.mode,
    status: event.status,
    actor1: names(event, 'actor'),
    actor1_codes: codes(event, 'actor'),
    actor2: names(event, 'recipient'),
    actor2_codes: codes(event, 'recipient'),
    country: event.place?.code ?? null,
    location: event.place?.name ?? null,
    latitude: event.place?.lat ?? null,
    longitude: event.place?.lon ?? null,
    report_count: event.reportCount,
    contradiction: event.contradiction ? 1 : 0,
    contradicted_fields: event.contradictions.map((c) => c.field).join('; '),
    source_urls: distinct(event.reports.map((r) => r.articleUrl)).join(' '),
    evidence: event.reports.map((r) => r.event.evidence.text).join(' | '),
  };
  return COLUMNS.map((c) => csvCell(cells[c])).join(',');
}

export const csvFormat: ExportFormat = {
  name: 'csv',
  extension: 'csv',
  contentType: 'text/csv; charset=utf-8',
  head: `${COLUMNS.join(',')}\r\n`,
  row: (event) => `${csvRow(event)}\r\n`,
  separator: '',
  tail: '',
};
