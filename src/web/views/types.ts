import type { FilterState } from '../state.js';

/**
 * A visual view of the filtered events (timeline, map, network): see src/web/README.md.
 * `render` owns `container` (empty when called) and loads what it draws from /api/v1 itself, in as few
 * requests as it can (the timeline and the network each have one summary endpoint).
 */
export interface EventView {
  render(container: HTMLElement, state: FilterState, url: URL): void | Promise<void>;
}
