import { tagIndex } from './labels.js';
import type { TaggedSentence } from './train.js';

/**
 * Reads the CoNLL-style BIO files in ../shared/data/gum-ner and wikigold-ner: one `token TAG` per line,
 * a blank line between sentences. GUM writes spaces inside tokens as "_".
 */
export function parseBio(content: string): TaggedSentence[] {
  const sentences: TaggedSentence[] = [];
  let words: string[] = [];
  let tags: number[] = [];
  const flush = (): void => {
    if (words.length) sentences.push({ words, tags });
    words = [];
    tags = [];
  };
  for (const line of content.split('\n')) {
    const trimmed = line.trimEnd();
    if (!trimmed) {
      flush();
      continue;
    }
    const cut = trimmed.lastIndexOf(' ');
    if (cut <= 0) throw new Error(`ner: malformed BIO line "${trimmed}"`);
    words.push(trimmed.slice(0, cut).replaceAll('_', ' '));
    tags.push(tagIndex(trimmed.slice(cut + 1)));
  }
  flush();
  return sentences;
}
