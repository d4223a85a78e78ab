/** The tagger's entity classes: CoNLL-2003's, as its training data (GUM, wikigold) is labelled. */
export const CLASSES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type TaggerClass = (typeof CLASSES)[number];

/** BIO tags; index 0 is O, then B-X, I-X for each class in CLASSES order. The model file stores indices. */
export const TAGS: readonly string[] = ['O', ...CLASSES.flatMap((c) => [`B-${c}`, `I-${c}`])];
export const TAG_COUNT = TAGS.length;
export const OUTSIDE = 0;

const TAG_INDEX = new Map(TAGS.map((t, i) => [t, i]));

export function tagIndex(tag: string): number {
  const i = TAG_INDEX.get(tag);
  if (i === undefined) throw new Error(`ner: unknown tag ${tag}`);
  return i;
}

export const isBegin = (tag: number): boolean => tag % 2 === 1;
/** O has no class; tested first, as CLASSES[-1] is a slow property miss, not an array read. */
export const classOf = (tag: number): TaggerClass | null =>
  tag === OUTSIDE ? null : (CLASSES[(tag - 1) >> 1] ?? null);
/** The I- tag may follow only a B- or I- tag of its own class (BIO well-formedness). */
export const allowedAfter = (prev: number, tag: number): boolean =>
  tag === OUTSIDE || isBegin(tag) || (prev !== OUTSIDE && (prev - 1) >> 1 === (tag - 1) >> 1);

/** A typed run of tokens [start, end) in one sentence's token list. */
export interface TokenRun {
  start: number;
  end: number;
  type: TaggerClass;
}

/** Turns a BIO tag sequence into typed token runs. */
export function runsOf(tags: ArrayLike<number>): TokenRun[] {
  const runs: TokenRun[] = [];
  let open: TokenRun | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i] ?? OUTSIDE;
    const type = classOf(tag);
    if (open && (tag === OUTSIDE || isBegin(tag) || type !== open.type)) {
      runs.push(open);
      open = null;
    }
    if (type && !open) open = { start: i, end: i + 1, type };
    else if (open) open.end = i + 1;
  }
  if (open) runs.push(open);
  return runs;
}
