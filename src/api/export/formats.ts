import type { EventDetail } from '../../store/index.js';
import { csvFormat } from './csv.js';
import { geojsonFormat, ploverFormat } from './json-formats.js';

/**
 * One export format: what comes before the first event, each event, between events and after the last.
 * Exports are written event by event, so a 100,000-event export never sits in memory as one string.
 */
export interface ExportFormat {
  name: string;
  extension: string;
  contentType: string;
  head: string;
  /** The event's text, or null to leave it out (GeoJSON: no coordinates). */
  row(event: EventDetail): string | null;
  separator: string;
  tail: string;
}

const ndjsonFormat: ExportFormat = {
  name: 'ndjson',
  extension: 'ndjson',
  contentType: 'application/x-ndjson; charset=utf-8',
  head: '',
  row: (event) => `${JSON.stringify(event)}\n`,
  separator: '',
  tail: '',
};

/** Every format by name; to add one, add a file and a line here. */
export const EXPORT_FORMATS: Record<string, ExportFormat> = {
  csv: csvFormat,
  ndjson: ndjsonFormat,
  plover: ploverFormat,
  geojson: geojsonFormat,
};

/** The export as chunks of text: head, events with separators, tail. */
export async function* exportChunks(
  events: AsyncIterable<EventDetail>,
  format: ExportFormat,
): AsyncGenerator<string> {
  yield format.head;
  let first = true;
  for await (const event of events) {
    const row = format.row(event);
    if (row === null) continue;
    yield first ? row : format.separator + row;
    first = false;
  }
  yield format.tail;
}
