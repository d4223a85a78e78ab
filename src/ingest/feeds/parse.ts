import { DomUtils, parseDocument } from 'htmlparser2';

/** htmlparser2's DOM node types, without depending on domhandler (its dependency) directly. */
type Node = ReturnType<typeof parseDocument>['children'][number];
type Element = Extract<Node, { attribs: Record<string, string> }>;

/** One feed entry, reduced to what the pipeline needs. `content` is the full body when the feed has it. */
export interface FeedItem {
  /** guid / id, else the link: the item's key within its feed. */
  id: string;
  link: string | null;
  title: string | null;
  /** YYYY-MM-DD of pubDate / published / dc:date / updated, when it parses. */
  publishedAt: string | null;
  /** content:encoded (RSS) or <content> (Atom): HTML of the whole article. */
  content: string | null;
  /** description (RSS) or <summary> (Atom): often a teaser only. */
  summary: string | null;
}

export interface Feed {
  kind: 'rss' | 'atom' | 'rdf';
  title: string | null;
  items: FeedItem[];
}

/** The root of a feed, past an XML declaration, comments and a doctype: how a body is told to be one. */
const FEED_ROOT =
  /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<(?:rss|feed|rdf:RDF)[\s>]/i;

export function looksLikeFeed(body: string): boolean {
  return FEED_ROOT.test(body.slice(0, 4096));
}

/** Parses RSS 2.0, RSS 1.0 (RDF) and Atom with htmlparser2 in XML mode; null when the root is none of them. */
export function parseFeed(xml: string): Feed | null {
  const doc = parseDocument(xml, { xmlMode: true });
  const root = DomUtils.findOne((e) => ['rss', 'feed', 'rdf:RDF'].includes(e.name), doc.children, true);
  if (!root) return null;
  if (root.name === 'feed') {
    return { kind: 'atom', title: text(root, 'title'), items: children(root, 'entry').map(atomItem) };
  }
  const channel = children(root, 'channel')[0] ?? root;
  // RSS 2.0 nests items in <channel>; RSS 1.0 puts them beside it.
  const items = [...children(channel, 'item'), ...(channel === root ? [] : children(root, 'item'))];
  return {
    kind: root.name === 'rss' ? 'rss' : 'rdf',
    title: text(channel, 'title'),
    items: items.map(rssItem),
  };
}

function rssItem(item: Element): FeedItem {
  const link = text(item, 'link');
  return {
    id: text(item, 'guid') ?? link ?? text(item, 'title') ?? '',
    link,
    title: text(item, 'title'),
    publishedAt: isoDate(text(item, 'pubDate') ?? text(item, 'dc:date')),
    content: text(item, 'content:encoded'),
    summary: text(item, 'description'),
  };
}

function atomItem(entry: Element): FeedItem {
  const link = atomLink(entry);
  return {
    id: text(entry, 'id') ?? link ?? text(entry, 'title') ?? '',
    link,
    title: text(entry, 'title'),
    publishedAt: isoDate(text(entry, 'published') ?? text(entry, 'updated')),
    content: text(entry, 'content'),
    summary: text(entry, 'summary'),
  };
}

/** Atom's article link is rel="alternate" (the default when rel is absent), not rel="self" or "enclosure". */
function atomLink(entry: Element): string | null {
  const links = children(entry, 'link');
  const alternate = links.find((l) => (l.attribs['rel'] ?? 'alternate') === 'alternate') ?? links[0];
  return alternate?.attribs['href']?.trim() || null;
}

const children = (parent: Element, name: string): Element[] =>
  parent.children.filter((c): c is Element => 'attribs' in c && c.name === name);

/** Trimmed text of the first direct child called `name` (CDATA included); null when absent or empty. */
function text(parent: Element, name: string): string | null {
  const child = children(parent, name)[0];
  const value = child ? DomUtils.textContent(child).trim() : '';
  return value === '' ? null : value;
}

function isoDate(value: string | null): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}
