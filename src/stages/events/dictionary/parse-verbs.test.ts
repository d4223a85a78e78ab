import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstCode, parseVerbDictionary } from './parse-verbs.js';

const DICTIONARY = `
---  GRANT   [060]  ---
CONTRIBUTE [070]
GIVE {GIVES GIVING GAVE GIVEN }
GRANT
ISSUE
- * APPEAL                                            [020]         # ISSUE

---  MEET_PEOPLE   [040]  ---
MEET {MEETS MET MEETING }

---  DELAY   [120]---  ---
POSTPONE
`;

const verbs = parseVerbDictionary(DICTIONARY).verbs;
const byRoot = (root: string) => verbs.find((v) => v.forms[0] === root);

const CASES: { label: string; root: string; code: string | null; inherited: boolean; form?: string }[] = [
  { label: 'own code', root: 'contribute', code: '070', inherited: false },
  { label: 'the block is named for the verb', root: 'grant', code: '060', inherited: false },
  {
    label: 'a synonym takes the block code, marked inherited',
    root: 'issue',
    code: '060',
    inherited: true,
    form: 'issued',
  },
  { label: 'irregular forms listed in braces', root: 'give', code: '060', inherited: true, form: 'gave' },
  {
    label: 'a header whose code runs into its closing dashes still opens a block',
    root: 'postpone',
    code: '120',
    inherited: true,
  },
  {
    label: 'a block named for its verb and a sense',
    root: 'meet',
    code: '040',
    inherited: false,
    form: 'met',
  },
];

for (const c of CASES) {
  test(`verb entry: ${c.label}`, () => {
    const entry = byRoot(c.root);
    assert.ok(entry, `no entry for ${c.root}`);
    assert.equal(entry.code, c.code);
    assert.equal(entry.inherited, c.inherited);
    if (c.form) assert.ok(entry.forms.includes(c.form), entry.forms.join(','));
  });
}

const CODES: [string, string | null][] = [
  ['042:043', '042'],
  [':173', '173'],
  ['---', null],
];

for (const [raw, code] of CODES) {
  test(`first code of [${raw}]`, () => assert.equal(firstCode(raw), code));
}
