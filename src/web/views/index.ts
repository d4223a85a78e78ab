import * as map from './map.js';
import * as network from './network.js';
import * as timeline from './timeline.js';
import type { EventView } from './types.js';

/** The visual views, by URL path (`/timeline`, ...). To add one: a file in this folder and a line here. */
export const VIEWS: Record<string, { title: string; view: EventView }> = {
  timeline: { title: 'Timeline', view: timeline },
  map: { title: 'Map', view: map },
  network: { title: 'Network', view: network },
};
