import { dateFromUrl, normalizeDate } from '../shared/dates.js';
import { bylineNames } from './byline.js';
import { collapse, textOf, walk, type Element } from './dom.js';
import type { LdArticle } from './json-ld.js';

/** What the page says about itself, outside the article text. */
export interface PageMeta {
  title: string | null;
  canonicalUrl: string | null;
  siteName: string | null;
  description: string | null;
  publishedAt: string | null;
  byline: string[];
}

/** Meta names carrying the publication time, strongest first. */
const DATE_METAS = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'publishdate',
  'pubdate',
  'publish-date',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dc.date',
  'date',
  'citation_publication_date',
  'article.published',
];

/** Facts gathered in one walk: meta tags, <title>, canonical link, <time> and byline elements. */
export interface PageFacts {
  metas: Map<string, string>;
  docTitle: string | null;
  canonical: string | null;
  times: string[];
  bylines: string[];
  /** Text of byline- and date-classed elements ("19 NOV 2019"), the visible dateline. */
  visibleDates: string[];
}

const DATE_CLASS =
  /(?:^|[\s_-])(?:date|dateline|time|timestamp|published|pubdate|posted|posted-on)(?:$|[\s_-])/i;
const BYLINE_CLASS = /(?:^|[\s_-])(?:byline|by-line|author|authors|contributor)(?:$|[\s_-])/i;

export function gatherFacts(root: Element): PageFacts {
  const facts: PageFacts = {
    metas: new Map(),
    docTitle: null,
    canonical: null,
    times: [],
    bylines: [],
    visibleDates: [],
  };
  walk(root, (el) => {
    const a = el.attrs;
    if (el.tag === 'meta') {
      const key = (a['property'] ?? a['name'] ?? a['itemprop'] ?? '').toLowerCase();
      if (key && a['content'] && !facts.metas.has(key)) facts.metas.set(key, a['content']);
    } else if (el.tag === 'title' && facts.docTitle === null) facts.docTitle = textOf(el);
    else if (el.tag === 'link' && (a['rel'] ?? '').toLowerCase() === 'canonical')
      facts.canonical ??= a['href'] ?? null;
    else if (el.tag === 'time' && facts.times.length < 5) facts.times.push(a['datetime'] ?? textOf(el));
    else if (facts.bylines.length < 5 && isBylineElement(el)) {
      facts.bylines.push(textOf(el));
      facts.visibleDates.push(facts.bylines[facts.bylines.length - 1] ?? '');
    } else if (facts.visibleDates.length < 10 && DATE_CLASS.test(`${a['class'] ?? ''} ${a['id'] ?? ''}`)) {
      facts.visibleDates.push(textOf(el));
    }
    return true;
  });
  return facts;
}

function isBylineElement(el: Element): boolean {
  const a = el.attrs;
  if ((a['rel'] ?? '') === 'author' || (a['itemprop'] ?? '') === 'author') return true;
  return BYLINE_CLASS.test(`${a['class'] ?? ''} ${a['id'] ?? ''}`) && el.tag !== 'meta' && el.tag !== 'body';
}

// " | Site Name" or " - Site Name" after a headline in <title>.
const TITLE_SUFFIX = /\s+[|–—-]\s+[^|–—-]{2,60}$/;

function absolute(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return null;
  }
}

function publishedAt(facts: PageFacts, ld: LdArticle | null, url: string | null): string | null {
  const candidates = [
    ld?.datePublished,
    ...DATE_METAS.map((k) => facts.metas.get(k)),
    ...facts.times,
    dateFromUrl(url),
    ...facts.visibleDates.filter((t) => t.length < 120),
  ];
  for (const c of candidates) {
    const d = c ? normalizeDate(c) : null;
    if (d) return d;
  }
  return null;
}

function byline(facts: PageFacts, ld: LdArticle | null): string[] {
  const fromLd = (ld?.authors ?? []).flatMap(bylineNames);
  if (fromLd.length) return [...new Set(fromLd)];
  const meta = facts.metas.get('author') ?? facts.metas.get('article:author') ?? facts.metas.get('byl');
  const fromMeta = meta ? bylineNames(meta) : [];
  if (fromMeta.length) return fromMeta;
  for (const b of facts.bylines) {
    const names = bylineNames(b);
    if (names.length) return names;
  }
  return [];
}

export function readMetadata(facts: PageFacts, ld: LdArticle | null, url: string | null): PageMeta {
  const m = facts.metas;
  const siteName =
    collapse(m.get('og:site_name') ?? ld?.publisher ?? m.get('application-name') ?? '') || null;
  const rawTitle = m.get('og:title') ?? ld?.headline ?? m.get('twitter:title') ?? facts.docTitle;
  const title = rawTitle
    ? collapse(rawTitle === facts.docTitle ? rawTitle.replace(TITLE_SUFFIX, '') : rawTitle)
    : null;
  const canonical = facts.canonical ?? m.get('og:url') ?? ld?.url ?? null;
  return {
    title: title || null,
    canonicalUrl: absolute(canonical, url),
    siteName,
    description: collapse(m.get('og:description') ?? m.get('description') ?? ld?.description ?? '') || null,
    publishedAt: publishedAt(facts, ld, url),
    // The outlet named as author ("Al Jazeera" on its own pages) is not a byline.
    byline: byline(facts, ld).filter((n) => !siteName || !siteName.toLowerCase().includes(n.toLowerCase())),
  };
}
