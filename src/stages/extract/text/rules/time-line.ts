import type { LineRule } from '../lines.js';

/** A clock time alone on a line, as briefing transcripts print their start: "2:32 p.m. EDT". */
const TIME_LINE = /^\d{1,2}:\d{2}\s*(?:[ap]\.?\s?m\.?)?(?:\s+\p{Lu}{2,5})?$/iu;

export const timeLine: LineRule = {
  id: 'extract/time-line',
  kind: 'header',
  test: (text) => TIME_LINE.test(text),
};
