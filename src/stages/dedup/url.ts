/**
 * URL normalization for article-level dedup (DESIGN.md §6): two addresses that serve the same page
 * normalize to one string. Each step below names the variation that motivated it.
 */

/**
 * Query parameters that only track the click, never select content. `utm_*` is matched by prefix.
 * Seen on shared news links: Facebook (fbclid), Google Ads (gclid, gclsrc, dclid, _gl), Microsoft (msclkid),
 * Mailchimp (mc_cid, mc_eid), Yandex (yclid), Instagram (igshid), Twitter (ref_src, s), Outbrain/Taboola.
 */
const TRACKING_PARAMS: ReadonlySet<string> = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  '_gl',
  '_ga',
  'msclkid',
  'mc_cid',
  'mc_eid',
  'yclid',
  'igshid',
  'ref_src',
  'ref_url',
  'cmpid',
  'ocid',
  'sr_share',
  'obOrigUrl',
  'tbref',
]);
const TRACKING_PREFIXES = ['utm_'];

function isTrackingParam(name: string): boolean {
  const key = name.toLowerCase();
  return TRACKING_PARAMS.has(key) || TRACKING_PREFIXES.some((p) => key.startsWith(p));
}

/** Ports that mean nothing once the scheme is folded to https. */
const DEFAULT_PORTS: ReadonlySet<string> = new Set(['80', '443']);

/**
 * The one string that stands for a page's address, or null when `raw` is not an http(s) URL.
 * - scheme: http is folded into https (news sites redirect one to the other, copies keep the old link);
 * - host: lowercased, a leading `www.` dropped (koreaherald.com vs www.koreaherald.com), default ports dropped;
 * - fragment: dropped (`#comments` is the same page);
 * - query: tracking parameters dropped, the rest sorted by name then value so order does not matter;
 * - path: a trailing slash dropped except on the root (`/news/123/` is `/news/123`).
 */
export function normalizeUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const port = url.port && !DEFAULT_PORTS.has(url.port) ? `:${url.port}` : '';
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') || '/' : '/';
  const params = [...url.searchParams.entries()]
    .filter(([name]) => !isTrackingParam(name))
    .sort(([a, av], [b, bv]) => (a === b ? compare(av, bv) : compare(a, b)));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  return `https://${host}${port}${path}${query}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
