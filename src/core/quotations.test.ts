import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isQuoted, quotedRanges } from './quotations.js';

test('quoted stretches pair their marks within a paragraph', () => {
  const text = 'Officials met. “We condemn the launch,” he said. "Again," they said\nNext "paragraph';
  const ranges = quotedRanges(text);
  const at = (s: string) => isQuoted(ranges, text.indexOf(s));
  assert.equal(at('We condemn'), true);
  assert.equal(at('Again'), true);
  assert.equal(at('Officials'), false);
  assert.equal(at('he said'), false);
  // An unclosed quotation ends with its paragraph.
  assert.deepEqual(
    ranges.map((r) => text.slice(r.start, r.end)),
    ['“We condemn the launch,”', '"Again,"'],
  );
});
