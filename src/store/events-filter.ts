import { sql, type Kysely } from 'kysely';
import { words } from '../stages/dedup/index.js';
import type { DialectName } from './dialect.js';
import { hasActor, type Drive, type EventRefinement } from './events-read.js';
import type { EventFilters } from './repository.js';
import type { Database } from './schema.js';

/**
 * Articles a text must match to count as common (1,000 of the bench's 25,000). Reading a common text's
 * matches costs ~1-2 µs per matching event (a 9,600-article word: 23-47 ms for one page); probing the
 * index per candidate event ~5 µs per event, and a page of 51 stops early.
 */
const COMMON_TEXT_ARTICLES = 1000;

/**
 * The event filters added for the API (recipient, place name, free text), as one refinement of the
 * listing query in events-read.ts, so totals and keyset pages see exactly the same conditions.
 */
export function refineEvents(dialect: DialectName, f: EventFilters, textIsCommon = false): EventRefinement {
  return {
    dialect,
    apply(query, drive) {
      let q = query;
      if (f.recipientCode) q = q.where(hasActor(f.recipientCode, 'recipient', drive));
      // Matches the expression index events_place_name_sort_idx (migration 0003).
      if (f.placeName) q = q.where(sql`lower(place_name)`, '=', f.placeName.toLowerCase());
      const terms = f.text ? words(f.text) : [];
      // A text with no word in it ("!!") matches nothing rather than everything.
      if (f.text !== undefined && terms.length === 0) q = q.where(sql<boolean>`1 = 0`);
      // A common text beside another filter is checked per event that filter's index yields.
      if (terms.length > 0) q = q.where(reportedBy(dialect, terms, textIsCommon ? 'order' : drive));
      return q;
    },
  };
}

/**
 * The refinement for a listing, told on SQLite whether its text is common when another filter is
 * present. FTS5 tells the planner nothing about how many articles a MATCH finds, so a total under
 * SORT_AT_MOST always read the text's matches first: "ceasefire" (9,600 articles) with the 207
 * RETREAT events cost ~40 ms of CPU a page, against ~1 ms checking the RETREAT events one by one. A
 * bounded count of at most COMMON_TEXT_ARTICLES matches (~0.1 ms) decides. PostgreSQL's planner has
 * the tsvector statistics to choose by itself.
 */
export async function refineEventsIn(
  db: Kysely<Database>,
  dialect: DialectName,
  f: EventFilters,
): Promise<EventRefinement> {
  const terms = f.text ? words(f.text) : [];
  if (dialect !== 'sqlite' || terms.length === 0 || !hasOtherFilter(f)) return refineEvents(dialect, f);
  const match = terms.map((t) => `"${t}"`).join(' ');
  const [row] = (
    await sql<{ n: number }>`select count(*) as n from (select 1 from article_fts
      where article_fts match ${match} limit ${COMMON_TEXT_ARTICLES})`.execute(db)
  ).rows;
  return refineEvents(dialect, f, Number(row?.n ?? 0) >= COMMON_TEXT_ARTICLES);
}

/** Whether a filter besides the text narrows the events (page size and cursor do not). */
function hasOtherFilter(f: EventFilters): boolean {
  const { text: _text, role: _role, ...others } = f;
  return Object.values(others).some((v) => v !== undefined && !(Array.isArray(v) && v.length === 0));
}

/**
 * Events with a report from an article matching every term, through the articles' full-text index
 * (FTS5 or tsvector), so "missile launch" finds events of articles about one, not evidence substrings.
 * Driven by the filter, the index lists the articles and their events are sorted; driven by the
 * order, each event in date order asks the index about its own articles (FTS5 seeks one rowid), which
 * wins when most events match: "satellite" in 68,000 of 100,000 events needs ~75 probes for a page.
 */
function reportedBy(dialect: DialectName, terms: string[], drive: Drive) {
  if (dialect === 'sqlite') {
    const match = terms.map((t) => `"${t}"`).join(' ');
    return drive === 'filter'
      ? sql<boolean>`events.id in (select r.event_id from article_fts
          join articles a on a.seq = article_fts.rowid
          join event_reports r on r.article_id = a.id
          where article_fts match ${match})`
      : sql<boolean>`exists (select 1 from event_reports r
          join articles a on a.id = r.article_id
          join article_fts on article_fts.rowid = a.seq
          where r.event_id = events.id and article_fts match ${match})`;
  }
  const query = sql`plainto_tsquery('english', ${terms.join(' ')})`;
  return drive === 'filter'
    ? sql<boolean>`events.id in (select r.event_id from articles a
        join event_reports r on r.article_id = a.id where a.fts @@ ${query})`
    : sql<boolean>`exists (select 1 from event_reports r join articles a on a.id = r.article_id
        where r.event_id = events.id and a.fts @@ ${query})`;
}
