import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DATE_RULES } from './rules/index.js';

/**
 * A rule's `requires` lets findMentions skip texts where its pattern cannot match; it must hold for every
 * match, or a date would silently go missing. Each phrase here is one the rule's pattern matches.
 */
const MATCHED: Record<string, string[]> = {
  'dates/century': ['in the 21st century', 'the 19th-Century treaty'],
  'dates/duration': ['for three days', 'over the past 10 consecutive days'],
  'dates/event-offset': [
    'two days after the launch',
    'the week before the summit',
    'a day prior to the talks',
  ],
  'dates/relative-month': ['last month', 'later this month', 'three months ago'],
  'dates/relative-week': ['next week', 'earlier this week', 'two weeks ago'],
  'dates/relative-year': ['last year', 'the previous fiscal year', 'five years ago'],
  'dates/same-day': ['on the same day', 'the same date', 'that same day', 'That day'],
  'dates/season': ['last spring', 'during the winter', 'early Autumn'],
  'dates/year-end': ['by year-end', 'the end of the year', 'end of next year'],
};

for (const rule of DATE_RULES.filter((r) => r.requires)) {
  test(`${rule.id}: every match of the pattern has what requires asks for`, () => {
    const phrases = MATCHED[rule.id];
    assert.ok(phrases, `a rule with requires needs phrases here: ${rule.id}`);
    for (const phrase of phrases) {
      const text = `Officials said ${phrase}, the report added.`;
      assert.ok([...text.matchAll(rule.pattern)].length > 0, `pattern should match: ${phrase}`);
      assert.ok(rule.requires?.test(text), `requires should match: ${phrase}`);
      assert.ok(!rule.requires?.global, 'requires is not global (test() keeps no position)');
    }
  });
}

test('requires skips a text without the keyword', () => {
  const rule = DATE_RULES.find((r) => r.id === 'dates/century');
  assert.equal(rule?.requires?.test('Officials met on Monday to discuss the launch.'), false);
});
