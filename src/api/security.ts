import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './errors.js';

export interface AccessPolicy {
  /** Bearer token for writes (ingest); null disables writing. */
  writeToken: string | null;
  /** Bearer token for reads; null leaves reads open (the default on 127.0.0.1). */
  readToken: string | null;
}

const BEARER = /^Bearer\s+(?<token>\S+)\s*$/i;

/**
 * Compares two secrets in constant time. Both sides are hashed first, so the comparison takes the same
 * time whatever the lengths, and timingSafeEqual never sees buffers of different sizes.
 */
export function sameToken(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function bearerOf(header: string | undefined): string | null {
  return BEARER.exec(header ?? '')?.groups?.['token'] ?? null;
}

const unauthorized = (message: string) =>
  new ApiError(401, 'unauthorized', message, { headers: { 'WWW-Authenticate': 'Bearer realm="sitroom"' } });

/** Writes need the write token; with none configured they are refused outright, whatever is sent. */
export function requireWrite(policy: AccessPolicy): MiddlewareHandler {
  return async (c, next) => {
    if (policy.writeToken === null) {
      throw new ApiError(
        403,
        'writes-disabled',
        'writing is disabled on this server: start it with SITROOM_TOKEN set or --token to allow ingest',
      );
    }
    const token = bearerOf(c.req.header('Authorization'));
    if (token === null) throw unauthorized('this endpoint needs an "Authorization: Bearer <token>" header');
    if (!sameToken(token, policy.writeToken)) throw unauthorized('the bearer token is not valid');
    await next();
  };
}

/** Reads need the read token (or the write token) when one is configured. */
export function requireRead(policy: AccessPolicy): MiddlewareHandler {
  return async (c, next) => {
    if (policy.readToken !== null) {
      const token = bearerOf(c.req.header('Authorization'));
      if (token === null)
        throw unauthorized('reads on this server need an "Authorization: Bearer <token>" header');
      const ok =
        sameToken(token, policy.readToken) ||
        (policy.writeToken !== null && sameToken(token, policy.writeToken));
      if (!ok) throw unauthorized('the bearer token is not valid');
    }
    await next();
  };
}

/**
 * Headers on every response: no MIME sniffing, no framing, no referrer leaks, and a CSP that lets an API
 * response load nothing (a JSON or CSV body opened in a browser cannot run script). The web UI
 * (issue 6) will set its own CSP on its routes.
 */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('X-Frame-Options', 'DENY');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('Cross-Origin-Resource-Policy', 'same-origin');
  if (!c.res.headers.has('Content-Security-Policy')) {
    c.header('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
  }
};
