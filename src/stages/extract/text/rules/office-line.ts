import { isTitleCaseLabel, type LineRule } from '../lines.js';

/**
 * The issuing office printed above a government release: "Office of the Spokesperson" heads most
 * State Department texts. It names no person, so it is header, not byline.
 */
export const officeLine: LineRule = {
  id: 'extract/office-line',
  kind: 'header',
  test: (text) => /^(?:Office|Bureau|Department|Ministry) of\b/.test(text) && isTitleCaseLabel(text, 10),
};
