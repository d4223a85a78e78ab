import type { LineRule } from '../lines.js';

/**
 * How a briefing was held, printed under its speaker line: "Via Teleconference" on State Department
 * call transcripts. Only the whole short line matches.
 */
const SETTING =
  /^(?:via|by) (?:teleconference|videoconference|video ?conference|video link|telephone|phone)$/i;

export const settingLine: LineRule = {
  id: 'extract/setting-line',
  kind: 'header',
  test: (text) => SETTING.test(text),
};
