// Reads a PETRARCH verb dictionary (CAMEO.2.0.txt, PETR.Validate.verbs.txt): synonym sets, verb blocks
// with their forms, and patterns. Format: ../shared/data/cameo-verbs/dictionaries-format.rst.
import { regularForms } from './verb-forms.js';

/** One pattern: words before and after the verb, in order; `&NAME` is a synonym set. */
export interface Pattern {
  before: string[];
  after: string[];
  /** CAMEO code, or null when the pattern marks a non-event ("[---]"). */
  code: string | null;
}

export interface VerbEntry {
  /** Every surface form, lowercase; multi-word verbs joined by single spaces ("asked for"). */
  forms: string[];
  block: string;
  /** The code of the verb alone, else its block's; null when neither codes an event. */
  code: string | null;
  /**
   * The code is the block's, and the block is named for another verb: ISSUE in GRANT [060] says
   * little alone ("issued a stern reminder" is no cooperation); DEMAND in DEMAND [100] says it all.
   */
  inherited: boolean;
}

export interface VerbDictionary {
  synsets: Record<string, string[]>;
  verbs: VerbEntry[];
  patterns: Record<string, Pattern[]>;
}

const BLOCK_HEADER = /^---\s+(?<name>.+?)\s+\[(?<code>[^\]]*)\][\s-]*---/u;
const CODE = /\[(?<code>[^\]]*)\]/u;
const BRACES = /\{(?<forms>[^}]*)\}/u;
const SLOTS = new Set(['$', '+', '%', '^']);

/** `[042:043]` → 042 (the source-to-target reading); `[:173]` → 173; `[---]` → null. */
export function firstCode(raw: string): string | null {
  const parts = raw
    .split(':')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const code = parts[0] ?? null;
  return code === null || code.startsWith('-') ? null : code;
}

function stripComment(line: string): string {
  const hash = line.indexOf('#');
  return (hash >= 0 ? line.slice(0, hash) : line).trim();
}

/** Plurals as PETRARCH makes them, unless the label or the phrase ends with `_`. */
function synsetPhrases(raw: string, plural: boolean): string[] {
  const noPlural = raw.endsWith('_');
  const phrase = raw.replace(/_+$/u, '').replace(/_/gu, ' ').toLowerCase();
  if (!plural || noPlural) return [phrase];
  const plurals = phrase.endsWith('y')
    ? phrase.slice(0, -1) + 'ies'
    : phrase.endsWith('ss')
      ? phrase + 'es'
      : phrase + 's';
  return [phrase, plurals];
}

/** A verb line: `BRING {BRINGS BRINGING BROUGHT} [code]`, `+ASK_FOR {...}`, `WIRE_+TAP`. */
function verbForms(text: string): string[] {
  const braces = BRACES.exec(text);
  const head = text.replace(BRACES, '').replace(CODE, '').trim();
  const toForm = (s: string): string => s.replace(/\+/gu, '').replace(/_/gu, ' ').toLowerCase();
  if (braces) {
    const listed = (braces.groups?.['forms'] ?? '').split(/\s+/u).filter(Boolean);
    return [...new Set([head, ...listed].map(toForm))];
  }
  const words = head.split('_');
  const marked = words.findIndex((w) => w.startsWith('+'));
  const at = marked >= 0 ? marked : 0;
  const root = (words[at] ?? '').replace('+', '');
  return regularForms(root).map((form) => {
    const copy = [...words];
    copy[at] = form;
    return toForm(copy.join(' '));
  });
}

/** Pattern words: braces and parentheses flattened, actor slots dropped, synsets kept as `&NAME`. */
function patternWords(text: string): string[] {
  return text
    .replace(/[{}()]/gu, ' ')
    .split(/\s+/u)
    .filter((w) => w !== '' && !SLOTS.has(w))
    .map((w) => (w.startsWith('&') ? w.replace(/_+$/u, '') : w.replace(/_/gu, ' ').toLowerCase()));
}

function parsePattern(text: string): Pattern | null {
  const code = CODE.exec(text);
  const body = text.replace(CODE, '').replace(/^-\s*/u, '');
  const star = body.indexOf('*');
  if (!code || star < 0) return null;
  return {
    before: patternWords(body.slice(0, star)),
    after: patternWords(body.slice(star + 1)),
    code: firstCode(code.groups?.['code'] ?? ''),
  };
}

interface ParseState {
  dict: VerbDictionary;
  synset: { name: string; plural: boolean } | null;
  block: { name: string; code: string | null } | null;
}

function readLine(state: ParseState, line: string): void {
  const header = BLOCK_HEADER.exec(line);
  if (header) {
    const name = header.groups?.['name'] ?? '';
    state.block = { name, code: firstCode(header.groups?.['code'] ?? '') };
    state.synset = null;
    state.dict.patterns[name] ??= [];
    return;
  }
  const text = stripComment(line);
  if (text === '' || text.startsWith('~') || text.startsWith('<')) return;
  if (text.startsWith('&')) {
    const name = text.split(/\s+/u)[0] ?? '';
    state.synset = { name: name.replace(/_+$/u, ''), plural: !name.endsWith('_') };
    state.dict.synsets[state.synset.name] = [];
  } else if (state.synset && !state.block && text.startsWith('+')) {
    state.dict.synsets[state.synset.name]?.push(...synsetPhrases(text.slice(1), state.synset.plural));
  } else if (state.block && text.startsWith('-')) {
    const pattern = parsePattern(text);
    if (pattern) state.dict.patterns[state.block.name]?.push(pattern);
  } else if (state.block) {
    const own = CODE.exec(text);
    const code = own ? firstCode(own.groups?.['code'] ?? '') : state.block.code;
    const forms = verbForms(text);
    // MEET_PEOPLE is MEET's block, EXPLAIN_VERBAL EXPLAIN's: the head is the name's first word.
    const head = state.block.name.toLowerCase().split('_')[0];
    state.dict.verbs.push({ forms, block: state.block.name, code, inherited: !own && forms[0] !== head });
  }
}

export function parseVerbDictionary(source: string): VerbDictionary {
  const state: ParseState = { dict: { synsets: {}, verbs: [], patterns: {} }, synset: null, block: null };
  for (const line of source.split(/\r?\n/u)) readLine(state, line);
  return state.dict;
}
