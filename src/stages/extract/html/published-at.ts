import { dateFromUrl, normalizeDate } from '../shared/dates.js';
import { classId, type Element } from './dom.js';
import type { LdArticle } from './json-ld.js';

/** Meta names carrying the publication time, strongest first. */
export const DATE_METAS = [
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

/** Where the page prints dates, gathered in document order by `gatherFacts`. */
export interface DateFacts {
  metas: Map<string, string>;
  /** `<time>` datetimes outside teaser lists, not marked as an update time. */
  times: string[];
  /** Text runs that label a date as the publication's: "기사입력 :[ 2018-09-28 17:32 ]", "Published: …". */
  labelledDates: string[];
  /** Text of byline- and date-classed elements ("19 NOV 2019"): the visible dateline. */
  visibleDates: string[];
}

/**
 * A publication label opening a short text run, then a date: Korean outlets print "입력 2018.10.05
 * 14:23" or "기사입력 :[ 2018-09-28 17:32 ]" in no date-classed element (the entermedia case).
 * "수정" / "Updated" are left out: an update time is not the publication date.
 */
export const PUBLISHED_LABEL =
  /^(?:기사\s*입력|입력(?:시간|일)?|등록(?:일|시간)?|published(?: on)?|posted(?: on)?|first published|publicado(?: el| em)?|publié le|veröffentlicht(?: am)?)\s*[:：]?\s*\[?\s*(?:\d|[A-Z][a-z]{2,8}\.? \d)/iu;

/** Classes of lists of other stories, whose dates and bylines are theirs, not the article's. */
const TEASER_CLASS =
  /related|recommend|popular|trending|most-?read|teaser|more-stories|read-?more|newsticker|ticker|breaking-news-list/i;
/** Side columns: their dates are other stories', but an author box may sit there (the article's author). */
const SIDE_CLASS = /sidebar|widget|(?:^|[\s_-])rail(?:$|[\s_-])/i;
const PAGE_TAGS = new Set(['body', 'html', 'main', 'article']);
/** An update time ("dateModified", class="updated") never dates the publication. */
const UPDATED = /updated|modified|dateModified|edited/i;

/**
 * Whether `el` sits in a link, a nav/aside/footer or a list of other stories (their dates are not
 * the article's); with `sideToo`, in a side column as well.
 */
export function inTeaser(el: Element, sideToo = true): boolean {
  for (let a: Element | null = el.parent, depth = 0; a && depth < 20; a = a.parent, depth++) {
    if (a.tag === 'a' || a.tag === 'nav' || a.tag === 'aside' || a.tag === 'footer') return true;
    // WordPress puts the layout on <body class="content-sidebar">; that says nothing about the element.
    if (PAGE_TAGS.has(a.tag)) continue;
    const c = classId(a);
    if (TEASER_CLASS.test(c) || (sideToo && SIDE_CLASS.test(c))) return true;
  }
  return false;
}

/** Whether a `<time>` or dated element is marked as an update time. */
export function isUpdateTime(el: Element): boolean {
  const marks = `${classId(el)} ${el.attrs['itemprop'] ?? ''}`;
  // hAtom themes mark the one time "published updated"; only a bare "updated" is the update time.
  return UPDATED.test(marks) && !/published|datePublished/i.test(marks);
}

const hasZone = (d: string) => d.includes('T');

/**
 * The publication date: JSON-LD, then meta tags, labelled text, `<time>`, the URL, the visible
 * dateline, in that order. When the winner gives only a day and a later source gives the same day
 * with its time and zone ("2019-11-19" in JSON-LD, the full stamp in article:published_time), the
 * fuller one is kept.
 */
export function publishedAt(facts: DateFacts, ld: LdArticle | null, url: string | null): string | null {
  const raw = [
    ld?.datePublished,
    ...DATE_METAS.map((k) => facts.metas.get(k)),
    ...facts.labelledDates,
    ...facts.times,
    dateFromUrl(url),
    ...facts.visibleDates.filter((t) => t.length < 120),
  ];
  const dates = raw.map((c) => (c ? normalizeDate(c) : null)).filter((d): d is string => d !== null);
  const first = dates[0];
  if (first === undefined || hasZone(first)) return first ?? null;
  return dates.find((d) => hasZone(d) && d.startsWith(first)) ?? first;
}
