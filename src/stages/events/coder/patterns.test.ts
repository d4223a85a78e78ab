import assert from 'node:assert/strict';
import { test } from 'node:test';
import { VerbLexicon } from '../dictionary/lexicon.js';
import { parseVerbDictionary } from '../dictionary/parse-verbs.js';
import { chooseCode } from './patterns.js';

/** A two-block dictionary in CAMEO.2.0.txt's format: patterns shared by the verbs of a block. */
const DICTIONARY = `
&CURRENCY
+DOLLAR
+AID_

---  DEMAND   [100]  ---
DEMAND
PRESS
- * ON                                                [190]         # PRESS
- * &CURRENCY                                         [103]         # DEMAND
- * WITHDRAWAL                                        [1056]        # DEMAND

---  REJECT   [120]  ---
REJECT
- * OFFER (FOR TALKS)                                 [125]         # REJECT
`;

const lexicon = new VerbLexicon(parseVerbDictionary(DICTIONARY), {});

function codeOf(sentence: string, verb: string): string | null {
  const words = sentence.toLowerCase().split(' ');
  const at = words.indexOf(verb);
  const found = lexicon.lookup(words, at);
  const entry = found?.entries[0];
  assert.ok(entry, `no entry for ${verb}`);
  const window = { words, beforeStart: 0, verbStart: at, verbEnd: at + 1, afterEnd: words.length };
  return chooseCode(lexicon, entry, window).code;
}

const CASES: { label: string; sentence: string; verb: string; code: string | null }[] = [
  {
    label: 'pattern word right after the verb',
    sentence: 'x demanded withdrawal of troops',
    verb: 'demanded',
    code: '1056',
  },
  {
    label: 'skips a determiner and adjectives',
    sentence: 'x rejected a fresh offer for direct talks',
    verb: 'rejected',
    code: '125',
  },
  { label: 'synonym set element', sentence: 'x demanded more aid', verb: 'demanded', code: '103' },
  { label: 'verb alone without a pattern', sentence: 'x demanded it', verb: 'demanded', code: '100' },
  {
    label: 'a pattern word far into a complement clause does not match',
    sentence: 'x demanded that the sudanese government end curbs on press freedom',
    verb: 'demanded',
    code: '100',
  },
];

for (const c of CASES) {
  test(`pattern choice: ${c.label}`, () => {
    assert.equal(codeOf(c.sentence, c.verb), c.code);
  });
}
