// Every match of a rule's pattern, as `text.matchAll(pattern)` gives them, found faster. Most patterns
// open with `\b` and carry the `i` and `u` flags; with both, `\b` must weigh case folding ("ſ" and the
// Kelvin sign are word characters then), which stops V8's quick scan for the first letters: the twenty
// patterns over an article were 5 % of the pipeline. The same pattern without its `\b` assertions runs
// several times faster, and it matches at every position where the pattern does (dropping an assertion
// only admits more), so it finds the candidate positions and the pattern itself, sticky, decides there.

/** A rule's pattern, sticky, and its candidate finder: the pattern with its `\b` assertions left out. */
interface Compiled {
  sticky: RegExp;
  candidates: RegExp;
}

/** `\b` outside a character class and not itself escaped ("\\b" is a backslash and a "b"). */
const WORD_BOUNDARY = /(?<!\\)((?:\\\\)*)\\b/g;

const compiledPatterns = new WeakMap<RegExp, Compiled>();

function compile(pattern: RegExp): Compiled {
  let compiled = compiledPatterns.get(pattern);
  if (!compiled) {
    const flags = pattern.flags.replace('g', '');
    compiled = {
      sticky: new RegExp(pattern.source, `${flags}y`),
      candidates: new RegExp(pattern.source.replace(WORD_BOUNDARY, '$1'), `${flags}g`),
    };
    compiledPatterns.set(pattern, compiled);
  }
  return compiled;
}

/** The index after the character at `at`: a surrogate pair is one character under the `u` flag. */
function nextIndex(text: string, at: number, unicode: boolean): number {
  if (!unicode) return at + 1;
  return (text.codePointAt(at) ?? 0) > 0xffff ? at + 2 : at + 1;
}

/**
 * The matches of global `pattern` in `text`, left to right, the same as `text.matchAll(pattern)`: each
 * is the leftmost match at or after the end of the one before (the next character after an empty one).
 * Patterns without the `i` flag go to matchAll (their `\b` is cheap, and without it a leading optional
 * word would be tried inside every word), except those opening with that optional word (LEAD_WORD),
 * found by their core. A pattern with a `\b` inside a character class (a backspace there) must not come
 * here.
 */
export function matchesOf(text: string, pattern: RegExp): Iterable<RegExpExecArray> {
  if (pattern.ignoreCase) return candidateMatches(text, pattern);
  if (pattern.source.startsWith(LEAD_WORD)) return leadWordMatches(text, pattern);
  return text.matchAll(pattern);
}

/**
 * An optional leading word, as month-name opens ("in January", "last June"). V8 tries it at every word
 * of the text (then the month at every position), which made month-name the slowest case-sensitive rule.
 */
const LEAD_WORD = '(?:\\b([A-Za-z]+)\\s+)?';

/** The rest of a lead-word pattern, global, compiled once: it finds where a match's core can start. */
const cores = new WeakMap<RegExp, RegExp>();

function coreOf(pattern: RegExp): RegExp {
  let core = cores.get(pattern);
  if (!core) {
    core = new RegExp(pattern.source.slice(LEAD_WORD.length), pattern.flags);
    cores.set(pattern, core);
  }
  return core;
}

const ASCII_LETTER = /[A-Za-z]/;
const WORD_CHARACTER = /\w/;
const SPACE = /\s/u;

/**
 * Where the lead word before a core found at `coreStart` starts: the ASCII letters ending at the spaces
 * before it, with no word character before them (the `\b`), at or after `from`; -1 when there is none.
 * A match can start nowhere else before the first core: inside those letters or spaces `\b` or the
 * core's first letter fails, and any later core's lead word starts at or after this core.
 */
function leadStart(text: string, coreStart: number, from: number): number {
  let at = coreStart;
  while (at > 0 && SPACE.test(text[at - 1] ?? '')) at--;
  if (at === coreStart) return -1;
  const wordEnd = at;
  while (at > 0 && ASCII_LETTER.test(text[at - 1] ?? '')) at--;
  if (at === wordEnd || at < from || (at > 0 && WORD_CHARACTER.test(text[at - 1] ?? ''))) return -1;
  return at;
}

/** The sticky pattern's match at `at`, or null (also for `at` -1). */
function execAt(sticky: RegExp, text: string, at: number): RegExpExecArray | null {
  if (at < 0) return null;
  sticky.lastIndex = at;
  return sticky.exec(text);
}

/**
 * The matches of a pattern opening with LEAD_WORD and then `\b` and a letter, the same as matchAll:
 * each starts at the lead word before the next core, or else at the core itself (where the pattern may
 * still take the core's own word as the lead of a core after it, "January February").
 */
function* leadWordMatches(text: string, pattern: RegExp): Generator<RegExpExecArray> {
  const { sticky } = compile(pattern);
  const core = coreOf(pattern);
  for (let from = 0; from <= text.length;) {
    core.lastIndex = from;
    const found = core.exec(text);
    if (!found) return;
    const match =
      execAt(sticky, text, leadStart(text, found.index, from)) ?? execAt(sticky, text, found.index);
    if (!match) return; // not reached: the pattern matches wherever its core does, without the lead word
    yield match;
    from = match.index + match[0].length;
  }
}

function* candidateMatches(text: string, pattern: RegExp): Generator<RegExpExecArray> {
  const { sticky, candidates } = compile(pattern);
  for (let from = 0; from <= text.length;) {
    candidates.lastIndex = from;
    const candidate = candidates.exec(text);
    if (!candidate) return;
    sticky.lastIndex = candidate.index;
    const match = sticky.exec(text);
    if (!match) {
      from = nextIndex(text, candidate.index, pattern.unicode);
      continue;
    }
    yield match;
    const end = match.index + match[0].length;
    from = end > match.index ? end : nextIndex(text, end, pattern.unicode);
  }
}
