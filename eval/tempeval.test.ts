import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ours, scoreTempEval } from './tempeval.js';
import { parseTimeMlBody } from './tempeval-data.js';

test('tempeval: markup is stripped and TIMEX3 offsets point into the plain text', () => {
  const body =
    'Deaths were <EVENT eid="e1">reported</EVENT> in <TIMEX3 tid="t2" type="DATE" value="2013-W11">the last week</TIMEX3> &amp; said <TIMEX3 tid="t3" type="DATE" value="2013-03-22">Friday</TIMEX3>.';
  const { text, timexes } = parseTimeMlBody(body);
  assert.equal(text, 'Deaths were reported in the last week & said Friday.');
  assert.deepEqual(
    timexes.map((t) => [text.slice(t.start, t.end), t.value]),
    [
      ['the last week', '2013-W11'],
      ['Friday', '2013-03-22'],
    ],
  );
});

test('tempeval: scoring counts a wrong value and a missed date against accuracy', () => {
  const { text, timexes } = parseTimeMlBody(
    'On <TIMEX3 type="DATE" value="2013-03-22">Friday</TIMEX3>, in <TIMEX3 type="DATE" value="2011">2011</TIMEX3> and <TIMEX3 type="DATE" value="PAST_REF">the past</TIMEX3>.',
  );
  const s = scoreTempEval([{ id: 'x', dct: '2013-03-22', text, timexes }], ours);
  assert.deepEqual([s.gold, s.found, s.correct], [3, 2, 2]);
});
