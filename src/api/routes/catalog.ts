import { Hono } from 'hono';
import type { EventStore, QuoteFilters } from '../../store/index.js';
import { notFound } from '../errors.js';
import { codeParam, onlyKnown, PAGE_PARAMS, pageRequest, singleParam, textParam } from '../validate.js';

/** Search results are one page; full-text ranking has no stable keyset to page by. */
const SEARCH_LIMIT = 100;

/** `GET /articles`, `GET /articles/:id`, `GET /actors`, `GET /quotes`. */
export function catalogRoutes(store: EventStore): Hono {
  const app = new Hono();
  app.get('/articles', async (c) => {
    const query = c.req.queries();
    onlyKnown(query, ['q', ...PAGE_PARAMS]);
    const text = textParam(query, 'q');
    if (text === undefined) return c.json(await store.listArticles(pageRequest(query)));
    const articles = await store.searchArticles(text, pageRequest(query).limit ?? SEARCH_LIMIT);
    return c.json({ articles, total: articles.length, nextCursor: null });
  });
  app.get('/articles/:id', async (c) => {
    const article = await store.getArticle(c.req.param('id'));
    if (!article) throw notFound(`article ${c.req.param('id')}`);
    return c.json(article);
  });
  app.get('/actors', async (c) => {
    const query = c.req.queries();
    onlyKnown(query, ['prefix', 'limit']);
    const prefix = singleParam(query, 'prefix');
    const { limit } = pageRequest(query);
    const actors = await store.listActors({
      ...(prefix === undefined ? {} : { prefix }),
      ...(limit === undefined ? {} : { limit }),
    });
    return c.json({ actors });
  });
  app.get('/quotes', async (c) => {
    const query = c.req.queries();
    onlyKnown(query, ['article', 'speaker', ...PAGE_PARAMS]);
    const filters: QuoteFilters = {};
    const article = singleParam(query, 'article');
    const speaker = codeParam(query, 'speaker');
    if (article !== undefined) filters.articleId = article;
    if (speaker !== undefined) filters.speakerCode = speaker;
    return c.json(await store.listQuotes(filters, pageRequest(query)));
  });
  return app;
}
