import { sql } from 'kysely';
import { words } from '../stages/dedup/index.js';
import type { DialectName } from './dialect.js';
import type { EventRefinement } from './events-read.js';
import type { EventFilters } from './repository.js';

/**
 * The event filters added for the API (recipient, place name, free text), as one refinement of the
 * listing query in events-read.ts, so totals and keyset pages see exactly the same conditions.
 */
export function refineEvents(dialect: DialectName, f: EventFilters): EventRefinement {
  return (query) => {
    let q = query;
    if (f.recipientCode) {
      const code = f.recipientCode;
      q = q.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('event_actors as er')
            .select('er.event_id')
            .whereRef('er.event_id', '=', 'events.id')
            .where('er.code', '=', code)
            .where('er.role', '=', 'recipient'),
        ),
      );
    }
    if (f.placeName) q = q.where(sql`lower(events.place_name)`, '=', f.placeName.toLowerCase());
    const terms = f.text ? words(f.text) : [];
    // A text with no word in it ("!!") matches nothing rather than everything.
    if (f.text !== undefined && terms.length === 0) q = q.where(sql<boolean>`1 = 0`);
    if (terms.length > 0) q = q.where(sql<boolean>`events.id in (${reportedBy(dialect, terms)})`);
    return q;
  };
}

/**
 * Ids of events with a report from an article matching every term: the articles' full-text index
 * (FTS5 or tsvector), so "missile launch" finds events of articles about one, not evidence substrings.
 */
function reportedBy(dialect: DialectName, terms: string[]) {
  if (dialect === 'sqlite') {
    const match = terms.map((t) => `"${t}"`).join(' ');
    return sql<string>`select r.event_id from article_fts
      join articles a on a.seq = article_fts.rowid
      join event_reports r on r.article_id = a.id
      where article_fts match ${match}`;
  }
  return sql<string>`select r.event_id from articles a
    join event_reports r on r.article_id = a.id
    where a.fts @@ plainto_tsquery('english', ${terms.join(' ')})`;
}
