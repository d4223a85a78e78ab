import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clauseBias } from './bias.js';

/** The bias of the first `date` in `sentence`. */
function biasOf(sentence: string, date: string) {
  const start = sentence.indexOf(date);
  assert.ok(start >= 0, date);
  return clauseBias(sentence, { start: 0, end: sentence.length }, { start, end: start + date.length });
}

test('a future marker in the date’s clause points forward', () => {
  assert.equal(biasOf('Kim will visit Moscow on Monday.', 'Monday'), 'future');
  assert.equal(biasOf('A meeting on Monday is set to open the talks.', 'Monday'), 'future');
  assert.equal(biasOf('Kim visited Moscow on Monday.', 'Monday'), 'past');
});

test('a reported clause after the date is not the date’s clause', () => {
  assert.equal(biasOf('Kang warned Saturday that Pyongyang will take countermeasures.', 'Saturday'), 'past');
  assert.equal(biasOf('Kim said Monday he will visit Moscow.', 'Monday'), 'past');
});
