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
 * Patterns without the `i` flag go to matchAll: their `\b` is cheap, and without it a leading optional
 * word (month-name's "in January") would be tried inside every word. A pattern with a `\b` inside a
 * character class (a backspace there) must not come here.
 */
export function matchesOf(text: string, pattern: RegExp): Iterable<RegExpExecArray> {
  return pattern.ignoreCase ? candidateMatches(text, pattern) : text.matchAll(pattern);
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
