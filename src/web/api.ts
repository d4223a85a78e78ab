import type {
  ActorCount,
  ArticleDetail,
  ArticlePage,
  EventNetwork,
  EventPage,
  EventSummary,
  EventTimeline,
  NetworkNode,
  NetworkSelection,
} from '../store/repository.js';
import type { EventView } from '../api/routes/events.js';
import { readToken } from './token.js';

export type {
  ActorCount,
  ArticleDetail,
  ArticlePage,
  EventNetwork,
  EventPage,
  EventSummary,
  EventTimeline,
  EventView,
  NetworkNode,
  NetworkSelection,
};

/** `GET /network`: the graph, and the drill-down events when a node was asked for. */
export type NetworkResponse = EventNetwork & { selection: NetworkSelection | null };

const BASE = '/api/v1';

/** An API refusal (400 with the parameter named, 401 without a valid read token, 404), shown as it is. */
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
  const headers: Record<string, string> = { Accept: 'application/json' };
  // A server started with a read token (`sitroom serve --read-token`) refuses reads without it.
  const token = readToken();
  if (token) headers['Authorization'] = `Bearer ${token}`;
  const res = await fetch(`${BASE}${path}${query}`, { headers });
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
export const fetchTimeline = (params: URLSearchParams) => get<EventTimeline>('/events/timeline', params);
export const fetchNetwork = (params: URLSearchParams) => get<NetworkResponse>('/network', params);
