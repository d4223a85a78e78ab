/**
 * JSON-LD news metadata: the first NewsArticle-like object in the page's ld+json scripts,
 * searched through arrays and @graph without recursion (a hostile page cannot nest it to death).
 */
export interface LdArticle {
  headline: string | null;
  datePublished: string | null;
  /** Authors that are people (or untyped strings); an Organization author is the outlet, not a byline. */
  authors: string[];
  authorEmails: string[];
  articleBody: string | null;
  publisher: string | null;
  url: string | null;
  description: string | null;
  images: string[];
}

const ARTICLE_TYPE =
  /(?:^|:)(?:News|Reportage|Analysis|Opinion|Report|Scholarly|Tech)?Article$|^BlogPosting$|^LiveBlogPosting$/;
const MAX_VISITED = 5000;

type Json = unknown;
const isObj = (v: Json): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: Json): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

function types(o: Record<string, Json>): string[] {
  const t = o['@type'];
  return Array.isArray(t)
    ? t.filter((x): x is string => typeof x === 'string')
    : typeof t === 'string'
      ? [t]
      : [];
}

/** Names of the people in an author value: a string, a Person, or an array of them. */
function personNames(v: Json): string[] {
  const list = Array.isArray(v) ? v : [v];
  const out: string[] = [];
  for (const a of list) {
    // {"@type": "Organization", "name": "Al Jazeera"}: the outlet credited as author.
    if (isObj(a) && types(a).some((t) => /Organization$/.test(t))) continue;
    const n = isObj(a) ? str(a['name']) : str(a);
    if (n) out.push(n);
  }
  return out;
}

function emails(v: Json): string[] {
  const list = Array.isArray(v) ? v : [v];
  return list
    .map((a) => (isObj(a) ? str(a['email']) : null)?.replace(/^mailto:/i, '') ?? null)
    .filter((x): x is string => x !== null && x.includes('@'));
}

function imageUrls(v: Json): string[] {
  const list = Array.isArray(v) ? v : [v];
  return list.map((x) => (isObj(x) ? str(x['url']) : str(x))).filter((x): x is string => x !== null);
}

function findArticle(roots: Json[]): Record<string, Json> | null {
  const stack = [...roots];
  let visited = 0;
  while (stack.length > 0 && visited++ < MAX_VISITED) {
    const v = stack.shift();
    if (Array.isArray(v)) stack.push(...v);
    else if (isObj(v)) {
      if (types(v).some((t) => ARTICLE_TYPE.test(t))) return v;
      if (v['@graph'] !== undefined) stack.push(v['@graph']);
      if (isObj(v['mainEntity'])) stack.push(v['mainEntity']);
    }
  }
  return null;
}

/** The page's article object from its ld+json scripts; null when there is none or none parses. */
export function readJsonLd(scripts: string[]): LdArticle | null {
  const parsed: Json[] = [];
  for (const s of scripts) {
    try {
      parsed.push(JSON.parse(s) as Json);
    } catch {
      // Broken JSON-LD is common (trailing commas, raw newlines); the page's other metadata still counts.
    }
  }
  const a = findArticle(parsed);
  if (!a) return null;
  const page = a['mainEntityOfPage'];
  return {
    headline: str(a['headline']) ?? str(a['name']),
    datePublished: str(a['datePublished']) ?? str(a['dateCreated']),
    authors: personNames(a['author']),
    authorEmails: emails(a['author']),
    articleBody: str(a['articleBody']),
    publisher: isObj(a['publisher']) ? str(a['publisher']['name']) : null,
    url: str(a['url']) ?? (isObj(page) ? str(page['@id']) : str(page)),
    description: str(a['description']),
    images: imageUrls(a['image']),
  };
}
