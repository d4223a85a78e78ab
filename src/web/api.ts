import type { ActorCount, ArticleDetail, ArticlePage, EventPage, EventSummary } from '../store/repository.js';
import type { EventView } from '../api/routes/events.js';

export type { ActorCount, ArticleDetail, ArticlePage, EventPage, EventSummary, EventView };

const BASE = '/api/v1';

/** An API refusal (400 with the parameter named, 404), shown to the analyst as it is. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function get<T>(path: string, params?: URLSearchParams): Promise<T> {
  const query = params && [...params.keys()].length ? `?${params}` : '';
  const res = await fetch(`${BASE}${path}${query}`, { headers: { Accept: 'application/json' } });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new ApiRequestError(res.status, body?.error?.message ?? `${res.status} ${res.statusText}`);
  }
  return (await res.json()) as T;
}

export const fetchEvents = (params: URLSearchParams) => get<EventPage>('/events', params);
export const fetchEvent = (id: string) => get<EventView>(`/events/${encodeURIComponent(id)}`);
export const fetchArticles = (params: URLSearchParams) => get<ArticlePage>('/articles', params);
export const fetchArticle = (id: string) => get<ArticleDetail>(`/articles/${encodeURIComponent(id)}`);
export const fetchActors = (prefix: string) =>
  get<{ actors: ActorCount[] }>('/actors', new URLSearchParams({ prefix, limit: '20' }));
