import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseIsoDay } from './calendar.js';
import { findMentions } from './find.js';
import { resolveText } from './resolve.js';

// Text that must yield no date expression (chrono's negative_cases, for news).
const NEGATIVE: { label: string; text: string }[] = [
  { label: 'May as a verb', text: 'Seoul May respond, officials said.' },
  { label: 'a count, not a year', text: 'It fired 2,024 shells and 1,950 rockets.' },
  { label: 'a percentage', text: 'Support fell to 2010 percent of nothing.' },
  { label: 'an amount', text: 'It cost $2023 in all.' },
  { label: 'a weekday inside a word', text: 'The Mondayisation of labour.' },
  { label: 'a lowercase month word', text: 'They march in august company.' },
  { label: 'a decimal', text: 'A magnitude of 19.99 was logged.' },
  { label: 'a season without a determiner', text: 'The Arab Spring reshaped politics.' },
];

for (const c of NEGATIVE) {
  test(`dates negative: ${c.label}`, () => {
    assert.deepEqual(
      findMentions(c.text).map((m) => m.text),
      [],
    );
  });
}

test('dates negative: "two days after" alone is not a date', () => {
  const found = resolveText('It came two days after the talks.', parseIsoDay('2024-01-18'));
  assert.equal(found.length, 1);
  assert.equal(found[0]?.resolved, null);
});
