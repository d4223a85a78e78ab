import type { Actor } from '../../core/document.js';
import type { EventDetail } from '../../store/index.js';
import type { ExportFormat } from './formats.js';

/** Actors of one side, from every report, once per code and name, in PLOVER GSR's `{actorText, code, sector}`. */
function ploverActors(event: EventDetail, side: 'actor' | 'recipient') {
  const seen = new Map<string, { actorText: string; code: string | null; sector: string | null }>();
  for (const report of event.reports) {
    for (const a of report.event[side] as Actor[]) {
      seen.set(`${a.code ?? ''}|${a.name}`, { actorText: a.name, code: a.code, sector: a.sector });
    }
  }
  return [...seen.values()];
}

/**
 * One record in the field names of the PLOVER gold standard records (`PLOVER_GSR_CAMEO.json`: id, date,
 * source, target, event, mode, context, text, eventLoc), plus what a canonical event adds: its end
 * date, status, contradictions, and every report's URL and evidence.
 */
export function ploverRecord(event: EventDetail) {
  const first = event.reports[0]?.event;
  return {
    id: event.id,
    date: event.date?.start ?? null,
    dateEnd: event.date?.end ?? null,
    datePrecision: event.date?.precision ?? null,
    source: ploverActors(event, 'actor'),
    target: ploverActors(event, 'recipient'),
    event: event.type,
    mode: event.mode,
    context: first?.context ?? [],
    status: event.status,
    text: first?.evidence.text ?? null,
    eventLoc: event.place,
    contradictions: event.contradictions,
    reports: event.reports.map((r) => ({
      url: r.articleUrl,
      title: r.articleTitle,
      publishedAt: r.publishedAt,
      evidence: r.event.evidence,
    })),
  };
}

export const ploverFormat: ExportFormat = {
  name: 'plover',
  extension: 'plover.json',
  contentType: 'application/json; charset=utf-8',
  head: '[\n',
  row: (event) => JSON.stringify(ploverRecord(event)),
  separator: ',\n',
  tail: '\n]\n',
};

/** A GeoJSON Feature per event with coordinates; events without a point are left out of the map. */
function feature(event: EventDetail): string | null {
  const { place } = event;
  if (!place || place.lat === null || place.lon === null) return null;
  return JSON.stringify({
    type: 'Feature',
    id: event.id,
    geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
    properties: {
      type: event.type,
      mode: event.mode,
      date: event.date?.start ?? null,
      dateEnd: event.date?.end ?? null,
      status: event.status,
      place: place.name,
      country: place.code,
      actors: event.actors,
      reportCount: event.reportCount,
      contradiction: event.contradiction,
      urls: [...new Set(event.reports.map((r) => r.articleUrl).filter((u) => u !== null))],
    },
  });
}

export const geojsonFormat: ExportFormat = {
  name: 'geojson',
  extension: 'geojson',
  contentType: 'application/geo+json; charset=utf-8',
  head: '{"type":"FeatureCollection","features":[\n',
  row: feature,
  separator: ',\n',
  tail: '\n]}\n',
};
