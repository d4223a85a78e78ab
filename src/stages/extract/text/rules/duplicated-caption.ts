import type { Image } from '../../../../core/document.js';
import { classify, endsAsSentence, wordCount, type Line } from '../lines.js';

export const CAPTION_RULE_ID = 'extract/duplicated-caption';
export const DUPLICATE_RULE_ID = 'extract/duplicated-line';

/**
 * A photo caption flattened by a scraper comes out twice, once from the image's alt text and once from
 * its <figcaption>: the seed prints "Kim Gunn (right), ... on Thursday. (South Korea's Ministry of
 * Foreign Affairs)" on two lines in a row. A line repeated with only blank lines between the copies,
 * long enough to be a caption (five words), becomes one image; the credit in final parentheses is
 * split off. A repeated line that does not read as a caption (a headline printed twice) only loses
 * its second copy. Repeats far apart ("Comrades," in a speech) are not touched.
 */
export function collapseDuplicatedCaptions(lines: Line[]): Image[] {
  const images: Image[] = [];
  let previous: Line | null = null;
  for (const line of lines) {
    if (line.kind === 'blank') continue;
    if (previous && line.kind === 'body' && previous.kind === 'body' && line.text === previous.text) {
      if (wordCount(line.text) >= 5 && (creditOf(line.text) || endsAsSentence(line.text))) {
        images.push(toImage(line.text));
        classify(previous, { id: CAPTION_RULE_ID, kind: 'caption' });
        classify(line, { id: CAPTION_RULE_ID, kind: 'caption' });
      } else {
        classify(line, { id: DUPLICATE_RULE_ID, kind: 'boilerplate' });
      }
    }
    previous = line;
  }
  return images;
}

/** A credit in parentheses after the caption's last sentence: "... on Thursday. (Yonhap)". */
const CREDIT = /^(?<caption>.*[.!?"”])\s*\((?<credit>[^()]{2,80})\)$/s;
const G_CAPTION = 'caption';
const G_CREDIT = 'credit';

function creditOf(text: string): { caption: string; credit: string } | null {
  const g = CREDIT.exec(text)?.groups;
  const caption = g?.[G_CAPTION];
  const credit = g?.[G_CREDIT];
  return caption && credit ? { caption: caption.trim(), credit: credit.trim() } : null;
}

function toImage(text: string): Image {
  const c = creditOf(text);
  return { caption: c?.caption ?? text, credit: c?.credit ?? null, url: null };
}
