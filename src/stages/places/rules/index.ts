// The cues that put a place on an event, tried in this order (order here matters: the first rule that finds a
// place at a position names its rule id). To add a rule, add one file and one line here.
import { inAt } from './in-at.js';
import type { PlaceRule } from './rule.js';
import { towardArea } from './toward-area.js';
import { visitTo } from './visit-to.js';

export type { PlaceRule } from './rule.js';

export const PLACE_RULES: readonly PlaceRule[] = [visitTo, inAt, towardArea];
