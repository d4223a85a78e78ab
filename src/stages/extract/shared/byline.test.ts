import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseByline } from './byline.js';

const BYLINES: ReadonlyArray<{ label: string; input: string; names: string[]; emails: string[] }> = [
  {
    label: '"By" with an e-mail in parentheses',
    input: 'By Ji Da-gyum (dagyumji@heraldcorp.com)',
    names: ['Ji Da-gyum'],
    emails: ['dagyumji@heraldcorp.com'],
  },
  {
    label: '"By" two names joined by "and"',
    input: 'By Kim Tong-hyung and Hyung-jin Kim',
    names: ['Kim Tong-hyung', 'Hyung-jin Kim'],
    emails: [],
  },
  {
    label: 'two names without "By"',
    input: 'Josh Smith and Hyonhee Shin',
    names: ['Josh Smith', 'Hyonhee Shin'],
    emails: [],
  },
  {
    label: 'name and e-mail without "By"',
    input: 'Lee Jung-joo (jj@example.com)',
    names: ['Lee Jung-joo'],
    emails: ['jj@example.com'],
  },
  { label: 'name and staff role', input: 'Shin Ji-hye, Staff Reporter', names: ['Shin Ji-hye'], emails: [] },
  {
    label: 'state.gov author line',
    input: 'Antony J. Blinken, Secretary of State',
    names: ['Antony J. Blinken'],
    emails: [],
  },
  {
    label: 'honorific stripped, bureau glued to the role',
    input: 'Ambassador Bonnie Denise Jenkins, Under Secretary for Arms Control and International Security',
    names: ['Bonnie Denise Jenkins'],
    emails: [],
  },
  {
    label: 'role with the bureau glued on',
    input: 'Lisa Peterson, Acting Assistant SecretaryBureau of Democracy, Human Rights, and Labor',
    names: ['Lisa Peterson'],
    emails: [],
  },
  { label: 'wire name after a bar', input: 'Jack Kim | Reuters', names: ['Jack Kim'], emails: [] },
  { label: 'lower-case "by"', input: 'by Choe Sang-Hun', names: ['Choe Sang-Hun'], emails: [] },
  {
    label: 'Korean columnist with an e-mail',
    input: '칼럼니스트 박생강 pillgoo9@gmail.com',
    names: ['박생강'],
    emails: ['pillgoo9@gmail.com'],
  },
  { label: 'Korean reporter after the name', input: '홍길동 기자', names: ['홍길동'], emails: [] },
  {
    label: 'Korean agency tag, reporter and e-mail',
    input: '[서울=뉴시스] 김철수 기자 = kim@newsis.com',
    names: ['김철수'],
    emails: ['kim@newsis.com'],
  },
];

for (const c of BYLINES) {
  test(`parseByline: ${c.label}`, () =>
    assert.deepEqual(parseByline(c.input), { names: c.names, emails: c.emails }));
}

const NOT_BYLINES: ReadonlyArray<{ label: string; input: string }> = [
  { label: 'a sentence starting with "By" and a weekday', input: 'By Wednesday, the talks had stalled.' },
  { label: 'a sentence starting with "By" and a noun', input: 'By contrast, Seoul kept quiet.' },
  {
    label: 'a headline with a comma',
    input: "S. Korean, US nuclear envoys vow to 'resolutely' counter NK-Russia arms trade",
  },
  { label: 'a place line', input: 'Washington, D.C.' },
  { label: 'a lone name (a paragraph, not a byline)', input: 'Kim Jong Un' },
  { label: 'an issuing office', input: 'Office of the Spokesperson' },
  { label: 'a name followed by a clause', input: 'Kim Gunn, who met Pak on Thursday, said so' },
  { label: 'empty', input: '' },
  { label: 'a Korean sentence', input: '주말 밤 9시 MBC와 SBS는 막장극의 대결로 붙는 경우가 흔하다.' },
  { label: 'a lone Korean word without role or e-mail', input: '남상미' },
  { label: 'a Korean outlet tag that opens a paragraph', input: '[엔터미디어=소설가 박생강의 옆구리tv]' },
];

for (const c of NOT_BYLINES) {
  test(`parseByline, not a byline: ${c.label}`, () => assert.equal(parseByline(c.input), null));
}
