import { sql, type Kysely } from 'kysely';
import type { Actor, Document, Quote } from '../core/document.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './events-read.js';
import { decodeKeys, encodeKeys } from './page-cursor.js';
import type {
  ActorCount,
  ArticleDetail,
  ArticleHit,
  ArticlePage,
  PageRequest,
  QuoteFilters,
  QuotePage,
} from './repository.js';
import type { ArticleRow, Database } from './schema.js';

/** Read models the API lists beside events: articles, actor codes, quotes. */

const pageSize = (page: PageRequest) => Math.min(Math.max(page.limit ?? DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE);

const hit = (r: Pick<ArticleRow, 'id' | 'url' | 'title' | 'published_at' | 'duplicate_of'>): ArticleHit => ({
  id: r.id,
  url: r.url,
  title: r.title,
  publishedAt: r.published_at,
  duplicateOf: r.duplicate_of,
});

/** Articles, most recently stored first, with the total. */
export async function listArticlesIn(db: Kysely<Database>, page: PageRequest): Promise<ArticlePage> {
  const limit = pageSize(page);
  const after = page.cursor ? decodeKeys(page.cursor, ['number'] as const)[0] : null;
  const rows = await db
    .selectFrom('articles')
    .select(['seq', 'id', 'url', 'title', 'published_at', 'duplicate_of'])
    .$if(after !== null, (q) => q.where('seq', '<', after ?? 0))
    .orderBy('seq', 'desc')
    .limit(limit + 1)
    .execute();
  const counted = await db
    .selectFrom('articles')
    .select(sql<number>`cast(count(*) as integer)`.as('total'))
    .executeTakeFirstOrThrow();
  const last = rows[limit - 1];
  return {
    articles: rows.slice(0, limit).map(hit),
    total: Number(counted.total),
    nextCursor: rows.length > limit && last ? encodeKeys([last.seq]) : null,
  };
}

/** One article with its text, entities, quotes, messages, reports and copies; null when unknown. */
export async function getArticleIn(db: Kysely<Database>, id: string): Promise<ArticleDetail | null> {
  const row = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const document = JSON.parse(row.document) as Partial<Document>;
  const reports = await db
    .selectFrom('event_reports')
    .select(['id', 'event_id', 'type', 'evidence_text', 'evidence_start', 'evidence_end'])
    .where('article_id', '=', id)
    .orderBy('event_index')
    .execute();
  const quotes = await db
    .selectFrom('quotes')
    .selectAll()
    .where('article_id', '=', id)
    .orderBy('quote_index')
    .execute();
  const duplicates = await db
    .selectFrom('articles')
    .select('id')
    .where('duplicate_of', '=', id)
    .orderBy('seq')
    .execute();
  return {
    ...hit(row),
    canonicalUrl: row.canonical_url,
    language: row.language,
    byline: document.byline ?? [],
    text: row.text,
    entities: document.entities ?? [],
    quotes: quotes.map(storedQuote),
    messages: document.messages ?? [],
    reports: reports.map((r) => ({
      id: r.id,
      eventId: r.event_id,
      type: r.type,
      evidence: { text: r.evidence_text, start: r.evidence_start, end: r.evidence_end },
    })),
    duplicates: duplicates.map((d) => d.id),
  };
}

/** Actor codes with how many canonical events name them on each side, most frequent first. */
export async function listActorsIn(
  db: Kysely<Database>,
  filters: { prefix?: string; limit?: number },
): Promise<ActorCount[]> {
  const limit = pageSize(filters);
  const prefix = filters.prefix?.toUpperCase();
  const rows = await db
    .selectFrom('event_actors')
    .select([
      'code',
      sql<number>`cast(count(distinct event_id) as integer)`.as('events'),
      sql<number>`cast(count(distinct case when role = 'actor' then event_id end) as integer)`.as('as_actor'),
      sql<number>`cast(count(distinct case when role = 'recipient' then event_id end) as integer)`.as(
        'as_recipient',
      ),
    ])
    .$if(prefix !== undefined, (q) => q.where('code', 'like', `${prefix ?? ''}%`))
    .groupBy('code')
    .orderBy('events', 'desc')
    .orderBy('code')
    .limit(limit)
    .execute();
  const sectors = await db
    .selectFrom('event_actors')
    .select(['code', 'sector'])
    .distinct()
    .where('code', 'in', rows.length ? rows.map((r) => r.code) : [''])
    .where('sector', '!=', '')
    .orderBy('sector')
    .execute();
  return rows.map((r) => ({
    code: r.code,
    events: Number(r.events),
    asActor: Number(r.as_actor),
    asRecipient: Number(r.as_recipient),
    sectors: sectors.filter((s) => s.code === r.code).map((s) => s.sector),
  }));
}

/** Quotes, newest article first and in text order within one, with the article they come from. */
export async function listQuotesIn(
  db: Kysely<Database>,
  filters: QuoteFilters,
  page: PageRequest,
): Promise<QuotePage> {
  const limit = pageSize(page);
  const after = page.cursor ? decodeKeys(page.cursor, ['number', 'number'] as const) : null;
  const { articleId, speakerCode } = filters;
  const rows = await db
    .selectFrom('quotes as q')
    .innerJoin('articles as a', 'a.id', 'q.article_id')
    .selectAll('q')
    .select(['a.seq', 'a.url', 'a.title', 'a.published_at'])
    .$if(articleId !== undefined, (q) => q.where('q.article_id', '=', articleId ?? ''))
    // The speaker is stored as Actor JSON; its code is matched in the JSON text, quoted exactly.
    .$if(speakerCode !== undefined, (q) =>
      q.where('q.speaker', 'like', `%"code":${JSON.stringify(speakerCode ?? '')}%`),
    )
    .$if(after !== null, (q) =>
      q.where((eb) => {
        const [seq, index] = after ?? [0, 0];
        return eb.or([
          eb('a.seq', '<', seq),
          eb.and([eb('a.seq', '=', seq), eb('q.quote_index', '>', index)]),
        ]);
      }),
    )
    .orderBy('a.seq', 'desc')
    .orderBy('q.quote_index')
    .limit(limit + 1)
    .execute();
  const last = rows[limit - 1];
  return {
    quotes: rows.slice(0, limit).map((r) => ({
      ...storedQuote(r),
      articleId: r.article_id,
      index: r.quote_index,
      articleUrl: r.url,
      articleTitle: r.title,
      publishedAt: r.published_at,
    })),
    nextCursor: rows.length > limit && last ? encodeKeys([last.seq, last.quote_index]) : null,
  };
}

function storedQuote(r: Database['quotes']): Quote {
  return {
    text: r.text,
    speaker: r.speaker ? (JSON.parse(r.speaker) as Actor) : null,
    channel: r.channel,
    start: r.start_offset,
    end: r.end_offset,
  };
}
