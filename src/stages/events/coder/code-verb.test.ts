import assert from 'node:assert/strict';
import { test } from 'node:test';
import { VerbLexicon } from '../dictionary/lexicon.js';
import { parseVerbDictionary } from '../dictionary/parse-verbs.js';
import { startsLowercase } from './clauses.js';
import { chooseAmongEntries } from './code-verb.js';

/** "press" in three blocks: a verb of two entries with codes, one without. */
const DICTIONARY = `
---  DEMAND   [100]  ---
PRESS
- * WITHDRAWAL                                        [1056]        # PRESS

---  PUSH   [120]  ---
PRESS
- * CAMPAIGN                                          [190]         # PRESS

---  IDLE   [---]  ---
IDLE
`;

const lexicon = new VerbLexicon(parseVerbDictionary(DICTIONARY), {});

function chosen(sentence: string, verb: string): { code: string | null; block: string } | null {
  const words = sentence.split(' ');
  const at = words.indexOf(verb);
  const entries = lexicon.lookup(words, at)?.entries ?? [];
  const window = { words, beforeStart: 0, verbStart: at, verbEnd: at + 1, afterEnd: words.length };
  const found = chooseAmongEntries(lexicon, entries, window);
  return found && { code: found.choice.code, block: found.entry.block };
}

const CASES: {
  label: string;
  sentence: string;
  verb: string;
  want: { code: string; block: string } | null;
}[] = [
  {
    label: "the first entry's pattern",
    sentence: 'x pressed withdrawal',
    verb: 'pressed',
    want: { code: '1056', block: 'DEMAND' },
  },
  {
    label: "a later entry's pattern beats the first entry's own code",
    sentence: 'x pressed a campaign',
    verb: 'pressed',
    want: { code: '190', block: 'PUSH' },
  },
  {
    label: "no pattern: the first entry's own code",
    sentence: 'x pressed it',
    verb: 'pressed',
    want: { code: '100', block: 'DEMAND' },
  },
  { label: 'no entry codes an event', sentence: 'x idled', verb: 'idled', want: null },
];

for (const c of CASES) {
  test(`choose among entries: ${c.label}`, () => assert.deepEqual(chosen(c.sentence, c.verb), c.want));
}

const STARTS: [string, boolean][] = [
  ['attack', true],
  ['zone', true],
  ['Attack', false],
  ['`', false],
  ['{', false],
  ['1st', false],
  [',', false],
  ['', false],
];

for (const [word, want] of STARTS) {
  test(`starts lowercase: ${JSON.stringify(word)}`, () =>
    assert.equal(startsLowercase(word), want, `/^[a-z]/ says ${/^[a-z]/u.test(word)}`));
}
