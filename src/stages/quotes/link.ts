// The link from a quote to the event it expresses: the event whose evidence overlaps the quote, else one whose
// evidence lies in the words that introduce it ("Peskov said Moscow seeks to "boost relations …"").
import type { Event } from '../../core/document.js';
import { overlaps, type Span } from '../../core/span.js';

/**
 * `cues[i]` lists quote i's own span first, then its attribution's words. Only `quote` is set, and only on
 * events that have none: the events stage owns everything else.
 */
export function linkEvents(events: readonly Event[], cues: readonly (readonly Span[])[]): Event[] {
  return events.map((event) => {
    if (event.quote !== null) return { ...event };
    const byQuote = cues.findIndex(([own]) => own !== undefined && overlaps(own, event.evidence));
    const byCue =
      byQuote >= 0
        ? byQuote
        : cues.findIndex((spans) => spans.slice(1).some((s) => overlaps(s, event.evidence)));
    return { ...event, quote: byCue >= 0 ? byCue : null };
  });
}
