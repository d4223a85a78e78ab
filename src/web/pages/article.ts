import { fetchArticle, type ArticleDetail } from '../api.js';
import { h, replace } from '../dom.js';
import { formatActor } from '../format.js';
import { highlightedParagraphs, type Annotation } from '../highlight.js';
import { errorBox, loading } from './common.js';
import { reasonList } from './reasons.js';

const RANGE = /^(?<start>\d+)-(?<end>\d+)$/;
const KINDS = [
  { kind: 'entity', label: 'Entities' },
  { kind: 'event', label: 'Event sentences' },
  { kind: 'quote', label: 'Quotes' },
] as const;

/** `/article/:id?hl=START-END`: the clean text with its annotations; `hl` marks one span (an evidence). */
export async function renderArticle(main: HTMLElement, match: RegExpExecArray, url: URL): Promise<void> {
  replace(main, loading());
  let article: ArticleDetail;
  try {
    article = await fetchArticle(decodeURIComponent(match.groups?.['id'] ?? ''));
  } catch (error) {
    return replace(main, h('h1', {}, 'Article'), errorBox(error));
  }
  const target = RANGE.exec(url.searchParams.get('hl') ?? '')?.groups;
  const annotations = articleAnnotations(article);
  if (target) {
    const span = { start: Number(target['start']), end: Number(target['end']) };
    annotations.push({ ...span, kind: 'evidence', label: 'the evidence you followed', id: 'target' });
  }
  const text = h('div', { class: 'article-text show-entity show-event show-quote' });
  text.append(...highlightedParagraphs(article.text, annotations));
  replace(
    main,
    h('h1', {}, article.title ?? 'Untitled article'),
    articleMeta(article),
    legend(text),
    h('section', { 'aria-label': 'Article text' }, text),
    eventsOf(article),
    quotesOf(article),
    entitiesOf(article),
  );
  document.getElementById('target')?.scrollIntoView({ block: 'center' });
}

export function articleAnnotations(article: ArticleDetail): Annotation[] {
  const out: Annotation[] = [];
  for (const entity of article.entities) {
    const code = entity.actor ? ` → ${formatActor(entity.actor)}` : '';
    for (const m of entity.mentions)
      out.push({ ...m, kind: 'entity', label: `${entity.type}: ${entity.name}${code}` });
  }
  for (const report of article.reports) {
    out.push({
      start: report.evidence.start,
      end: report.evidence.end,
      kind: 'event',
      label: `event ${report.type}`,
    });
  }
  for (const quote of article.quotes) {
    const speaker = quote.speaker ? quote.speaker.name : 'unattributed';
    out.push({ start: quote.start, end: quote.end, kind: 'quote', label: `quote: ${speaker}` });
  }
  return out;
}

function articleMeta(article: ArticleDetail): HTMLElement {
  const source = article.canonicalUrl ?? article.url;
  return h(
    'p',
    { class: 'meta' },
    article.publishedAt ? `Published ${article.publishedAt.slice(0, 10)}` : 'Undated',
    article.byline.length ? ` · by ${article.byline.join(', ')}` : '',
    source ? [' · ', h('a', { href: source, rel: 'noopener noreferrer', target: '_blank' }, 'source')] : '',
    article.duplicateOf
      ? [
          ' · copy of ',
          h('a', { href: `/article/${encodeURIComponent(article.duplicateOf)}` }, 'the original'),
        ]
      : '',
  );
}

/** Checkboxes that turn each kind of highlight on and off (a class on the text, no inline style). */
function legend(text: HTMLElement): HTMLElement {
  return h(
    'fieldset',
    { class: 'legend' },
    h('legend', {}, 'Highlight'),
    KINDS.map(({ kind, label }) => {
      const id = `show-${kind}`;
      const box = h('input', { type: 'checkbox', id, checked: true });
      box.addEventListener('change', () => text.classList.toggle(`show-${kind}`, box.checked));
      return h('label', { for: id }, box, h('span', { class: `swatch ${kind}` }), label);
    }),
  );
}

function eventsOf(article: ArticleDetail): HTMLElement {
  return h(
    'section',
    { 'aria-labelledby': 'article-events' },
    h('h2', { id: 'article-events' }, `Events reported (${article.reports.length})`),
    h(
      'ul',
      {},
      article.reports.map((r) =>
        h(
          'li',
          {},
          h('a', { href: `/event/${encodeURIComponent(r.eventId)}` }, r.type),
          ' — ',
          r.evidence.text,
        ),
      ),
    ),
  );
}

function quotesOf(article: ArticleDetail): HTMLElement {
  return h(
    'section',
    { 'aria-labelledby': 'article-quotes' },
    h('h2', { id: 'article-quotes' }, `Quotes (${article.quotes.length})`),
    article.quotes.map((q) =>
      h(
        'figure',
        {},
        h('blockquote', {}, q.text),
        h(
          'figcaption',
          {},
          q.speaker ? `${q.speaker.name} (${formatActor(q.speaker)})` : 'Unattributed',
          q.channel ? `, ${q.channel}` : '',
        ),
      ),
    ),
  );
}

function entitiesOf(article: ArticleDetail): HTMLElement {
  const coded = article.entities.filter((e) => e.actor);
  return h(
    'section',
    { 'aria-labelledby': 'article-entities' },
    h('h2', { id: 'article-entities' }, `Actors (${coded.length})`),
    h(
      'ul',
      {},
      coded.map((e) =>
        h(
          'li',
          {},
          h('strong', {}, e.name),
          ` ${e.type} → ${e.actor ? formatActor(e.actor) : ''}`,
          reasonList(e.reasons),
        ),
      ),
    ),
  );
}
