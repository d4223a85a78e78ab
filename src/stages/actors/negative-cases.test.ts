// What the actors stage must not do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../sentences/index.js';
import { findMentions } from '../entities/index.js';
import { resolveActors, type ActorsOutput } from './index.js';

function run(text: string, date: string | null): ActorsOutput {
  const sentences = splitSentences(text);
  return resolveActors({ text, mentions: findMentions({ text, publishedAt: date, sentences }), sentences });
}

test('negative cases', () => {
  const cases: [label: string, text: string, date: string, check: (out: ActorsOutput) => boolean][] = [
    [
      '"in Seoul" is a place, not the government',
      'They met in Seoul on Monday.',
      '2024-01-18',
      (o) => o.mentionActors.length === 0,
    ],
    [
      '"North Korea" is never KOR',
      'North Korea fired missiles.',
      '2024-01-18',
      (o) => o.entities.every((e) => e.actor?.code !== 'KOR'),
    ],
    [
      'a bare Kim with no antecedent stays unresolved',
      'Kim said the talks failed.',
      '2024-01-18',
      (o) => o.entities.filter((e) => e.type === 'PERSON').every((e) => e.actor === null),
    ],
    [
      'a leader outside their term is not coded as in office',
      'Moon Jae-in visited Busan.',
      '2024-01-18',
      (o) =>
        o.entities.every(
          (e) => !(e.name === 'Moon Jae-in' && e.actor?.sector === 'GOV' && e.actor.role === 'President'),
        ),
    ],
    [
      'camel-case words are not split as glued names',
      'McDonald and YouTube opened offices.',
      '2024-01-18',
      (o) => o.entities.every((e) => e.name !== 'Donald'),
    ],
  ];
  for (const [label, text, date, check] of cases) assert.ok(check(run(text, date)), label);
});
