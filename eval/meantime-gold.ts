/**
 * MEANTIME (../shared/data/meantime-en) as named-entity gold: article text rebuilt from its tokens, and the
 * PER / ORG / LOC names as character spans in that text.
 *
 * MEANTIME marks mention *extents* (the whole noun phrase: "American automobile manufacturer Chrysler LLC",
 * "the provincial government of Ontario") and links each mention to an entity typed PER, ORG, LOC, PRO, FIN
 * or MIX. CoNLL-style taggers (ours, compromise) mark *names*. So each named mention is reduced to its name:
 *   1. mentions of PER / ORG / LOC entities whose syntactic type is NAM or PRE.NAM ("US" in "US markets"),
 *      or untyped mentions that consist only of a name; NOM, PRO, APP, CONJ, ... mentions are not names;
 *   2. the extent is cut at its first comma or parenthesis (a following apposition is not the name);
 *   3. the name is the extent's last run of capitalised tokens (joined by "of", "&", "-", "de"; not "and",
 *      which joins two names in MEANTIME's group mentions: "Boeing and Lockheed Martin"),
 *      after the last title word in it ("U.S. President Barack Obama" → "Barack Obama");
 *   4. a LOC name that is a nationality adjective ("American", "Canadian") is NORP in our scheme and in
 *      CoNLL's (MISC), so it is not scored as LOC (the demonyms of countries-mledoze decide).
 * MEANTIME's LOC covers countries, cities and regions, so it is compared with our LOC (GPE and LOC).
 * Only the first six sentences of each article (title, date line, four body sentences) are annotated,
 * so only names in them are scored (`annotatedEnd`); taggers still read the whole article.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export type GoldClass = 'PER' | 'ORG' | 'LOC';

export interface GoldMention {
  start: number;
  end: number;
  type: GoldClass;
}

export interface GoldDoc {
  name: string;
  text: string;
  tokenCount: number;
  /** End of the annotated part of `text`: MEANTIME marks only sentences 0 to ANNOTATED_SENTENCES - 1. */
  annotatedEnd: number;
  mentions: GoldMention[];
}

const TOKEN = /<token number="\d+" sentence="(?<sentence>\d+)" t_id="(?<id>\d+)">(?<text>[^<]*)<\/token>/g;
const MENTION =
  /<ENTITY_MENTION [^>]*?m_id="(?<id>\d+)"(?: syntactic_type="(?<syn>[^"]*)")?[^>]*>(?<body>[\s\S]*?)<\/ENTITY_MENTION>/g;
const ANCHOR = /t_id="(?<id>\d+)"/g;
const ENTITY = /<ENTITY [^>]*?ent_type="(?<type>[A-Z]+)"[^>]*?m_id="(?<id>\d+)"/g;
const REFERS = /<REFERS_TO[^>]*>(?<body>[\s\S]*?)<\/REFERS_TO>/g;
const SOURCE = /<source m_id="(?<id>\d+)"/g;
const TARGET = /<target m_id="(?<id>\d+)"/;

const ANNOTATED_SENTENCES = 6;
const NAME_TYPES = new Set(['NAM', 'PRE.NAM']);
const UNTYPED = new Set(['', undefined]);
const CONNECTORS = new Set(['of', '&', '-', 'de', 'for']);
/** Title words that precede a name inside MEANTIME extents ("Australian Prime Minister John Howard"). */
const TITLE_WORDS = new Set(
  'president prime minister ceo chairman chief executive officer vice mr mr. mrs ms dr senator governor analyst secretary founder co-founder director spokesman spokeswoman spokesperson judge justice chancellor king queen mayor ambassador professor'.split(
    ' ',
  ),
);
/** A legal form ends a company name: "Chrysler LLC Jim Press" is the company, then the person. */
const LEGAL_FORMS = new Set(['llc', 'inc', 'inc.', 'corp', 'corp.', 'ltd', 'ltd.', 'plc', 'co.']);
/** MEANTIME splits "O'Leary" into "O'" and "Leary"; the rebuilt text joins them again. */
const NAME_PREFIX = /^\p{Lu}['’]$/u;
/** Capitalised words that open sentences but are not names. */
const NOT_NAMES = new Set(
  'the a an it its we our they their he his she her i this that these those'.split(' '),
);

const unescape = (s: string): string =>
  s
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w) && !NOT_NAMES.has(w.toLowerCase());

/** Rebuilds readable text: no space before closing punctuation or clitics, title and date as paragraphs. */
function rebuildText(tokens: { sentence: number; text: string }[]): { text: string; starts: number[] } {
  let text = '';
  const starts: number[] = [];
  let prev: { sentence: number; text: string } | null = null;
  for (const t of tokens) {
    if (prev) {
      if (t.sentence !== prev.sentence && t.sentence <= 2) text += '\n\n';
      else if (
        !/^(?:[,.;:!?)\]%]|'s$|n't$|'$)/.test(t.text) &&
        !/^[($]$/.test(prev.text) &&
        !NAME_PREFIX.test(prev.text)
      )
        text += ' ';
    }
    starts.push(text.length);
    text += t.text;
    prev = t;
  }
  return { text, starts };
}

/** The token range [from, to) of the name inside an extent, or null when the extent names nothing. */
export function nameRange(words: readonly string[], wholeOnly: boolean): [number, number] | null {
  let limit = words.findIndex((w) => w === ',' || w === '(');
  if (limit < 0) limit = words.length;
  let end = limit;
  while (end > 0 && !isCapitalised(words[end - 1]!)) end--;
  let start = end;
  while (start > 0) {
    const w = words[start - 1]!;
    if (isCapitalised(w)) start--;
    else if (CONNECTORS.has(w.toLowerCase()) && start - 2 >= 0 && isCapitalised(words[start - 2]!))
      start -= 2;
    else break;
  }
  for (let i = end - 1; i >= start; i--) {
    const lower = words[i]!.toLowerCase();
    if (TITLE_WORDS.has(lower) || (LEGAL_FORMS.has(lower) && i < end - 1)) {
      start = i + 1;
      break;
    }
  }
  // "Prime Minister of Canada", "the Vice Chairman of Chrysler": a title phrase, not a name.
  if (start >= end || CONNECTORS.has(words[start]!.toLowerCase())) return null;
  if (wholeOnly) {
    const lead = words[0]?.toLowerCase() === 'the' ? 1 : 0;
    if (start !== lead || end !== words.length) return null;
  }
  return [start, end];
}

/**
 * "President of the United States Barack Obama": when another entity's mention opens the name run, the
 * name starts after it (MEANTIME annotates "United States" as a LOC mention of its own).
 */
function afterNested(
  all: readonly { type: string | undefined; ids: number[] }[],
  ids: readonly number[],
  [start, end]: [number, number],
  type: string,
): number {
  for (const other of all) {
    const last = other.ids[other.ids.length - 1];
    if (other.type === type || other.ids[0] !== ids[start] || last === undefined) continue;
    const cut = ids.indexOf(last);
    if (cut >= start && cut < end - 1) return cut + 1;
  }
  return start;
}

function readDoc(path: string, name: string, demonyms: ReadonlySet<string>): GoldDoc {
  const xml = readFileSync(path, 'utf8');
  const tokens = [...xml.matchAll(TOKEN)].map((m) => ({
    id: m.groups!['id']!,
    sentence: Number(m.groups!['sentence']),
    text: unescape(m.groups!['text']!),
  }));
  const index = new Map(tokens.map((t, i) => [t.id, i]));
  const { text, starts } = rebuildText(tokens);
  const entityType = new Map([...xml.matchAll(ENTITY)].map((m) => [m.groups!['id']!, m.groups!['type']!]));
  const typeOf = new Map<string, string>();
  for (const r of xml.matchAll(REFERS)) {
    const target = TARGET.exec(r.groups!['body']!)?.groups?.['id'];
    const type = target ? entityType.get(target) : undefined;
    if (type) for (const s of r.groups!['body']!.matchAll(SOURCE)) typeOf.set(s.groups!['id']!, type);
  }
  const seen = new Set<string>();
  const mentions: GoldMention[] = [];
  const all = [...xml.matchAll(MENTION)].map((m) => ({
    type: typeOf.get(m.groups!['id']!),
    syn: m.groups!['syn'],
    ids: [...m.groups!['body']!.matchAll(ANCHOR)].map((a) => index.get(a.groups!['id']!)!),
  }));
  for (const { type, syn, ids } of all) {
    if (type !== 'PER' && type !== 'ORG' && type !== 'LOC') continue;
    if (!NAME_TYPES.has(syn ?? '') && !UNTYPED.has(syn)) continue;
    const words = ids.map((i) => tokens[i]!.text);
    const range = nameRange(words, UNTYPED.has(syn));
    if (!range) continue;
    range[0] = afterNested(all, ids, range, type);
    const first = ids[range[0]]!;
    const last = ids[range[1] - 1]!;
    const span: GoldMention = { start: starts[first]!, end: starts[last]! + tokens[last]!.text.length, type };
    if (type === 'LOC' && demonyms.has(text.slice(span.start, span.end))) continue;
    const key = `${span.start}:${span.end}:${type}`;
    if (!seen.has(key)) mentions.push(span);
    seen.add(key);
  }
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  const firstUnannotated = tokens.findIndex((t) => t.sentence >= ANNOTATED_SENTENCES);
  const annotatedEnd = firstUnannotated < 0 ? text.length : starts[firstUnannotated]!;
  return { name, text, tokenCount: tokens.length, annotatedEnd, mentions };
}

/** Nationality adjectives ("South Korean", "American") from countries-mledoze (read here, not copied). */
export function readDemonyms(sharedDir: string): Set<string> {
  const path = join(sharedDir, 'data', 'countries-mledoze', 'countries.json');
  const countries = JSON.parse(readFileSync(path, 'utf8')) as {
    demonyms?: { eng?: { m?: string; f?: string } };
  }[];
  const out = new Set(['European', 'Asian', 'African', 'Western', 'Arab']);
  for (const c of countries) for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (d) out.add(d);
  return out;
}

export function readMeantime(sharedDir: string): GoldDoc[] {
  const root = join(sharedDir, 'data', 'meantime-en', 'intra-doc_annotation');
  const demonyms = readDemonyms(sharedDir);
  return readdirSync(root)
    .filter((corpus) => corpus.startsWith('corpus_'))
    .sort()
    .flatMap((corpus) =>
      readdirSync(join(root, corpus))
        .filter((f) => f.endsWith('.xml'))
        .sort()
        .map((f) => readDoc(join(root, corpus, f), `${corpus}/${f}`, demonyms)),
    );
}
