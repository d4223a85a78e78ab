import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TypedSpan } from '../consistency.js';
import { gazBit, parseGazetteer } from '../gazetteer.js';
import { companyRun } from './company-run.js';
import { currencyCode } from './currency-code.js';
import { leadingFunctionWord } from './function-words.js';
import { modelDesignation } from './model-designation.js';
import { notAName } from './not-a-name.js';
import { orgDescriptor } from './org-descriptor.js';
import { placeHead } from './place-head.js';
import { productName } from './product-name.js';
import { rankNumber } from './rank-number.js';
import { titleEdges } from './title-edges.js';
import { titledPerson } from './titled-person.js';
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
    rule: leadingFunctionWord,
    label: 'a sentence-initial preposition comes off',
    input: '[[Unlike Chrysler|ORG]], GM will',
    expected: 'Chrysler|ORG',
  },
  {
    rule: leadingFunctionWord,
    label: 'what follows a title and "of" is its body',
    input: 'the Vice Chairman [[of Chrysler|PER]] said',
    expected: 'Chrysler|ORG',
  },
  {
    rule: leadingFunctionWord,
    label: 'a name never starts inside a word',
    input: 'Apple and AT&[[T. Many|PER]] buyers',
    expected: '',
  },
  { rule: currencyCode, label: 'a currency unit', input: 'for [[US|LOC]]$ 40 billion', expected: '' },
  {
    rule: titledPerson,
    label: 'a title makes a person',
    input: 'Spokeswoman [[Sandy Angers|LOC]] said',
    expected: 'Sandy Angers|PER',
  },
  {
    rule: titledPerson,
    label: 'an honorific inside',
    input: 'to [[Mr Howard|LOC]],',
    expected: 'Mr Howard|PER',
  },
  {
    rule: titledPerson,
    label: 'a missed name after a title',
    input: 'President Dmitry Medvedev went on television',
    expected: 'Dmitry Medvedev|PER',
  },
  {
    rule: titledPerson,
    label: 'a full name after an inverted "said"',
    input: "'' said [[Sebastian Vladescu|ORG]], head of",
    expected: 'Sebastian Vladescu|PER',
  },
  { rule: productName, label: 'a model code', input: 'the [[A350 XWB|PER]] jet', expected: 'A350 XWB|MISC' },
  {
    rule: productName,
    label: 'mixed capitals',
    input: 'the [[PT Cruiser|PER]] line',
    expected: 'PT Cruiser|MISC',
  },
  {
    rule: productName,
    label: 'a flight number',
    input: '[[Adam Air Flight|PER]] 574',
    expected: 'Adam Air Flight|MISC',
  },
  {
    rule: orgDescriptor,
    label: 'a descriptor before a place-typed name',
    input: 'U.S. automaker [[Chrysler|LOC]] said; [[Chrysler|LOC]] cut',
    expected: 'Chrysler|ORG, Chrysler|ORG',
  },
  {
    rule: orgDescriptor,
    label: 'a descriptor before an untagged name, cut at the full stop',
    input: 'German airline Lufthansa. A second',
    expected: 'Lufthansa|ORG',
  },
  {
    rule: modelDesignation,
    label: 'maker and model',
    input: 'the [[Airbus|ORG]] A380 superjumbo',
    expected: 'Airbus|MISC',
  },
  { rule: rankNumber, label: 'a rank', input: 'as [[No.|ORG]] 1 seller', expected: '' },
  {
    rule: titleEdges,
    label: 'a trailing title',
    input: '[[Ryanair CEO|ORG]], Michael',
    expected: 'Ryanair|ORG',
  },
  {
    rule: titleEdges,
    label: 'a leading title with "of"',
    input: 'the Chief [[Executive Officer of General Motors|ORG]]',
    expected: 'General Motors|ORG',
  },
  { rule: notAName, label: 'an interjection', input: 'QUESTION: [[Oh|PER]], okay.', expected: '' },
  {
    rule: notAName,
    label: '"of the" inside',
    input: 'the [[Law of the Sea|PER]] treaty',
    expected: 'Law of the Sea|ORG',
  },
  {
    rule: titledPerson,
    label: 'what a title is "of"',
    input: 'Ri Chang Sik, vice-minister of [[Public Health|PER]], and',
    expected: 'Public Health|ORG',
  },
  {
    rule: titledPerson,
    label: 'an article before title and one word',
    input: 'chief of the KPA General [[Staff|PER]], left',
    expected: 'KPA General Staff|ORG',
  },
  {
    rule: propagate,
    label: 'a family name inside another name is not propagated',
    input: '[[Kim Jong Un|PER]] met Ri Jong Un',
    expected: 'Kim Jong Un|PER',
  },
  {
    rule: titledPerson,
    label: "an office's domain words",
    input: 'Secretary for [[East Asian|PER]] and [[Pacific|PER]] Affairs Dan',
    expected: 'East Asian|MISC, Pacific|MISC',
  },
  {
    rule: titledPerson,
    label: 'no body after a title',
    input: 'Sung Kim, Acting Assistant Secretary Bureau of East Asian Affairs',
    expected: '',
  },
  {
    rule: placeHead,
    label: 'a peninsula',
    input: 'on the [[Korean Peninsula|ORG]].',
    expected: 'Korean Peninsula|LOC',
  },
  {
    rule: companyRun,
    label: 'an untagged company',
    input: 'She has been with General Motors for 33 years.',
    expected: 'General Motors|ORG',
  },
  {
    rule: companyRun,
    label: 'a partial mention grows to the run, without the possessive',
    input: "Unlike General [[Motors Corporation|ORG]]'s plan",
    expected: 'General Motors Corporation|ORG',
  },
  {
    rule: propagate,
    label: 'a family name after the full name',
    input: '[[Alan Mulally|PER]] spoke. Mulally says',
    expected: 'Alan Mulally|PER, Mulally|PER',
  },
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
  { rule: leadingFunctionWord, label: 'a name word', input: '[[Kim Jong Un|PER]] said' },
  { rule: currencyCode, label: 'a country', input: 'the [[US|LOC]] $ rate' },
  { rule: titledPerson, label: 'a title modifier', input: 'Former [[Soviet Union|LOC]] states' },
  { rule: titledPerson, label: '"said" before a one-word body', input: 'said [[Boeing|ORG]].' },
  { rule: titledPerson, label: '"said" before a company', input: 'said [[Ford Motor|ORG]].' },
  { rule: productName, label: 'initials and numerals', input: '[[J. R. Smith III|PER]] left' },
  { rule: productName, label: 'a headline in capitals', input: '[[KIM JONG UN|PER]] VISITS' },
  { rule: orgDescriptor, label: 'a weekday', input: 'the company Tuesday said' },
  { rule: orgDescriptor, label: 'a title after the noun', input: 'the company [[Chairman Bob Lutz|PER]]' },
  { rule: notAName, label: 'a particle inside', input: '[[Ursula von der Leyen|PER]] said' },
  {
    rule: titledPerson,
    label: 'a full name after an article and a title',
    input: 'The Foreign Minister [[Choe Son Hui|PER]] left',
  },
  { rule: titledPerson, label: 'a person "of" no title', input: 'the son [[of Kim Il Sung|PER]]' },
  { rule: placeHead, label: 'a treaty', input: 'the [[Law of the Sea|ORG]]' },
  { rule: placeHead, label: 'a fleet', input: 'the [[Black Sea Fleet|ORG]]' },
  { rule: companyRun, label: 'a place with a head word', input: 'in the [[West Bank|LOC]] today' },
  { rule: companyRun, label: 'one word after a sentence end', input: 'in [[Seoul|LOC]]. Motors were sold' },
  { rule: modelDesignation, label: 'a year', input: '[[Boeing|ORG]] 2007 results' },
  { rule: titleEdges, label: 'an office of a title', input: 'the [[Office of the President|ORG]]' },
  { rule: titleEdges, label: 'a department of a title word', input: 'the [[Department of Justice|ORG]]' },
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
