// Verbs that attribute words to a speaker, shared by the rules before and after a quote.

/** "said", "told reporters", "issued the following press statement", "condemned … for". */
export const SPEECH_VERB =
  /\b(?:said|says|say|saying|added|adds|noted|notes|stated|states|told|tells|stressed|emphasized|emphasised|warned|declared|wrote|asked|explained|insisted|argued|claimed|claiming|pledged|vowed|urged|condemned|denounced|affirmed|announced|issued|released|made public|make public|published|reiterated|underlined|remarked|commented|described|called)\b/gu;

/** Pronouns and role nouns that refer back to the last person named ("he said", "the minister added"). */
export const BACK_REFERENCE =
  /\b(?:he|she|the (?:minister|president|spokesperson|spokesman|spokeswoman|envoy|official|leader))\b/iu;

/** The statement's own author speaking ("I courteously seek", "We make it clear"). */
export const FIRST_PERSON = /(?:^|\s)(?:I|We)\s/u;

/** Every speech verb in `span`, as spans, in text order. */
export function speechVerbsIn(text: string, start: number, end: number): { start: number; end: number }[] {
  return [...text.slice(start, end).matchAll(SPEECH_VERB)].map((m) => ({
    start: start + m.index,
    end: start + m.index + m[0].length,
  }));
}
