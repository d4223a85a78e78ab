import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Actor } from '../../../core/document.js';
import type { CodedEvent } from '../coder/code-sentence.js';
import { requireDyadicSides } from './dyadic-sides.js';

/** A country named in the text ("the USA" for USA); `code!` is the coder's domestic reading, a bare code. */
const actor = (code: string): Actor =>
  code.endsWith('!')
    ? { name: code.slice(0, -1), code: code.slice(0, -1), sector: null, role: null }
    : { name: `the ${code}`, code, sector: null, role: null };
/** A person of that country: another party than the country itself. */
const official = (code: string): Actor => ({
  name: `Minister of ${code}`,
  code,
  sector: 'GOV',
  role: 'Minister',
});

function coded(
  type: string,
  from: (string | Actor)[],
  to: (string | Actor)[],
  extra: { mode?: string; status?: string; evidence?: string } = {},
): CodedEvent {
  const side = (a: string | Actor): Actor => (typeof a === 'string' ? actor(a) : a);
  return {
    event: {
      type,
      mode: extra.mode ?? null,
      context: [],
      actor: from.map(side),
      recipient: to.map(side),
      date: null,
      place: null,
      status: extra.status ?? 'occurred',
      historical: false,
      evidence: { text: extra.evidence ?? '', start: 0, end: 0 },
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
    label: 'a commitment needs no counterpart either',
    event: coded('AGREE', ['VNM'], [], { evidence: 'Vietnam is committed to opening up the economy' }),
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
  {
    label: "the coder's domestic reading (police firing on demonstrators) stays",
    event: coded('ASSAULT', ['EGY'], ['EGY!']),
    recipient: 'EGY',
  },
  {
    label: 'another party of the same country (a government and its prime minister)',
    event: coded('AGREE', ['FJI'], [official('FJI')]),
    recipient: 'FJI',
  },
  {
    label: 'two countries signing a treaty together',
    event: coded('SUPPORT', ['LBY', 'BGR'], []),
    recipient: '',
  },
  {
    label: 'the country word before its rulers ("demanding that the Turkish government …")',
    event: coded('REQUEST', ['TUR'], [{ name: 'Turkish', code: 'TUR', sector: null, role: null }], {
      evidence:
        'The rebel party issued a declaration demanding that the Turkish government provide information',
    }),
    recipient: 'TUR',
  },
  {
    label: 'one country word for both parties, each before a party noun',
    event: coded('PROTEST', ['DZA'], ['DZA'], {
      evidence:
        'the DZA landowners began a hunger strike against property seized by the DZA government forces',
    }),
    recipient: 'DZA',
  },
  { label: 'a killing by a party not named', event: coded('ASSAULT', [], ['IRQ']), recipient: 'IRQ' },
  {
    label: 'the country word at the head of a named body ("the Kenya Anti-Corruption Commission")',
    event: coded('REJECT', [official('KEN')], [{ name: 'Kenya', code: 'KEN', sector: null, role: null }], {
      evidence:
        'Vice-President Awori has declined to resign despite pressure by the Kenya Anti-Corruption Commission',
    }),
    recipient: 'KEN',
  },
  {
    label: "a curfew in the actor's own country",
    event: coded('COERCE', ['TUR'], ['TUR'], { mode: 'curfew' }),
    recipient: 'TUR',
  },
  {
    label: "a protest against the actor's own country named in the text",
    event: coded('PROTEST', ['DZA'], ['DZA']),
    recipient: 'DZA',
  },
  {
    label: 'the country named as a noun phrase of its own ("pressure from Kenya")',
    event: coded('REJECT', [official('KEN')], [{ name: 'Kenya', code: 'KEN', sector: null, role: null }], {
      evidence: 'The vice-president has declined to resign despite growing pressure from Kenya.',
    }),
    recipient: 'KEN',
  },
  { label: 'a withdrawal needs no target', event: coded('RETREAT', ['BIH'], []), recipient: '' },
];

const NEGATIVE_CASES: { label: string; event: CodedEvent }[] = [
  { label: 'talks with one coded party', event: coded('CONSULT', ['PRK'], []) },
  {
    label: 'an AGREE that says no commitment',
    event: coded('AGREE', ['USA'], [], { evidence: 'Americans wanted to raid a base' }),
  },
  { label: 'an accusation of nobody', event: coded('ACCUSE', ['UNO'], []) },
  { label: 'the actor as its own target', event: coded('COERCE', ['USA'], ['USA']) },
  { label: 'no actor at all', event: coded('MOBILIZE', [], ['KOR']) },
  { label: 'a passive invitation without its agent', event: coded('COOPERATE', [], ['RUS']) },
  { label: 'coercion that is not a sanction', event: coded('COERCE', ['PRK'], []) },
  {
    label: 'an official and his own country named bare ("reaffirmed the U.S. commitment")',
    event: coded('SUPPORT', [official('USA')], ['USA']),
  },
  {
    label: 'the country word before an object, not a party ("the U.S. commitment")',
    event: coded('SUPPORT', [official('USA')], [{ name: 'U.S.', code: 'USA', sector: null, role: null }], {
      evidence: 'Kim also reaffirmed the U.S. commitment to the complete denuclearization',
    }),
  },
  {
    label: 'one country word for both, only the actor before a party noun',
    event: coded('ACCUSE', ['USA'], ['USA'], {
      evidence: 'the USA forces caused the pain the USA has inflicted',
    }),
  },
  {
    label: 'the country name as a possessive ("the United States\u2019 policy review")',
    event: coded(
      'ASSAULT',
      [official('USA')],
      [{ name: 'United States', code: 'USA', sector: null, role: null }],
      {
        evidence: 'to discuss the outcomes of the United States\u2019 DPRK policy review',
      },
    ),
  },
  {
    label: 'a joint statement of many with no target ("we condemn these acts")',
    event: coded('ACCUSE', ['CAN', 'FRA', 'DEU', 'USA'], []),
  },
  { label: 'three countries commending with no target', event: coded('SUPPORT', ['CAN', 'FRA', 'DEU'], []) },
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
