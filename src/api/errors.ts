import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** A request the API refuses: the HTTP status, a stable machine code, a message for the user. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    options?: { cause?: unknown; headers?: Record<string, string> },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.headers = options?.headers ?? {};
  }
  readonly headers: Record<string, string>;
}

/** The body of every error response: `{"error": {"code", "message"}}`. */
export interface ErrorBody {
  error: { code: string; message: string };
}

/**
 * The one place that maps errors to HTTP. ApiError says its own status; hono's HTTPException (a
 * malformed request hono refused) keeps its status; anything else is a bug, logged and hidden as 500.
 */
export function errorResponse(error: unknown, c: Context): Response {
  if (error instanceof ApiError) {
    return c.json<ErrorBody>(
      { error: { code: error.code, message: error.message } },
      error.status,
      error.headers,
    );
  }
  // The store refuses a cursor it did not give out with a plain Error; the request was at fault.
  if (error instanceof Error && error.message.startsWith('store: bad cursor')) {
    return c.json<ErrorBody>(
      { error: { code: 'bad-parameter', message: 'cursor: not a cursor this API gave out' } },
      400,
    );
  }
  if (error instanceof HTTPException) {
    return c.json<ErrorBody>({ error: { code: 'bad-request', message: error.message } }, error.status);
  }
  console.error(error);
  return c.json<ErrorBody>({ error: { code: 'internal', message: 'internal error' } }, 500);
}

export const notFound = (what: string) => new ApiError(404, 'not-found', `${what} not found`);
