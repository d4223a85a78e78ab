import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractText } from './index.js';

/**
 * Body text that looks like page furniture but is not: each input's text must come out whole
 * (paragraphs joined by a blank line), with no title, byline or caption taken from it.
 */
const NEGATIVE: ReadonlyArray<{ label: string; input: string }> = [
  {
    label: 'a paragraph starting with "By" that is a sentence',
    input: 'The envoys met twice in May.\nBy Wednesday, the talks had stalled.\nBoth sides blamed the other.',
  },
  {
    label: 'a quoted line in capitals',
    input: 'Protesters marched in Seoul.\n"NO MORE WAR," THE BANNERS READ.\nPolice watched from a distance.',
  },
  {
    label: 'a real short paragraph at the end',
    input: 'The ministry gave no further details on the launch.\nIt declined to comment.',
  },
  { label: 'a single-line text', input: 'North Korea fired a missile' },
  {
    label: 'a short line repeated far apart is not a caption',
    input:
      'Comrades,\nWe have won a great victory in the struggle.\nComrades,\nLet us advance to a new victory.',
  },
  {
    label: 'a lead sentence with a dash is not a dateline',
    input: 'Kim Jong Un - the leader - visited a munitions factory.\nHe called for more output.',
  },
  {
    label: 'a sentence naming a place and a state is not a place line',
    input: 'Honolulu, Hawaii, hosted the talks.\nThe ministers met for two hours.',
  },
];

for (const c of NEGATIVE) {
  test(`negative: ${c.label}`, () => {
    const a = extractText(c.input, { url: null });
    assert.equal(a.text, c.input.split('\n').join('\n\n'));
    assert.equal(a.title, null);
    assert.deepEqual(a.byline, []);
    assert.deepEqual(a.images, []);
    assert.equal(a.dateline, null);
  });
}

test('negative: an empty text is an empty article with a warning', () => {
  const a = extractText('  \n\n ', { url: null });
  assert.equal(a.text, '');
  assert.equal(a.title, null);
  assert.deepEqual(
    a.messages.map((m) => m.ruleId),
    ['extract/empty-text'],
  );
});
