import type { EventSummary } from '../../api.js';

/** An event summary as the API returns it, with the fields a case cares about overridden. */
export function summary(id: string, over: Partial<EventSummary> = {}): EventSummary {
  return {
    id,
    type: 'CONSULT',
    mode: null,
    date: { start: '2024-01-16', end: '2024-01-16', precision: 'day' },
    place: null,
    status: 'occurred',
    reportCount: 1,
    contradiction: false,
    contradictions: [],
    actors: [],
    ...over,
  };
}
