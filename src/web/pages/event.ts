import { fetchArticle, fetchEvent, type ArticleDetail, type EventView } from '../api.js';
import { h, replace } from '../dom.js';
import { formatActor, formatDate, formatPlace, sideOf } from '../format.js';
import { highlightedParagraphs, paragraphAround } from '../highlight.js';
import { errorBox, loading } from './common.js';
import { peopleOf, personLinks } from './people.js';
import { reasonList } from './reasons.js';

type Report = EventView['reports'][number];

/** `/event/:id`: the canonical event, then every report that supports it, with its words in context. */
export async function renderEvent(main: HTMLElement, match: RegExpExecArray): Promise<void> {
  replace(main, loading());
  let event: EventView;
  try {
    event = await fetchEvent(decodeURIComponent(match.groups?.['id'] ?? ''));
  } catch (error) {
    return replace(main, h('h1', {}, 'Event'), errorBox(error));
  }
  const articles = await loadArticles(event);
  replace(
    main,
    h(
      'h1',
      {},
      `${event.type}${event.mode ? ` / ${event.mode}` : ''}: ${sideOf(event, 'actor')} → ${sideOf(event, 'recipient')}`,
    ),
    canonicalFields(event),
    contradictions(event),
    h(
      'section',
      { 'aria-labelledby': 'reports-heading' },
      h('h2', { id: 'reports-heading' }, `Supporting reports (${event.reports.length})`),
      event.reports.map((r) => reportCard(r, articles.get(r.articleId), event)),
    ),
  );
}

/** Each reporting article once (several reports may come from one article). */
async function loadArticles(event: EventView): Promise<Map<string, ArticleDetail>> {
  const ids = [...new Set(event.reports.map((r) => r.articleId))];
  const loaded = await Promise.allSettled(ids.map((id) => fetchArticle(id)));
  const out = new Map<string, ArticleDetail>();
  loaded.forEach((result, i) => {
    const id = ids[i];
    if (result.status === 'fulfilled' && id !== undefined) out.set(id, result.value);
  });
  return out;
}

function canonicalFields(event: EventView): HTMLElement {
  const people = (side: 'actor' | 'recipient') => {
    const named = peopleOf(event, side);
    return named.length ? personLinks(named) : null;
  };
  const rows: Array<[string, string | Array<HTMLElement | string> | null]> = [
    ['Type', event.mode ? `${event.type} (${event.mode})` : event.type],
    ['Actor', sideOf(event, 'actor')],
    // People named by the reports: each link lists that person's events (the network view's drill-down).
    ['Acting people', people('actor')],
    ['Recipient', sideOf(event, 'recipient')],
    ['Receiving people', people('recipient')],
    ['Date', formatDate(event.date)],
    ['Place', formatPlace(event.place)],
    ['Status', event.status],
    ['Reports', String(event.reportCount)],
    ['Event id', event.id],
  ];
  return h(
    'dl',
    { class: 'fields', 'aria-label': 'Canonical event' },
    rows.filter(([, v]) => v !== null).map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]),
  );
}

/** Fields on which the reports disagree: every value side by side, with the reports that give it. */
function contradictions(event: EventView): HTMLElement | null {
  if (event.contradictions.length === 0) return null;
  const titleOf = (reportId: string) =>
    event.reports.find((r) => r.id === reportId)?.articleTitle ?? reportId;
  return h(
    'section',
    { 'aria-labelledby': 'contradictions-heading' },
    h('h2', { id: 'contradictions-heading' }, 'Contradictions'),
    event.contradictions.map((c) =>
      h(
        'div',
        { class: 'contradiction', role: 'group', 'aria-label': `Values of ${c.field}` },
        c.values.map((v) =>
          h(
            'div',
            {},
            h('strong', {}, `${c.field}: ${v.value}`),
            h(
              'ul',
              {},
              v.reports.map((id) => h('li', {}, titleOf(id))),
            ),
          ),
        ),
      ),
    ),
  );
}

function reportCard(report: Report, article: ArticleDetail | undefined, event: EventView): HTMLElement {
  const { start, end } = report.event.evidence;
  const title = report.articleTitle ?? report.articleUrl ?? report.articleId;
  const articleHref = `/article/${encodeURIComponent(report.articleId)}?hl=${start}-${end}#target`;
  return h(
    'article',
    { class: 'report', 'aria-label': `Report from ${title}` },
    h('h3', {}, h('a', { href: `/article/${encodeURIComponent(report.articleId)}` }, title)),
    h(
      'p',
      { class: 'meta' },
      report.publishedAt ? report.publishedAt.slice(0, 10) : 'undated',
      ` · ${report.event.status}`,
      report.event.date ? ` · dated by “${report.event.date.text}”` : '',
      report.event.ruleId ? [' · rule ', h('code', {}, report.event.ruleId)] : '',
    ),
    evidenceInContext(report, article),
    h('p', {}, h('a', { href: articleHref, class: 'evidence-link' }, 'Read the evidence in the article')),
    report.quote
      ? h(
          'figure',
          {},
          h('blockquote', {}, report.quote.text),
          h(
            'figcaption',
            {},
            report.quote.speaker
              ? `${report.quote.speaker.name} (${formatActor(report.quote.speaker)})`
              : 'Unattributed',
          ),
        )
      : null,
    actorReasons(article, event),
  );
}

/** The evidence sentence marked inside its paragraph; the bare sentence when the article is missing. */
function evidenceInContext(report: Report, article: ArticleDetail | undefined): HTMLElement {
  const evidence = report.event.evidence;
  if (!article) return h('blockquote', { class: 'context' }, h('mark', { class: 'evidence' }, evidence.text));
  const { from, to } = paragraphAround(article.text, evidence.start, evidence.end);
  const marked = {
    start: evidence.start - from,
    end: evidence.end - from,
    kind: 'evidence' as const,
    label: 'evidence',
  };
  return h('div', { class: 'context' }, highlightedParagraphs(article.text.slice(from, to), [marked]));
}

/** The reasons behind the codes on this event's sides, as the reporting article's entities give them. */
function actorReasons(article: ArticleDetail | undefined, event: EventView): HTMLElement | null {
  if (!article) return null;
  const codes = new Set(event.actors.map((a) => a.code));
  const entities = article.entities.filter(
    (e) => e.actor?.code && codes.has(e.actor.code) && e.reasons?.length,
  );
  if (entities.length === 0) return null;
  return h(
    'details',
    {},
    h('summary', {}, 'Why these actor codes'),
    h(
      'ul',
      {},
      entities.map((e) =>
        h(
          'li',
          {},
          h('strong', {}, e.name),
          ` → ${e.actor ? formatActor(e.actor) : ''}`,
          reasonList(e.reasons),
        ),
      ),
    ),
  );
}
