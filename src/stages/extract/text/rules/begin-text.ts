import type { LineRule } from '../lines.js';

/** "Begin Text" / "Begin Text:" / "Begin Text." opens the quoted statement in State Department releases. */
export const beginText: LineRule = {
  id: 'extract/begin-text',
  kind: 'header',
  test: (text) => /^(?:begin|start of) text[.:]?$/i.test(text),
};
