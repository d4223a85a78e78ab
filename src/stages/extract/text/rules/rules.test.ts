import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Line, LineRule } from '../lines.js';
import { beginText } from './begin-text.js';
import { bylineLine } from './byline-line.js';
import { contactLine } from './contact-line.js';
import { endMark, stripGluedEndMark } from './end-mark.js';
import { looksLikeHeadline } from './headline.js';
import { navBoilerplate } from './nav-boilerplate.js';
import { officeLine } from './office-line.js';
import { placeLine } from './place-line.js';
import { printedDate, publishedLine } from './published-line.js';
import { settingLine } from './setting-line.js';
import { strayTrailing } from './stray-trailing.js';
import { timeLine } from './time-line.js';
import { venueLine } from './venue-line.js';

const body = (text: string): Line => ({ text, kind: 'body', ruleId: null });
const ENGLISH_BODY = [body('The envoys met in Seoul on Thursday and pledged to counter the arms trade.')];
const AFTER_PLACE: Line = { text: 'Honolulu, Hawaii', kind: 'header', ruleId: placeLine.id };

/** Each rule with lines it must claim (true) and look-alikes it must leave (false). */
const CASES: ReadonlyArray<{ rule: LineRule; label: string; line: string; previous?: Line; want: boolean }> =
  [
    { rule: navBoilerplate, label: 'back to top', line: 'Back To Top', want: true },
    { rule: navBoilerplate, label: 'capitals widget title', line: 'MOST POPULAR', want: true },
    { rule: navBoilerplate, label: 'bare label the shared list lacks', line: 'LATEST NEWS', want: true },
    { rule: navBoilerplate, label: 'lower-case subscribe', line: 'subscribe', want: true },
    {
      rule: navBoilerplate,
      label: 'a sentence about subscribers',
      line: 'Most subscribers renewed their plans.',
      want: false,
    },
    { rule: officeLine, label: 'issuing office', line: 'Office of the Spokesperson', want: true },
    {
      rule: officeLine,
      label: 'a sentence naming an office',
      line: 'Office of the Spokesperson staff met reporters.',
      want: false,
    },
    { rule: settingLine, label: 'teleconference', line: 'Via Teleconference', want: true },
    {
      rule: settingLine,
      label: 'a sentence with "via"',
      line: 'Via teleconference, the envoys agreed.',
      want: false,
    },
    { rule: placeLine, label: 'city and abbreviation', line: 'Washington, D.C.', want: true },
    { rule: placeLine, label: 'capitals', line: 'WASHINGTON, D.C.', want: true },
    { rule: placeLine, label: 'city and state', line: 'Honolulu, Hawaii', want: true },
    { rule: placeLine, label: 'a short headline with a comma', line: 'Kim, Putin Sign Pact', want: false },
    {
      rule: venueLine,
      label: 'venue under a place line',
      line: 'Asia-Pacific Center for Security Studies',
      previous: AFTER_PLACE,
      want: true,
    },
    {
      rule: venueLine,
      label: 'the same label with no place line above',
      line: 'Asia-Pacific Center for Security Studies',
      want: false,
    },
    {
      rule: venueLine,
      label: 'a sentence under a place line',
      line: 'SECRETARY BLINKEN: Good afternoon.',
      previous: AFTER_PLACE,
      want: false,
    },
    { rule: timeLine, label: 'clock time with zone', line: '2:32 p.m. EDT', want: true },
    { rule: timeLine, label: 'a sentence with a time', line: '2:32 p.m. was the start.', want: false },
    {
      rule: publishedLine,
      label: 'published stamp with time',
      line: 'Published : Jan. 18, 2024 - 15:40',
      want: true,
    },
    { rule: publishedLine, label: 'updated stamp, ISO', line: 'Updated: 2024-01-18 17:17', want: true },
    {
      rule: publishedLine,
      label: 'a label with no date after it',
      line: 'Published: by the ministry',
      want: false,
    },
    {
      rule: publishedLine,
      label: 'a sentence mentioning an update',
      line: 'Updated figures from January 18, 2024 show a rise in launches.',
      want: false,
    },
    { rule: beginText, label: 'begin text with colon', line: 'Begin Text:', want: true },
    {
      rule: beginText,
      label: 'a sentence starting "Begin"',
      line: 'Begin text messages with a greeting.',
      want: false,
    },
    { rule: bylineLine, label: 'seed byline', line: 'By Ji Da-gyum (dagyumji@heraldcorp.com)', want: true },
    {
      rule: bylineLine,
      label: 'sentence starting "By"',
      line: 'By Wednesday, the talks had stalled.',
      want: false,
    },
    { rule: endMark, label: 'KCNA end mark', line: '-0-', want: true },
    { rule: endMark, label: 'Yonhap end mark', line: '(END)', want: true },
    { rule: endMark, label: 'press release end mark', line: '# # #', want: true },
    { rule: endMark, label: 'end of a quoted statement', line: 'End Text', want: true },
    {
      rule: endMark,
      label: 'transcript closing note',
      line: '(The briefing was concluded at 3:38 p.m.)',
      want: true,
    },
    {
      rule: endMark,
      label: 'a sentence mentioning the end',
      line: 'The END of the war is near.',
      want: false,
    },
    {
      rule: contactLine,
      label: 'press contact',
      line: 'For media inquiries, please contact press@example.gov.',
      want: true,
    },
    {
      rule: contactLine,
      label: 'contact word but no address',
      line: 'For media inquiries, please call the office.',
      want: false,
    },
    { rule: strayTrailing, label: 'Hangul nickname under an English text', line: '지나쌤', want: true },
    { rule: strayTrailing, label: 'a lone word', line: 'maintain', want: true },
    { rule: strayTrailing, label: 'a short last sentence', line: 'He declined to comment.', want: false },
    {
      rule: strayTrailing,
      label: 'a longer closing line without a full stop',
      line: 'Thank you all very much and see you tomorrow',
      want: false,
    },
  ];

for (const c of CASES) {
  test(`${c.rule.id}: ${c.label}`, () => {
    assert.equal(c.rule.test(c.line, { previous: c.previous ?? null, lines: ENGLISH_BODY }), c.want);
  });
}

const GLUED: ReadonlyArray<{ label: string; line: string; want: string | null }> = [
  {
    label: 'KCNA mark after the last sentence',
    line: 'Speeches were made there. -0-',
    want: 'Speeches were made there.',
  },
  { label: 'Yonhap mark', line: 'The talks will resume. (END)', want: 'The talks will resume.' },
  { label: 'no mark', line: 'The talks will resume.', want: null },
  { label: 'a mark alone is not glued', line: '-0-', want: null },
];

for (const c of GLUED) {
  test(`stripGluedEndMark: ${c.label}`, () => assert.equal(stripGluedEndMark(c.line), c.want));
}

const HEADLINES: ReadonlyArray<{ label: string; line: string; want: boolean }> = [
  {
    label: 'headline with a quote',
    line: "S. Korean, US nuclear envoys vow to 'resolutely' counter NK-Russia arms trade",
    want: true,
  },
  { label: 'question headline', line: 'Will Pyongyang test again?', want: true },
  { label: 'a sentence', line: 'The envoys met on Thursday.', want: false },
  { label: 'a clause ending in a colon', line: 'He said:', want: false },
  { label: 'one word', line: 'Comrades', want: false },
];

for (const c of HEADLINES) {
  test(`looksLikeHeadline: ${c.label}`, () => assert.equal(looksLikeHeadline(c.line), c.want));
}

test('printedDate: a "Published" stamp wins over an "Updated" one', () => {
  const stamp = (text: string): Line => ({ text, kind: 'header', ruleId: publishedLine.id });
  const lines = [stamp('Updated : Jan. 19, 2024 - 09:00'), stamp('Published : Jan. 18, 2024 - 15:40')];
  assert.equal(printedDate(lines), '2024-01-18');
  assert.equal(printedDate([body('Published : Jan. 18, 2024')]), null);
});
