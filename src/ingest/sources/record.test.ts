import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordLine, recordInput } from './record.js';

const cases: Array<{ label: string; record: Record<string, unknown>; expected: Record<string, unknown> }> = [
  {
    label: 'KCNA corpus: headline is the title, date the publication date',
    record: {
      id: 'k1',
      url: 'http://kcna.kp/a',
      date: '2024-07-03',
      headline: 'Talks held',
      text: 'Pyongyang, July 3 (KCNA) -- x',
    },
    expected: {
      title: 'Talks held',
      publishedAt: '2024-07-03',
      url: 'http://kcna.kp/a',
      text: 'Pyongyang, July 3 (KCNA) -- x',
    },
  },
  {
    label: 'State Department corpus: text wins over the html fragment; published gives the date',
    record: {
      id: 'u1',
      title: 'Readout',
      published: '2021-05-23T15:30:07+00:00',
      text: 'Office of the Spokesperson',
      html: '<p>Office</p>',
    },
    expected: {
      title: 'Readout',
      publishedAt: '2021-05-23',
      text: 'Office of the Spokesperson',
      html: undefined,
    },
  },
  {
    label: 'an html fragment alone is set in a page with its title as heading',
    record: { id: 'f1', title: 'A & B', html: '<p>Body</p>' },
    expected: {
      html: '<!doctype html><html><head><title>A &amp; B</title></head><body><article><h1>A &amp; B</h1><p>Body</p></article></body></html>',
    },
  },
  {
    label: 'a whole page is kept as it is',
    record: { id: 'p1', html: '<html><body><p>Body</p></body></html>' },
    expected: { html: '<html><body><p>Body</p></body></html>', title: undefined },
  },
];

for (const c of cases) {
  test(`recordInput: ${c.label}`, () => {
    const input = recordInput(c.record) as Record<string, unknown> | null;
    assert.ok(input);
    for (const [key, value] of Object.entries(c.expected)) assert.equal(input[key], value, key);
  });
}

const negativeCases: Array<{ label: string; line: string; error: RegExp }> = [
  { label: 'not JSON', line: '{"id": 1, "text": ', error: /^line 7 is not JSON/ },
  { label: 'an array', line: '[1, 2]', error: /^line 7 is not a JSON object/ },
  {
    label: 'no text or html',
    line: '{"id": "x", "title": "T"}',
    error: /record x\) has no "text" or "html"/,
  },
  { label: 'blank text', line: '{"id": "y", "text": "  "}', error: /has no "text"/ },
  {
    label: 'a date that is no date is dropped, not an error',
    line: '{"id": "z", "text": "t", "date": "soon"}',
    error: /^$/,
  },
];

for (const c of negativeCases) {
  test(`negative: ${c.label}`, () => {
    const parsed = parseRecordLine(c.line, 7);
    if ('error' in parsed) assert.match(parsed.error, c.error);
    else {
      assert.match('', c.error);
      assert.equal(parsed.input.publishedAt, undefined);
    }
  });
}
