import type { LineRule } from '../lines.js';
import { beginText } from './begin-text.js';
import { bylineLine } from './byline-line.js';
import { contactLine } from './contact-line.js';
import { endMark } from './end-mark.js';
import { navBoilerplate } from './nav-boilerplate.js';
import { officeLine } from './office-line.js';
import { placeLine } from './place-line.js';
import { publishedLine } from './published-line.js';
import { settingLine } from './setting-line.js';
import { strayTrailing } from './stray-trailing.js';
import { timeLine } from './time-line.js';
import { venueLine } from './venue-line.js';

// To add a rule: add one file in this folder and one line in the list where it may fire.
// Order matters within a list: the first rule that claims a line classifies it.

/**
 * Rules tried on every line of the text: whole-line labels that are never prose. A date stamp
 * ("Published : Jan. 2, 2024 - 15:40") comes before the shared boilerplate patterns, which also
 * drop timestamps but would lose the date it carries.
 */
export const ANYWHERE_RULES: readonly LineRule[] = [publishedLine, navBoilerplate, beginText];

/** Rules tried on the lines above the body, walking down until a line none of them claims. */
export const LEAD_RULES: readonly LineRule[] = [
  navBoilerplate,
  officeLine,
  settingLine,
  placeLine,
  venueLine,
  timeLine,
  publishedLine,
  bylineLine,
];

/** Rules tried on the lines below the body, walking up until a line none of them claims. */
export const TAIL_RULES: readonly LineRule[] = [
  endMark,
  navBoilerplate,
  contactLine,
  bylineLine,
  strayTrailing,
];

export { placeLine };
