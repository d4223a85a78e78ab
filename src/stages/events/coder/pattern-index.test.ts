import assert from 'node:assert/strict';
import { test } from 'node:test';
import { VerbLexicon } from '../dictionary/lexicon.js';
import { parseVerbDictionary } from '../dictionary/parse-verbs.js';
import { patternIndex } from './pattern-index.js';

/** One block in CAMEO.2.0.txt's format: a plain word, a synonym set, a phrase and a word before the verb. */
const DICTIONARY = `
&CURRENCY
+DOLLAR
+AID_

---  DEMAND   [100]  ---
DEMAND
- * WITHDRAWAL                                        [1056]        # DEMAND
- * &CURRENCY                                         [103]         # DEMAND
- * PRESS_ON                                          [190]         # DEMAND
- POLICE * RELEASE                                    [1041]        # DEMAND
`;

const lexicon = new VerbLexicon(parseVerbDictionary(DICTIONARY), {});

/** The codes of the patterns tried for "demanded" in the sentence, most specific first. */
function tried(sentence: string): (string | null)[] {
  const words = sentence.split(' ');
  const at = words.indexOf('demanded');
  const window = { words, beforeStart: 0, verbStart: at, verbEnd: at + 1, afterEnd: words.length };
  return patternIndex(lexicon, 'DEMAND')
    .candidates(window, 5)
    .map((c) => c.pattern.code);
}

const CASES: { label: string; sentence: string; codes: (string | null)[] }[] = [
  { label: 'no pattern word in the clause', sentence: 'x demanded it', codes: [] },
  { label: 'a plural of the pattern word', sentence: 'x demanded withdrawals', codes: ['1056'] },
  { label: 'a synonym set phrase', sentence: 'x demanded more aid', codes: ['103'] },
  { label: 'a phrase by its first word', sentence: 'x demanded a press conference', codes: ['190'] },
  { label: 'a word on the wrong side of the verb', sentence: 'x demanded police', codes: [] },
  {
    label: 'more words first',
    sentence: 'police demanded release of aid',
    codes: ['1041', '103'],
  },
];

for (const c of CASES) {
  test(`pattern index: ${c.label}`, () => {
    assert.deepEqual(tried(c.sentence), c.codes);
  });
}
