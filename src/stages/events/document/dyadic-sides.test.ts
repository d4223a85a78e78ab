import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Actor } from '../../../core/document.js';
import type { CodedEvent } from '../coder/code-sentence.js';
import { requireDyadicSides } from './dyadic-sides.js';

const actor = (code: string): Actor => ({ name: code, code, sector: null, role: null });

function coded(
  type: string,
  from: string[],
  to: string[],
  extra: { mode?: string; status?: string } = {},
): CodedEvent {
  return {
    event: {
      type,
      mode: extra.mode ?? null,
      context: [],
      actor: from.map(actor),
      recipient: to.map(actor),
      date: null,
      place: null,
      status: extra.status ?? 'occurred',
      historical: false,
      evidence: { text: '', start: 0, end: 0 },
      quote: null,
      confidence: 0.7,
    },
    cameo: null,
    ruleId: 'events/test',
    subMode: null,
    verb: { start: 0, end: 0 },
  };
}

const CASES: { label: string; event: CodedEvent; recipient: string | null }[] = [
  { label: 'a meeting with both sides stays', event: coded('CONSULT', ['PRK'], ['RUS']), recipient: 'RUS' },
  { label: 'a missile test needs no target', event: coded('MOBILIZE', ['PRK'], []), recipient: '' },
  {
    label: 'a statement of intent needs no counterpart',
    event: coded('AGREE', ['USA'], [], { status: 'intended' }),
    recipient: '',
  },
  {
    label: 'sanctions on an uncoded body (CAMEO 163, COERCE/restrict)',
    event: coded('COERCE', ['USA'], [], { mode: 'restrict' }),
    recipient: '',
  },
  {
    label: 'self-recipient dropped, other kept',
    event: coded('ACCUSE', ['PRK'], ['PRK', 'USA']),
    recipient: 'USA',
  },
];

const NEGATIVE_CASES: { label: string; event: CodedEvent }[] = [
  { label: 'talks with one coded party', event: coded('CONSULT', ['PRK'], []) },
  { label: 'an accusation of nobody', event: coded('ACCUSE', ['UNO'], []) },
  { label: 'the actor as its own target', event: coded('COERCE', ['USA'], ['USA']) },
  { label: 'no actor at all', event: coded('MOBILIZE', [], ['KOR']) },
  { label: 'coercion that is not a sanction', event: coded('COERCE', ['PRK'], []) },
];

for (const c of CASES) {
  test(`dyadic sides: ${c.label}`, () => {
    const [kept] = requireDyadicSides([c.event]);
    assert.ok(kept, 'event kept');
    assert.equal(kept.event.recipient.map((a) => a.code).join('+'), c.recipient);
  });
}

for (const c of NEGATIVE_CASES) {
  test(`dyadic sides drops: ${c.label}`, () => {
    assert.deepEqual(requireDyadicSides([c.event]), []);
  });
}
