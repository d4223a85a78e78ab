// English verb morphology, both ways: the regular forms PETRARCH generates for a dictionary root, and a
// light lemmatizer that maps an inflected word back to candidate roots (no POS model is available).

const SIBILANT_END = /(?:s|x|z|ch|sh)$/u;
const CONSONANT_Y = /[^aeiou]y$/u;
const DOUBLED = /([bdgklmnprt])\1$/u;

/** Base, third person, past and gerund of a regular verb: "agree" → agree, agrees, agreed, agreeing. */
export function regularForms(root: string): string[] {
  const r = root.toLowerCase();
  if (r === '') return [];
  const third = CONSONANT_Y.test(r) ? r.slice(0, -1) + 'ies' : SIBILANT_END.test(r) ? r + 'es' : r + 's';
  const past = r.endsWith('e') ? r + 'd' : CONSONANT_Y.test(r) ? r.slice(0, -1) + 'ied' : r + 'ed';
  const gerund = r.endsWith('ee') || !r.endsWith('e') ? r + 'ing' : r.slice(0, -1) + 'ing';
  return [...new Set([r, third, past, gerund])];
}

/**
 * Candidate roots of an inflected word, most likely first: "shelled" → shell; "stopped" → stop
 * (consonant doubling, which the dictionary lists only for some verbs); "urging" → urge.
 */
export function lemmaCandidates(word: string): string[] {
  const w = word.toLowerCase();
  const out: string[] = [];
  const add = (stem: string): void => {
    if (stem.length >= 2 && !out.includes(stem)) out.push(stem);
  };
  for (const suffix of ['ing', 'ed']) {
    if (!w.endsWith(suffix)) continue;
    const stem = w.slice(0, -suffix.length);
    add(stem);
    add(stem + 'e');
    if (DOUBLED.test(stem)) add(stem.slice(0, -1));
    if (suffix === 'ed' && stem.endsWith('i')) add(stem.slice(0, -1) + 'y');
  }
  if (w.endsWith('ies')) add(w.slice(0, -3) + 'y');
  if (w.endsWith('es')) add(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) add(w.slice(0, -1));
  return out;
}
