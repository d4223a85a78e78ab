import { message } from '../../../core/message.js';
import { emptyArticle, type Article, type ExtractHints } from '../article.js';
import { dateFromUrl } from '../shared/dates.js';
import { splitLines } from './lines.js';
import { collapseDuplicatedCaptions } from './rules/duplicated-caption.js';
import { ANYWHERE_RULES, LEAD_RULES, TAIL_RULES } from './rules/index.js';
import { printedDate } from './rules/published-line.js';
import {
  classifyAnywhere,
  collectBylines,
  findTitle,
  resolvePublished,
  takeDateline,
  walkLead,
  walkTail,
} from './steps.js';

/**
 * Extracts the article from text a scraper already flattened (one paragraph a line, page furniture
 * on lines of its own). Each step classifies lines; only lines left as body make the text.
 */
export function extractText(text: string, hints: ExtractHints): Article {
  // 1. Split into trimmed lines; nothing but blanks is an empty article, said so.
  const lines = splitLines(text);
  if (lines.every((l) => l.kind === 'blank')) {
    return { ...emptyArticle(), messages: [message('warning', 'extract/empty-text', 'the text is empty')] };
  }
  // 2. Navigation labels on lines of their own, wherever they are ("Back To Top", "subscribe").
  classifyAnywhere(lines, ANYWHERE_RULES);
  // 3. Captions printed twice in a row become images (before the header walk, which steps over them).
  const images = collapseDuplicatedCaptions(lines);
  // 4. Header lines above the body: issuing office, attribution, place, venue, time, date stamp, byline.
  walkLead(lines, LEAD_RULES);
  // 5. The title: the feed's, or the headline line; then header lines printed under the headline.
  const title = findTitle(lines, hints.title ?? null);
  walkLead(lines, LEAD_RULES);
  // 6. Below the body: end marks ("-0-", "(END)"), page furniture, the byline, stray fragments.
  walkTail(lines, TAIL_RULES);
  // 7. Bylines from the lines the walks found: names only, e-mails apart.
  const { names, emails } = collectBylines(lines);
  // 8. The dateline, cut from the first paragraph; the date: given, printed, or the dateline's day
  //    resolved against a known year.
  const dateline = takeDateline(lines);
  const published = resolvePublished(
    dateline,
    hints.publishedAt ?? null,
    printedDate(lines) ?? dateFromUrl(hints.url),
  );
  // 9. Paragraphs: every line still body, joined by a blank line.
  const body = lines.filter((l) => l.kind === 'body').map((l) => l.text);
  return {
    ...emptyArticle(),
    title,
    byline: names,
    authorEmails: emails,
    publishedAt: published.publishedAt,
    dateline: dateline?.text ?? null,
    text: body.join('\n\n'),
    images,
    messages: published.messages,
  };
}
