import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Actor } from '../../../core/document.js';
import { eventAt } from '../../../core/event-fixture.js';
import type { CodedEvent } from '../coder/code-sentence.js';
import { eventAnaphora } from './event-anaphora.js';

const country = (code: string): Actor => ({ name: code, code, sector: null, role: null });

const TEXT =
  'North Korea fired two missiles on Monday. Japan condemned the launch. ' +
  'Seoul rejected the latest attack. Russia criticized the plan.';

/** An event coded from `verb`, its evidence running from the verb to the sentence's end. */
function coded(type: string, verb: string, actor: string): CodedEvent {
  const start = TEXT.indexOf(verb);
  const end = TEXT.indexOf('.', start);
  const event = eventAt(TEXT, TEXT.slice(start, end), { type, actor: [country(actor)] });
  return {
    event,
    cameo: null,
    ruleId: 'events/test',
    subMode: null,
    verb: { start, end: start + verb.length },
  };
}

test('a reaction to "the launch" is aimed at the party that launched', () => {
  const events = [
    coded('MOBILIZE', 'fired', 'PRK'),
    coded('ACCUSE', 'condemned', 'JPN'),
    coded('REJECT', 'rejected', 'KOR'),
    coded('ACCUSE', 'criticized', 'RUS'),
  ];
  const recipients = eventAnaphora(TEXT, events).map((c) => c.event.recipient.map((a) => a.code).join('+'));
  // No attack was told before "the latest attack", and "the plan" is no event noun.
  assert.deepEqual(recipients, ['', 'PRK', '', '']);
});
