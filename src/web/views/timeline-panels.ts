import { type EventTimeline } from '../api.js';
import { h } from '../dom.js';
import { formatDate, sideOf } from '../format.js';
import { withFilters, type FilterState } from '../state.js';
import { QUADRANT_LEGEND } from './marks-style.js';
import { isoDay, zoomInterval, DAY_MS, type BucketUnit } from './timeline-scale.js';
import type { DrawnLane } from './timeline-chart.js';

/** The HTML around the timeline's chart: zoom links, colour key, what is left out, the table alternative. */

/** Links that zoom the axis in or out, back to the busiest stretch, or out to every date. */
export function zoomControls(
  domain: { start: number; end: number },
  extent: { start: number; end: number },
  state: FilterState,
): HTMLElement {
  const zoomed = (factor: number) => withFilters('/timeline', { ...state, ...zoomInterval(domain, factor) });
  const all: FilterState = { ...state };
  delete all.from;
  delete all.to;
  const everything = { ...state, from: isoDay(extent.start), to: isoDay(extent.end - DAY_MS) };
  return h(
    'nav',
    { class: 'view-controls', 'aria-label': 'Time axis' },
    `${isoDay(domain.start)} – ${isoDay(domain.end - DAY_MS)} `,
    h('a', { href: zoomed(0.5) }, 'Zoom in'),
    h('a', { href: zoomed(2) }, 'Zoom out'),
    h('a', { href: withFilters('/timeline', all) }, 'Busiest stretch'),
    h('a', { href: withFilters('/timeline', everything) }, 'Every date'),
    h('span', { class: 'hint' }, 'or drag across the chart to zoom to an interval'),
  );
}

/** The colour key, naming the unit the bars count by. */
export function legend(barUnit: BucketUnit = 'day'): HTMLElement {
  return h(
    'ul',
    { class: 'view-legend', 'aria-label': 'Colour key' },
    QUADRANT_LEGEND.map(([cls, text]) => h('li', {}, h('span', { class: `swatch ${cls}` }), text)),
    h('li', {}, 'width: the date precision (day, week, month, year)'),
    h('li', {}, h('span', { class: 'swatch swatch-bar' }), `bars: events per ${barUnit}, all of them`),
  );
}

/** What the marks leave out: events past the newest drawn, dates outside the axis, undated events. */
export function note(
  summary: EventTimeline,
  domain: { start: number; end: number },
  extent: { start: number; end: number },
  drawn: number,
  state: FilterState,
): HTMLElement {
  const dated = summary.total - summary.undated;
  const parts = [`${drawn.toLocaleString('en')} events drawn as marks`];
  if (summary.truncated) {
    const oldest = summary.events.at(-1)?.date?.start ?? '';
    parts.push(
      `the newest ${summary.events.length.toLocaleString('en')} of ${dated.toLocaleString('en')} dated events ` +
        `(from ${oldest} on); the bars count all of them: zoom in or drag to see each one`,
    );
  }
  if (!state.from && !state.to && (extent.start < domain.start || extent.end > domain.end)) {
    parts.push(`dates run from ${isoDay(extent.start)} to ${isoDay(extent.end - DAY_MS)} ("Every date")`);
  }
  if (summary.undated) parts.push(`${summary.undated.toLocaleString('en')} undated left out`);
  return h('p', { class: 'view-note', role: 'status' }, `${parts.join('; ')}.`);
}

/** The text alternative: every drawn event, lane by lane, in time order, each a link; built when opened. */
export function eventTable(lanes: DrawnLane[]): HTMLElement {
  const details = h('details', { class: 'view-table' }, h('summary', {}, 'The timeline as a table'));
  details.addEventListener('toggle', () => {
    if (!details.open || details.querySelector('table')) return;
    details.append(tableOf(lanes));
  });
  return details;
}

function tableOf(lanes: DrawnLane[]): HTMLTableElement {
  const rows = lanes.flatMap((lane) =>
    lane.rows
      .flat()
      .sort((a, b) => a.start - b.start)
      .map(({ event }) =>
        h(
          'tr',
          {},
          h('td', {}, lane.code),
          h('td', {}, formatDate(event.date)),
          h('td', {}, h('a', { href: `/event/${encodeURIComponent(event.id)}` }, event.type)),
          h('td', {}, sideOf(event, 'actor')),
          h('td', {}, sideOf(event, 'recipient')),
        ),
      ),
  );
  return h(
    'table',
    {},
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ['Lane', 'Date', 'Type', 'Actor', 'Recipient'].map((c) => h('th', { scope: 'col' }, c)),
      ),
    ),
    h('tbody', {}, rows),
  );
}
