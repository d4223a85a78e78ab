// How the coder reads a clause around its verb: relative clauses, readiness words, agentless passives,
// the subject's head, conditional threats, fallback verbs, unnamed domestic targets, intent.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSentences } from '../../sentences/index.js';
import { loadVerbLexicon } from '../dictionary/lexicon.js';
import { gazetteerActors } from './actors.js';
import { clauseAround } from './clauses.js';
import { codeSentence, type CodedEvent } from './code-sentence.js';

function rows(text: string): string[] {
  const lexicon = loadVerbLexicon();
  const actors = gazetteerActors(text);
  const codes = (list: CodedEvent['event']['actor']): string => list.map((a) => a.code).join('+');
  return splitSentences(text)
    .flatMap((s) => codeSentence(text, s, { lexicon, actors }))
    .map((c) => `${c.event.type} ${codes(c.event.actor)}>${codes(c.event.recipient)}`);
}

const CASES: { label: string; text: string; want: string[] }[] = [
  {
    label: 'a relative clause describes its noun, it is no act of the subject',
    text: 'Hungary said it will support a resolution that aims to impose sanctions on Serbia.',
    want: ['AGREE HUN>SRB'],
  },
  {
    label: 'a readiness word yields to its infinitive, announced violence is a threat',
    text: 'Iraq announced that it is prepared to impose martial law.',
    want: ['THREATEN IRQ>IRQ'],
  },
  {
    label: 'a passive without its agent keeps its patient',
    text: 'Three Iraqi civilians were killed in a bombing.',
    want: ['ASSAULT >IRQ'],
  },
  {
    label: 'the subject is the head, not a name after "of"',
    text: 'The Turkish and Greek sides of the island of Cyprus agreed to exchange prisoners.',
    want: ['AGREE TUR>GRC'],
  },
  {
    label: 'a conditional threat targets the party after "if"',
    text: 'Russia threatened to halt the talks if the United States deploys new missiles.',
    want: ['THREATEN RUS>USA'],
  },
  {
    label: 'reject with an object the dictionary does not list',
    text: 'Pakistan rejected a plan drawn up by India.',
    want: ['REJECT PAK>IND'],
  },
  {
    label: 'unnamed domestic people are the actor’s own country',
    text: 'Kenyan police arrested opposition leaders on Monday.',
    want: ['COERCE KEN>KEN'],
  },
  {
    label: 'a light verb with a protest noun is the protest',
    text: 'Algerian teachers staged a hunger strike on Sunday.',
    want: ['PROTEST DZA>DZA'],
  },
  {
    label: 'blocking roads is obstruction, a protest',
    text: 'French farmers blocked roads near the border on Tuesday.',
    want: ['PROTEST FRA>FRA'],
  },
  {
    label: 'a party’s own future act is a statement of intent',
    text: 'Japan will allow the refugees to stay.',
    want: ['AGREE JPN>JPN'],
  },
  {
    label: 'a country after anti- is no party',
    text: 'Lebanese gunmen killed an anti-Syria politician.',
    want: ['ASSAULT LBN>'],
  },
];

for (const c of CASES) {
  test(`clause reading: ${c.label}`, () => {
    assert.deepEqual(rows(c.text), c.want);
  });
}

test('clause reading: an infinitive after a noun is the noun’s content, not an act', () => {
  const clause = (sentence: string, verb: string) => {
    const words = sentence.toLowerCase().split(' ');
    const i = words.indexOf(verb);
    return clauseAround(words, i, i + 1, words.length);
  };
  assert.equal(
    clause("in protest of the government 's refusal to accept the plan", 'accept').subordinate,
    true,
  );
  assert.equal(clause('its decision to send troops', 'send').subordinate, true);
  // Negative: after a subject, "plans to" is the verb and its infinitive the act.
  assert.equal(clause('greece plans to impose restrictions', 'impose').subordinate, false);
});
