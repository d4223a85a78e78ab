import { sql } from 'kysely';
import { words } from '../stages/dedup/index.js';
import type { DialectName } from './dialect.js';
import { hasActor, type Drive, type EventRefinement } from './events-read.js';
import type { EventFilters } from './repository.js';

/**
 * The event filters added for the API (recipient, place name, free text), as one refinement of the
 * listing query in events-read.ts, so totals and keyset pages see exactly the same conditions.
 */
export function refineEvents(dialect: DialectName, f: EventFilters): EventRefinement {
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
      if (terms.length > 0) q = q.where(reportedBy(dialect, terms, drive));
      return q;
    },
  };
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
