import { readByline } from './byline.js';
import { classId, collapse, textOf, walk, type Element } from './dom.js';
import type { LdArticle } from './json-ld.js';
import { inTeaser, isUpdateTime, PUBLISHED_LABEL, publishedAt, type DateFacts } from './published-at.js';

/** What the page says about itself, outside the article text. */
export interface PageMeta {
  title: string | null;
  canonicalUrl: string | null;
  siteName: string | null;
  description: string | null;
  publishedAt: string | null;
  byline: string[];
  authorEmails: string[];
}

/** Facts gathered in one walk: meta tags, <title>, canonical link, <time>, byline and dated elements. */
export interface PageFacts extends DateFacts {
  docTitle: string | null;
  canonical: string | null;
  bylines: string[];
}

const DATE_CLASS =
  /(?:^|[\s_-])(?:date|dateline|time|timestamp|published|pubdate|posted|posted-on)(?:$|[\s_-])/i;
const BYLINE_CLASS = /(?:^|[\s_-])(?:byline|by-line|author|authors|contributor)(?:$|[\s_-])/i;
/** Meta names that carry the author, strongest first ("article:author" is often a profile URL). */
const AUTHOR_METAS = ['author', 'article:author', 'byl', 'dc.creator', 'parsely-author', 'sailthru.author'];
const MAX_BYLINES = 5;
const MAX_DATES = 10;
const MAX_LABEL_RUN = 120;

export function gatherFacts(root: Element): PageFacts {
  const facts: PageFacts = {
    metas: new Map(),
    docTitle: null,
    canonical: null,
    times: [],
    labelledDates: [],
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
    else if (el.tag === 'time') {
      if (facts.times.length < MAX_DATES && !isUpdateTime(el) && !inTeaser(el))
        facts.times.push(a['datetime'] ?? textOf(el));
    } else if (facts.bylines.length < MAX_BYLINES && isBylineElement(el) && !inTeaser(el, false)) {
      facts.bylines.push(textOf(el));
      facts.visibleDates.push(facts.bylines[facts.bylines.length - 1] ?? '');
    } else if (facts.visibleDates.length < MAX_DATES && DATE_CLASS.test(classId(el)) && !inTeaser(el)) {
      if (!isUpdateTime(el)) facts.visibleDates.push(textOf(el));
    }
    if (facts.labelledDates.length < MAX_DATES) facts.labelledDates.push(...labelledRuns(el));
    return true;
  });
  return facts;
}

/** The element's own text runs that open with a publication label ("기사입력 :[ 2018-09-28 17:32 ]"). */
function labelledRuns(el: Element): string[] {
  const out: string[] = [];
  for (const c of el.children) {
    // The anchored label test fails fast on prose, so long pages pay little for it.
    if (typeof c !== 'string' || !PUBLISHED_LABEL.test(c.trimStart())) continue;
    const run = collapse(c);
    if (run.length < MAX_LABEL_RUN) out.push(run);
  }
  return out.length > 0 && !inTeaser(el) ? out : [];
}

function isBylineElement(el: Element): boolean {
  const a = el.attrs;
  if ((a['rel'] ?? '') === 'author' || (a['itemprop'] ?? '') === 'author') return true;
  return BYLINE_CLASS.test(classId(el)) && el.tag !== 'meta' && el.tag !== 'body';
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

interface Authors {
  names: string[];
  emails: string[];
}

/** People credited: JSON-LD persons, else an author meta tag, else the first byline element with a name. */
function authors(facts: PageFacts, ld: LdArticle | null): Authors {
  const fromLd = (ld?.authors ?? []).map(readByline);
  const emails = [...(ld?.authorEmails ?? []), ...fromLd.flatMap((b) => b.emails)];
  const ldNames = fromLd.flatMap((b) => b.names);
  if (ldNames.length) return { names: [...new Set(ldNames)], emails };
  const sources = [...AUTHOR_METAS.map((k) => facts.metas.get(k)), ...facts.bylines];
  const read = sources.filter((r): r is string => !!r && !/^https?:/i.test(r)).map(readByline);
  emails.push(...read.flatMap((b) => b.emails));
  const at = read.findIndex((b) => b.names.length > 0);
  if (at < 0) return { names: [], emails };
  const later = read.slice(at + 1).flatMap((b) => b.names);
  return { names: (read[at]?.names ?? []).map((n) => innermost(n, later)), emails };
}

/**
 * A byline box's text runs its parts together ("Elliot Brownstein Florida Today" from the name and
 * the outlet in sibling spans); the name's own element, read later, gives the name alone.
 */
function innermost(name: string, later: string[]): string {
  return later.find((l) => l !== name && name.startsWith(`${l} `)) ?? name;
}

/** "The Jerusalem Post | JPost.com" → ["jerusalem post", "jpost"]: the outlet's names, for desk bylines. */
function outletNames(siteName: string | null): string[] {
  if (!siteName) return [];
  return siteName
    .split(/\s+[|–—:-]\s+/)
    .map((p) =>
      p
        .toLowerCase()
        .replace(/^the\s+/, '')
        .replace(/\.(?:com|net|org|info|co\.\w\w|\w\w)$/, '')
        .trim(),
    )
    .filter((p) => p.length > 1);
}

/**
 * Whether a credited name is the outlet or one of its desks ("Al Jazeera", "Telegraph Sport" on The
 * Telegraph). Only the name containing the outlet counts: a site named after its author ("Bruce
 * Lee's Blog") keeps "Bruce Lee" as the byline.
 */
export function isOutletName(name: string, siteName: string | null): boolean {
  const n = name.toLowerCase().replace(/^the\s+/, '');
  return outletNames(siteName).some((o) => n === o || n.startsWith(`${o} `));
}

/**
 * The people among credited names: outlets and desks go, and so does a name the site name contains
 * ("Business Insider" on "Business Insider Deutschland") when a person is credited beside it.
 */
export function peopleOnly(names: string[], siteName: string | null): string[] {
  const people = names.filter((n) => !isOutletName(n, siteName));
  const site = (siteName ?? '').toLowerCase();
  const notSite = people.filter((n) => !site.includes(n.toLowerCase()));
  return notSite.length > 0 ? notSite : people;
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
  const credited = authors(facts, ld);
  return {
    title: title || null,
    canonicalUrl: absolute(canonical, url),
    siteName,
    description: collapse(m.get('og:description') ?? m.get('description') ?? ld?.description ?? '') || null,
    publishedAt: publishedAt(facts, ld, url),
    byline: peopleOnly(credited.names, siteName),
    authorEmails: [...new Set(credited.emails)],
  };
}
