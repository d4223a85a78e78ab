import type { EventSummary } from '../api.js';
import type { FilterState } from '../state.js';

/**
 * A visual view of the filtered events (timeline, map, network): see src/web/README.md.
 * `render` owns `container` (empty when called) and may fetch more from /api/v1 itself.
 */
export interface EventView {
  render(container: HTMLElement, events: EventSummary[], state: FilterState): void | Promise<void>;
}
