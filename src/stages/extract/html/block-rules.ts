import { boilerplateRule } from '../shared/boilerplate.js';
import { normalizeDate } from '../shared/dates.js';
import type { Block } from './blocks.js';
import { isBylineLine } from './byline.js';

/**
 * Rules that drop one block of the chosen container: the lines that leak into Readability's
 * output (FIELD-NOTES: captions/credits on 46 of 181 pages, bylines/timestamps 42, related
 * teasers 28, subscribe/social/nav 32). To add a rule, add one entry to BLOCK_RULES.
 */
export interface BlockContext {
  /** The headline, lower-cased with whitespace collapsed; null when unknown. */
  title: string | null;
  /** How many blocks were kept before this one (a leading <h1> is the headline; later ones are sections). */
  before: number;
}

export interface BlockRule {
  id: string;
  drops(block: Block, ctx: BlockContext): boolean;
}

const DATE_WORDS =
  /\b(?:published|updated|posted|last|modified|on|at|am|pm|a\.m\.|p\.m\.|et|est|edt|gmt|utc|bst|kst|pt|pst|pdt|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|[a-z]+day|january|february|march|april|june|july|august|september|october|november|december|\d+|[ap]m)\b\.?/gi;
// "Photo: …", "Image credit: …", "(AP Photo/…)", "… /Getty Images": a photo credit line.
const CREDIT_LINE =
  /^(?:\[(?:사진|자료사진|photos?|images?|fotos?)\s*[=:][^\]]{1,80}\]$|\(?(?:ap |afp |reuters |file )?(?:photo(?:graph)?|image|picture|illustration|credit|video)s?(?: credit)?\s*(?:by\b|:|\/)|.{0,160}\/\s*(?:getty images|afp|reuters|ap|associated press|epa|shutterstock)\)?$|.{0,160}\b(?:photos?|images?|fotos?)\s*(?:©|\(c\)|copyright\b).{0,60}$)/i;

// "29 November 2018 | 20 January 2019", "2018.04.05 ~ OPEN RUN": a run of dates is content (an exhibition's).
const DATE_RANGE = /~|\b(?:19|20)\d\d\b.*\b(?:19|20)\d\d\b/;
/** Past this length a linked block may be prose with many links ("The gray haze led to …"). */
const LONG_BLOCK = 120;
// A link whose text is an address ("www.example.com", "http://amzn.to/…", "Account: @name") is content shown to readers.
const SHOWN_ADDRESS =
  /^(?:[^\s:]{0,20}:\s*)?(?:(?:https?:\/\/|www\.)\S+|@\w+(?:,\s*@\w+)*)$|(?:^|\s-\s)www\.\S+$/i;
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

export const BLOCK_RULES: readonly BlockRule[] = [
  // Related-story lists and tag clouds: text that is mostly links.
  {
    id: 'extract/link-block',
    drops: (b) =>
      b.linkChars > b.text.length * (b.text.length > LONG_BLOCK ? 0.7 : 0.5) && !SHOWN_ADDRESS.test(b.text),
  },
  // Share, newsletter, "Read more", ad labels, copyright (shared with the scraped-text extractor).
  { id: 'extract/boilerplate-line', drops: (b) => boilerplateRule(b.text) !== null },
  // The headline repeated in the body (the benchmark's truth and our `text` leave it out).
  {
    id: 'extract/headline',
    drops: (b, ctx) =>
      (b.tag === 'h1' && ctx.before === 0) ||
      (ctx.title !== null && b.text.length < 300 && norm(b.text) === ctx.title),
  },
  // "By Jane Doe" lines: the names go to `byline`.
  { id: 'extract/byline-line', drops: (b) => isBylineLine(b.text) },
  // "Published 10:31 AM EST Nov 19, 2019": a line that is a date and little else.
  {
    id: 'extract/timestamp-line',
    drops: (b) =>
      b.text.length < 90 &&
      !DATE_RANGE.test(b.text) &&
      normalizeDate(b.text) !== null &&
      b.text.replace(DATE_WORDS, '').replace(/[\W_]+/g, '').length < 8,
  },
  // Photo credits left outside a caption element.
  { id: 'extract/credit-line', drops: (b) => b.text.length < 200 && CREDIT_LINE.test(b.text) },
];

/** The blocks no rule drops, and the dropped ones with the rule that dropped them. */
export function applyBlockRules(
  blocks: Block[],
  ctx: Omit<BlockContext, 'before'>,
): { kept: Block[]; dropped: { block: Block; rule: string }[] } {
  const kept: Block[] = [];
  const dropped: { block: Block; rule: string }[] = [];
  for (const b of blocks) {
    const rule = BLOCK_RULES.find((r) => r.drops(b, { ...ctx, before: kept.length }));
    if (rule) dropped.push({ block: b, rule: rule.id });
    else kept.push(b);
  }
  return { kept, dropped };
}
