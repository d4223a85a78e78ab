import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TypedSpan } from '../consistency.js';
import { gazBit, parseGazetteer } from '../gazetteer.js';
import { companyForm } from './company-form.js';
import { innerTitle } from './inner-title.js';
import { propagate } from './propagate.js';
import type { MentionRule } from './rule.js';
import { unanchoredPerson } from './unanchored-person.js';

/** Marks each name in `text` as [[Name|TYPE]] and returns the plain text with typed spans. */
function parse(marked: string): { text: string; spans: TypedSpan[] } {
  const spans: TypedSpan[] = [];
  let text = '';
  for (const part of marked.split(/(\[\[[^\]]+\]\])/u)) {
    const m = /^\[\[(?<name>[^|]+)\|(?<type>[A-Z]+)\]\]$/u.exec(part);
    if (!m) text += part;
    else {
      const name = m.groups!['name']!;
      spans.push({
        start: text.length,
        end: text.length + name.length,
        type: m.groups!['type'] as TypedSpan['type'],
      });
      text += name;
    }
  }
  return { text, spans };
}

const GAZETTEER = parseGazetteer(`${gazBit('FIRST')}\tjohn\n`);

function run(rule: MentionRule, marked: string): string {
  const { text, spans } = parse(marked);
  return rule
    .apply(spans, { text, gazetteer: GAZETTEER })
    .map((s) => `${text.slice(s.start, s.end)}|${s.type}`)
    .join(', ');
}

const CASES: { rule: MentionRule; label: string; input: string; expected: string }[] = [
  {
    rule: companyForm,
    label: 'legal form joins',
    input: '[[Chrysler|PER]] LLC said',
    expected: 'Chrysler LLC|ORG',
  },
  {
    rule: companyForm,
    label: 'head word retypes',
    input: '[[Singapore Airlines|PER]] flew',
    expected: 'Singapore Airlines|ORG',
  },
  {
    rule: companyForm,
    label: 'a legal form alone goes',
    input: 'Lotto Corp, [[Inc.|PER]] sued',
    expected: '',
  },
  {
    rule: innerTitle,
    label: 'company, title, person',
    input: '[[General Motors CEO Rick Wagoner|PER]] left',
    expected: 'General Motors|ORG, Rick Wagoner|PER',
  },
  {
    rule: innerTitle,
    label: 'lowercase title run',
    input: '[[Airbus chief executive Tom Enders|PER]] said',
    expected: 'Airbus|ORG, Tom Enders|PER',
  },
  {
    rule: innerTitle,
    label: 'leading title only',
    input: '[[Prime Minister John Howard|PER]]',
    expected: 'John Howard|PER',
  },
  {
    rule: unanchoredPerson,
    label: 'a lone company word',
    input: '[[Airbus|PER]] said [[Tom Enders|PER]] left.',
    expected: 'Airbus|ORG, Tom Enders|PER',
  },
  {
    rule: propagate,
    label: 'headline mention found again',
    input: "[[Airbus|ORG]] cuts jobs. Airbus said, and Airbus's staff",
    expected: 'Airbus|ORG, Airbus|ORG, Airbus|ORG',
  },
  {
    rule: propagate,
    label: 'the majority class, not the first',
    input: '[[Byron|LOC]] wrote; [[Byron|PER]] left; [[Byron|PER]] died. Byron slept',
    expected: 'Byron|LOC, Byron|PER, Byron|PER, Byron|PER',
  },
];

/** Inputs each rule must leave as they are. */
const NEGATIVE_CASES: { rule: MentionRule; label: string; input: string }[] = [
  { rule: companyForm, label: 'place with a head word', input: 'in the [[West Bank|LOC]] today' },
  { rule: companyForm, label: 'comma before the form', input: '[[Chrysler|ORG]], Inc. said' },
  { rule: innerTitle, label: 'no title', input: '[[Rick Wagoner|PER]] left' },
  { rule: innerTitle, label: 'title last', input: '[[Smith Secretary|PER]] left' },
  {
    rule: unanchoredPerson,
    label: 'surname of a full name',
    input: '[[Alan Mulally|PER]] spoke; [[Mulally|PER]] left',
  },
  { rule: unanchoredPerson, label: 'after a title', input: 'Secretary [[Cardona|PER]] said' },
  { rule: unanchoredPerson, label: 'a given name', input: '[[John|PER]] said' },
  { rule: unanchoredPerson, label: 'a citation', input: '([[Biggs|PER]] et al., 2011)' },
  { rule: propagate, label: 'inside a longer word', input: '[[Ford|ORG]] and Fordham' },
  { rule: propagate, label: 'other letter case', input: '[[Apple|ORG]] sold an apple' },
  { rule: propagate, label: 'a tie of classes', input: '[[Jordan|LOC]] and [[Jordan|PER]]; Jordan' },
  { rule: propagate, label: 'a place before a name word', input: 'to [[Harrow|LOC]]; the Harrow School' },
];

for (const c of CASES) test(`${c.rule.id}: ${c.label}`, () => assert.equal(run(c.rule, c.input), c.expected));
for (const c of NEGATIVE_CASES) {
  test(`${c.rule.id}, unchanged: ${c.label}`, () => {
    const { text, spans } = parse(c.input);
    assert.equal(
      run(c.rule, c.input),
      spans.map((s) => `${text.slice(s.start, s.end)}|${s.type}`).join(', '),
    );
  });
}
