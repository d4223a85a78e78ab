// KCNA's pages glue a name to the word after it ("Kim Jong Unexpressed deep thanks", "ComradeKim Il
// Sung"). The entities stage repairs them and its mentions end inside the glued token; the coder
// reads words, so a token a mention starts or ends inside is split there ("Un" | "expressed").
import type { Entity } from '../../../core/document.js';
import type { Span } from '../../../core/span.js';
import type { Sentence } from '../../sentences/index.js';

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** A boundary between two word characters: inside a word, so inside a token. */
const insideWord = (text: string, at: number): boolean =>
  WORD_CHAR.test(text[at - 1] ?? '') && WORD_CHAR.test(text[at] ?? '');

/** Mention boundaries that fall inside a word, sorted (few: most articles have none). */
function boundariesOf(text: string, entities: readonly Entity[]): number[] {
  const out: number[] = [];
  for (const e of entities)
    for (const m of e.mentions) for (const at of [m.start, m.end]) if (insideWord(text, at)) out.push(at);
  return out.sort((a, b) => a - b);
}

function splitTokens(tokens: readonly Span[], cuts: readonly number[], from: number): Span[] {
  const out: Span[] = [];
  let c = from;
  for (const t of tokens) {
    while (c < cuts.length && cuts[c]! <= t.start) c += 1;
    let start = t.start;
    while (c < cuts.length && cuts[c]! < t.end) {
      if (cuts[c]! > start) out.push({ start, end: cuts[c]! });
      start = cuts[c]!;
      c += 1;
    }
    out.push(start === t.start ? t : { start, end: t.end });
  }
  return out;
}

/** The sentences with every token a mention boundary falls inside split at it; others unchanged. */
export function splitGluedTokens(
  text: string,
  sentences: readonly Sentence[],
  entities: readonly Entity[],
): Sentence[] {
  const cuts = boundariesOf(text, entities);
  if (cuts.length === 0) return [...sentences];
  let from = 0;
  return sentences.map((s) => {
    while (from < cuts.length && cuts[from]! <= s.start) from += 1;
    const inside = from < cuts.length && cuts[from]! < s.end;
    if (!inside) return s;
    const tokens = splitTokens(s.tokens, cuts, from);
    return tokens.length === s.tokens.length ? s : { ...s, tokens };
  });
}
