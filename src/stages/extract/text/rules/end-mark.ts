import type { LineRule } from '../lines.js';

/**
 * Marks that close a wire story or release: KCNA's "-0-", Yonhap's "(END)", "-30-", "# # #" and
 * "###" on press releases, "End Text" after a State Department joint statement. They stand on their
 * own line or are glued to the last paragraph ("... of the DPRK. -0-"); see `stripGluedEndMark`.
 */
const END_MARK = String.raw`-0-|\(END\)|-30-|#\s?#\s?#|-\s?END\s?-`;
const STANDALONE = new RegExp(`^(?:${END_MARK}|end text[.:]?|end of text[.:]?)$`, 'i');
const GLUED = new RegExp(`\\s*(?:${END_MARK})$`);

/** "(The briefing was concluded at 3:38 p.m.)": the closing stage note of a transcript. */
const CONCLUDED =
  /^\((?:the )?(?:briefing|call|press conference|conference|meeting|interview|event|hearing)\b[^()]{0,80}\b(?:concluded|ended|adjourned)\b[^()]{0,40}\)$/i;

export const endMark: LineRule = {
  id: 'extract/end-mark',
  kind: 'end-mark',
  test: (text) => STANDALONE.test(text) || CONCLUDED.test(text),
};

/** The paragraph without an end mark glued to its end, or null when there is none. */
export function stripGluedEndMark(text: string): string | null {
  const stripped = text.replace(GLUED, '');
  return stripped !== text && stripped.trim() !== '' ? stripped.trimEnd() : null;
}
