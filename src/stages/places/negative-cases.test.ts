import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placesOf } from './test-helpers.js';

const negatives: { label: string; text: string; evidence: string }[] = [
  {
    label: 'capital as subject is the government, not a place',
    text: 'Seoul and Tokyo concurred on cooperation.',
    evidence: 'concurred',
  },
  {
    label: 'a recipient country after "to"',
    text: "North Korea's transfer of ballistic missiles to Russia was condemned.",
    evidence: 'transfer of ballistic missiles',
  },
  {
    label: 'fire toward a country is not a place',
    text: 'North Korea fired shells toward South Korea.',
    evidence: 'fired shells',
  },
  { label: 'a month after "in" is not a town', text: 'The envoys met in May.', evidence: 'met' },
  { label: 'a lower-case word that is also a town', text: 'They met in private at length.', evidence: 'met' },
  {
    label: 'a place in another sentence',
    text: 'The envoys met. Protests broke out in Seoul.',
    evidence: 'met',
  },
  {
    label: 'a place beyond the clause',
    text: 'The envoys met on Thursday to discuss at great length the many consequences of the decision announced in Tokyo.',
    evidence: 'met',
  },
  {
    label: '"on the Korean Peninsula" as a topic',
    text: 'They condemned statements that escalate tensions on the Korean Peninsula.',
    evidence: 'condemned',
  },
  {
    label: 'a place in the next clause after a comma',
    text: 'Pyongyang conducted a missile test on Sunday, the same day Choe arrived in Russia.',
    evidence: 'Pyongyang conducted a missile test',
  },
];

for (const c of negatives) {
  test(`places negative: ${c.label}`, () => {
    assert.deepEqual(placesOf(c.text, [c.evidence]), [null]);
  });
}
