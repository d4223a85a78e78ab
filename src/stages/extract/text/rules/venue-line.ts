import { isTitleCaseLabel, type LineRule } from '../lines.js';
import { placeLine } from './place-line.js';

/**
 * The room or building printed right under a place line: "Honolulu, Hawaii" then "Asia-Pacific Center
 * for Security Studies"; "Washington, D.C." then "Benjamin Franklin Room". Alone such a label could be
 * a headline, so the rule fires only after a place line.
 */
export const venueLine: LineRule = {
  id: 'extract/venue-line',
  kind: 'header',
  test: (text, { previous }) => previous?.ruleId === placeLine.id && isTitleCaseLabel(text, 8),
};
