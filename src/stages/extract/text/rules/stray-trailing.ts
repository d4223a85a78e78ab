import { endsAsSentence, wordCount, type LineContext, type LineRule } from '../lines.js';

/**
 * Debris a scraper leaves after the article: the seed ends with a nickname in Hangul under
 * "subscribe"; a State Department transcript ends with the lone word "maintain". Walking up from the
 * end, a fragment of at most three words that does not end as a sentence is stray, as is a line
 * written in another script than the body. A real last paragraph ends as a sentence and stays.
 */
export const strayTrailing: LineRule = {
  id: 'extract/stray-trailing',
  kind: 'stray',
  test: (text, context) =>
    (wordCount(text) <= 3 && !endsAsSentence(text) && !/[,;:]$/.test(text)) ||
    (wordCount(text) <= 8 && scriptOf(text) !== bodyScript(context)),
};

type Script = 'latin' | 'hangul' | 'han' | 'kana' | 'cyrillic' | 'other';

function scriptOf(text: string): Script {
  const counts: Record<Script, number> = { latin: 0, hangul: 0, han: 0, kana: 0, cyrillic: 0, other: 0 };
  for (const ch of text) {
    if (/\p{Script=Latin}/u.test(ch)) counts.latin++;
    else if (/\p{Script=Hangul}/u.test(ch)) counts.hangul++;
    else if (/\p{Script=Han}/u.test(ch)) counts.han++;
    else if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(ch)) counts.kana++;
    else if (/\p{Script=Cyrillic}/u.test(ch)) counts.cyrillic++;
    else if (/\p{L}/u.test(ch)) counts.other++;
  }
  const [best] = (Object.entries(counts) as [Script, number][]).sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : 'other';
}

/** The script of the body lines taken together (the first 2,000 characters are plenty). */
function bodyScript({ lines }: LineContext): Script {
  const body = lines
    .filter((l) => l.kind === 'body')
    .map((l) => l.text)
    .join(' ')
    .slice(0, 2000);
  return scriptOf(body);
}
