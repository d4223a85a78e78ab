import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSentences } from '../../sentences/index.js';
import { loadVerbLexicon } from '../dictionary/lexicon.js';
import { gazetteerActors } from './actors.js';
import { codeSentence, type CodedEvent } from './code-sentence.js';

function code(text: string): CodedEvent[] {
  const lexicon = loadVerbLexicon();
  const actors = gazetteerActors(text);
  return splitSentences(text).flatMap((s) => codeSentence(text, s, { lexicon, actors }));
}

const codes = (list: CodedEvent['event']['actor']): string => list.map((a) => a.code).join('+');

interface Case {
  label: string;
  text: string;
  type: string;
  actor: string;
  recipient?: string;
  status?: string;
  mode?: string;
  subMode?: string;
}

const CASES: Case[] = [
  {
    label: 'speaking with someone consults them',
    text: 'The United States spoke by phone with Japan on Monday.',
    type: 'CONSULT',
    actor: 'USA',
    recipient: 'JPN',
  },
  {
    label: 'thanks expressed are praise, not disapproval',
    text: 'North Korea expressed deep thanks to Russia for the aid.',
    type: 'SUPPORT',
    actor: 'PRK',
    recipient: 'RUS',
  },
  {
    label: 'receiving a delegation hosts a visit',
    text: 'North Korea received a military delegation of Russia on July 18.',
    type: 'CONSULT',
    actor: 'PRK',
    recipient: 'RUS',
    mode: 'visit',
  },
  {
    label: 'the body whose resolutions were violated is no object',
    text: 'Japan condemned the launch as a clear violation of UN Security Council resolutions.',
    type: 'ACCUSE',
    actor: 'JPN',
    recipient: '',
  },
  {
    label: 'the body whose resolution is vetoed is the object',
    text: 'The United States vetoed a Security Council resolution on Monday.',
    type: 'REJECT',
    actor: 'USA',
    recipient: 'UNO',
  },
  {
    label: 'active voice',
    text: 'Israel attacked Lebanon on Sunday.',
    type: 'ASSAULT',
    actor: 'ISR',
    recipient: 'LBN',
  },
  {
    label: 'passive voice flips',
    text: 'North Korea was condemned by Japan on Monday.',
    type: 'ACCUSE',
    actor: 'JPN',
    recipient: 'PRK',
  },
  {
    label: 'compound actor of a joint act splits into the two sides',
    text: 'Jordan and Britain agreed to hold joint exercises.',
    type: 'AGREE',
    actor: 'JOR',
    recipient: 'GBR',
  },
  {
    label: 'X and Y met: symmetric meeting',
    text: 'Seoul and Tokyo met in Geneva on Monday.',
    type: 'CONSULT',
    actor: 'KOR',
    recipient: 'JPN',
  },
  {
    label: 'title country folds into the titled person',
    text: 'Japanese Foreign Minister Hayashi Yoshimasa met Chinese Foreign Minister Wang Yi.',
    type: 'CONSULT',
    actor: 'JPN',
    recipient: 'CHN',
  },
  {
    label: 'weapons test has no recipient unless fired at one',
    text: 'Pyongyang launched a ballistic missile on Sunday, the day Choe arrived in Russia.',
    type: 'MOBILIZE',
    actor: 'PRK',
    recipient: '',
    subMode: 'missile-test',
  },
  {
    label: 'order of violence is a threat',
    text: 'Kim Jong-un directed the occupation of South Korea in the event of war.',
    type: 'THREATEN',
    actor: 'PRK',
    recipient: 'KOR',
  },
  {
    label: 'meeting',
    text: 'South Korea met Japan in Tokyo.',
    type: 'CONSULT',
    actor: 'KOR',
    recipient: 'JPN',
  },
  {
    label: 'planned',
    text: 'China will visit Russia next week.',
    type: 'CONSULT',
    actor: 'CHN',
    status: 'planned',
  },
  {
    label: 'intent to aid is AGREE',
    text: 'France is ready to send troops to Lebanon.',
    type: 'AGREE',
    actor: 'FRA',
    status: 'intended',
  },
  {
    label: 'alleged',
    text: 'Russia reportedly attacked Ukraine.',
    type: 'ASSAULT',
    actor: 'RUS',
    status: 'alleged',
  },
  {
    label: 'missile test',
    text: 'North Korea test-fired two ballistic missiles into the sea.',
    type: 'MOBILIZE',
    actor: 'PRK',
    mode: 'weapons',
    subMode: 'missile-test',
  },
  {
    label: 'artillery fire into the sea',
    text: 'North Korea fired around 350 shells toward the western maritime border.',
    type: 'MOBILIZE',
    actor: 'PRK',
    subMode: 'artillery-fire',
  },
  {
    label: 'pledge is AGREE',
    text: 'South Korea pledged to counter North Korea.',
    type: 'AGREE',
    actor: 'KOR',
  },
  {
    label: 'refusal of a cooperative act is REJECT',
    text: 'Egypt refused to meet Israel.',
    type: 'REJECT',
    actor: 'EGY',
    recipient: 'ISR',
  },
  {
    label: 'future negation is a refusal',
    text: 'Japan would not allow China to inspect the site.',
    type: 'REJECT',
    actor: 'JPN',
    recipient: 'CHN',
  },
  {
    label: 'obligation voiced by a speaker is its REQUEST to the obliged party',
    text: 'France said on Monday that Syria must withdraw its troops.',
    type: 'REQUEST',
    actor: 'FRA',
    recipient: 'SYR',
  },
  {
    label: 'obligation after a reminder to the party named before the clause',
    text: 'Germany sent a reminder to Iran that it should cooperate with inspectors.',
    type: 'REQUEST',
    actor: 'DEU',
    recipient: 'IRN',
  },
  {
    label: 'a light verb coded only by its block yields to the verb it introduces',
    text: 'Spain issued a declaration demanding that Morocco release the fishermen.',
    type: 'REQUEST',
    actor: 'ESP',
    recipient: 'MAR',
  },
];

for (const c of CASES) {
  test(`codes: ${c.label}`, () => {
    const found = code(c.text);
    const event = found.find((e) => e.event.type === c.type);
    assert.ok(event, `no ${c.type} in ${JSON.stringify(found.map((e) => e.event.type))}`);
    assert.equal(codes(event.event.actor), c.actor);
    if (c.recipient !== undefined) assert.equal(codes(event.event.recipient), c.recipient);
    assert.equal(event.event.status, c.status ?? 'occurred');
    if (c.mode !== undefined) assert.equal(event.event.mode, c.mode);
    if (c.subMode !== undefined) assert.equal(event.subMode, c.subMode);
    assert.ok(event.event.evidence.text.length > 0);
  });
}

const NEGATIVE_CASES: { label: string; text: string }[] = [
  { label: 'negated verb', text: 'Israel did not attack Lebanon.' },
  { label: 'event noun after a determiner', text: 'The attack on Lebanon.' },
  { label: 'no actor', text: 'Officials attacked the plan.' },
  { label: 'reporting verb only', text: 'Japan said on Monday.' },
  { label: 'uncoded verb', text: 'Japan accelerated.' },
  {
    label: 'name after "about" is no subject',
    text: 'There are apprehensions about Russia procuring weapons.',
  },
  { label: 'participle after a comma', text: 'The statement was long, addressing North Korea.' },
  { label: 'held without a meeting noun', text: 'Japan held its ground.' },
  { label: 'a response received is no visit', text: 'North Korea received a warm response.' },
  { label: 'speaking to reporters consults no one', text: 'Japan spoke to reporters about Russia.' },
  {
    label: 'issuing a text is no event of its own',
    text: 'North Korea issued the following article "The U.S. and Japan had better think again":',
  },
  { label: '"neither … nor" negates', text: 'Japan has neither courage nor intention to condemn Israel.' },
];

for (const c of NEGATIVE_CASES) {
  test(`codes nothing: ${c.label}`, () => {
    assert.deepEqual(
      code(c.text).map((e) => e.event.type),
      [],
    );
  });
}

test('a light verb coded only by its block is not coded beside a verb coded on its own', () => {
  const types = code('Spain issued a declaration demanding that Morocco release the fishermen.');
  assert.deepEqual(
    types.map((e) => e.event.type),
    ['REQUEST'],
  );
});

test('an infinitive after an adverb is still the complement of the request', () => {
  const found = code('Japan strongly urged Iran to fully comply with the resolutions.');
  assert.deepEqual(
    found.map((e) => `${e.event.type} ${codes(e.event.actor)}>${codes(e.event.recipient)}`),
    ['REQUEST JPN>IRN'],
  );
});

test('an obligation with no speaker before it is no request', () => {
  const types = code('Syria must withdraw its troops from Lebanon.').map((e) => e.event.type);
  assert.ok(!types.includes('REQUEST'), types.join(','));
});

test('historical flag for a pluperfect', () => {
  const [event] = code('Israel had attacked Lebanon.');
  assert.equal(event?.event.historical, true);
});

test('nominal events: visit, meeting between two parties, arms transfer, scheduled meeting', async () => {
  const { codeNominals } = await import('./nominal.js');
  const text =
    "Choe's visit to Russia drew notice. Officials discussed a meeting between Russia and Japan. " +
    "North Korea's transfer of ballistic missiles to Russia continued. " +
    'A meeting of envoys from South Korea, the US and Japan was set to occur.';
  const actors = gazetteerActors(text);
  const found = splitSentences(text).flatMap((s) => codeNominals(text, s, actors));
  const rows = found.map(
    (c) => `${c.event.type} ${codes(c.event.actor)}>${codes(c.event.recipient)} ${c.event.status}`,
  );
  assert.ok(rows.includes('CONSULT RUS>JPN occurred'), rows.join('; '));
  assert.ok(rows.includes('AID PRK>RUS occurred'), rows.join('; '));
  assert.ok(rows.includes('CONSULT KOR>USA+JPN planned'), rows.join('; '));
  // Negative: an event noun with no party named codes nothing ("Choe" is no gazetteer actor here).
  assert.ok(!rows.some((r) => r.startsWith('CONSULT >')), rows.join('; '));
});
