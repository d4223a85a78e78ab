// Lookups against the shipped data (data/actors/**, rebuilt by `npm run data`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGazetteer } from './index.js';

const gazetteer = loadGazetteer();
const SEED_DATE = '2024-01-18';

/** code/sector/role of the first candidate, the form the cases are written in. */
function first(name: string, date?: string): string | null {
  const top = gazetteer.lookup(name, date)[0];
  return top ? `${top.actor.code ?? '-'}/${top.actor.sector ?? '-'}/${top.actor.role ?? '-'}` : null;
}

test('officials resolve on a date inside their term', () => {
  const cases: [label: string, name: string, date: string, expected: string][] = [
    [
      'KOR envoy',
      'Kim Gunn',
      SEED_DATE,
      'KOR/GOV/Special Representative for Korean Peninsula Peace and Security Affairs',
    ],
    ['USA senior official', 'Jung Pak', SEED_DATE, 'USA/GOV/Senior Official for North Korea'],
    ['RUS president', 'Vladimir Putin', SEED_DATE, 'RUS/GOV/President'],
    ['PRK foreign minister, hyphenated', 'Choe Son-hui', SEED_DATE, 'PRK/GOV/Foreign Minister'],
    ['PRK foreign minister, KCNA spelling', 'Choe Son Hui', SEED_DATE, 'PRK/GOV/Foreign Minister'],
    ['PRK vice minister before 2022', 'Choe Son-hui', '2020-06-01', 'PRK/GOV/First Vice Foreign Minister'],
    ['Kremlin spokesman', 'Dmitry Peskov', SEED_DATE, 'RUS/GOV/Kremlin Spokesman'],
    ['PRK leader, spaced', 'Kim Jong Un', SEED_DATE, 'PRK/GOV/Supreme Leader'],
    ['PRK leader, Un capitalized', 'Kim Jong-Un', SEED_DATE, 'PRK/GOV/Supreme Leader'],
    ['PRK leader in Hangul', '김정은', SEED_DATE, 'PRK/GOV/Supreme Leader'],
    [
      'JPN director-general, given name first',
      'Hiroyuki Namazu',
      SEED_DATE,
      'JPN/GOV/Director-General for Asian and Oceanian Affairs',
    ],
    ['JPN name, family name first', 'Kishida Fumio', '2022-07-01', 'JPN/GOV/Prime Minister'],
    ['patronymic left in', 'Sergei Viktorovich Lavrov', SEED_DATE, 'RUS/GOV/Foreign Minister'],
    ['UN Secretary-General without accent', 'Antonio Guterres', SEED_DATE, 'UNO/-/Secretary-General'],
  ];
  for (const [label, name, date, expected] of cases) assert.equal(first(name, date), expected, label);
});

test('countries, demonyms, capitals and seats of government', () => {
  const cases: [label: string, name: string, codes: string[]][] = [
    ['demonym', 'South Korean', ['KOR']],
    ['demonym', 'North Korean', ['PRK']],
    ['plural demonym', 'Russians', ['RUS']],
    ['capital', 'Pyongyang', ['PRK']],
    ['capital', 'Washington', ['USA']],
    ['capital', 'Tokyo', ['JPN']],
    ['capital', 'Beijing', ['CHN']],
    ['capital', 'Moscow', ['RUS']],
    ['acronym', 'DPRK', ['PRK']],
    ['curated abbreviation', 'PRC', ['CHN']],
    ['"Korea" alone is ambiguous', 'Korea', ['KOR', 'PRK']],
    ['Korean name', '북한', ['PRK']],
  ];
  for (const [label, name, codes] of cases)
    assert.deepEqual(gazetteer.countryCodes(name), codes, `${label}: ${name}`);
  assert.equal(first('the Kremlin'), 'RUS/GOV/-', 'seat of government');
  assert.equal(first('Seoul'), 'KOR/-/-', 'a capital is a place; the actors stage makes it GOV as a subject');
});

test('titles give sector and role', () => {
  const cases: [label: string, text: string, expected: string][] = [
    ['foreign minister', 'Foreign Minister', '-/GOV/Foreign Minister'],
    ['Kremlin spokesman names the country', 'Kremlin spokesman', 'RUS/GOV/Kremlin Spokesman'],
    ['joint chiefs', 'Joint Chiefs of Staff', '-/MIL/Joint Chiefs of Staff'],
    ['defense minister', 'Defense Minister', '-/GOV/Defense Minister'],
  ];
  for (const [label, text, expected] of cases) assert.equal(first(text), expected, label);
  const scanned = gazetteer.scan(
    'met the Special Representative for Korean Peninsula Peace and Security Affairs on Tuesday',
  );
  const title = scanned.find((m) => m.candidates[0]?.kind === 'title');
  assert.equal(title?.text, 'Special Representative for Korean Peninsula Peace and Security Affairs');
  assert.equal(
    gazetteer.scan('the Senior Official for North Korea')[0]?.candidates[0]?.actor.role,
    'Senior Official for North Korea',
  );
});

test('scan finds longest names with offsets', () => {
  const text = "North Korean Foreign Minister Choe Son Hui met South Korea's envoy";
  const found = gazetteer.scan(text, SEED_DATE).map((m) => [m.text, m.start]);
  assert.deepEqual(found.slice(0, 4), [
    ['North Korean', 0],
    ['Foreign Minister', 13],
    ['Choe Son Hui', 30],
    ['South Korea', 47],
  ]);
});

test('negative cases', () => {
  const none: [label: string, name: string, date?: string][] = [
    ['a bare surname is no one person', 'Kim'],
    ['a bare given name', 'Jong'],
    ['the pronoun "us" is not the USA', 'us'],
    ['Moon Jae-in as president after his term', 'Moon Jae-in', SEED_DATE],
    ['Ban Ki-moon as UN chief after 2016', 'Ban Ki-moon', SEED_DATE],
    ['Choe Son-hui before her first listed office', 'Choe Son-hui', '2015-01-01'],
    ['Kim Gunn before he was envoy', 'Kim Gunn', '2019-06-01'],
  ];
  for (const [label, name, date] of none) {
    // A former official is still a person, but only through an `ended` term, never as in office.
    const officials = gazetteer
      .lookup(name, date)
      .filter((c) => (c.source === 'officials' && !c.ended) || c.kind === 'country');
    assert.deepEqual(officials, [], label);
  }
  const moon = gazetteer.lookup('Moon Jae-in', SEED_DATE);
  assert.ok(moon.length > 0 && moon.every((c) => c.ended), 'Moon Jae-in in 2024: a former president');
  assert.deepEqual(gazetteer.lookup('Kim Gunn', '2019-06-01'), [], 'no term began yet: no one');
  assert.deepEqual(gazetteer.countryCodes('South Korea'), ['KOR'], '"South Korea" never matches North Korea');
  assert.deepEqual(gazetteer.countryCodes('North Korea'), ['PRK'], '"North Korea" never matches South Korea');
  const southOnly = gazetteer.scan('South Korea and Japan').map((m) => m.candidates.map((c) => c.actor.code));
  assert.ok(!southOnly.flat().includes('PRK'), 'scanning "South Korea" yields no PRK');
  assert.ok(gazetteer.bySurname('Kim', SEED_DATE).length > 1, '"Kim" is ambiguous among people in office');
});

test('Phoenix terms still open after its 2014 update are flagged stale', () => {
  const stale = gazetteer.lookup('Kim Jong Il', SEED_DATE).filter((c) => c.source === 'phoenix');
  assert.ok(stale.length > 0 && stale.every((c) => c.stale), 'Kim Jong Il in 2024');
  const current = gazetteer.lookup('Kim Jong Il', '2005-01-01').filter((c) => c.source === 'phoenix');
  assert.ok(current.length > 0 && current.every((c) => !c.stale), 'Kim Jong Il in 2005');
});

test('scans on alternating dates: undated names stay, dated ones follow the date', () => {
  const text = 'Choe Son-hui met officials of South Korea in Seoul.';
  const read = (date: string): string[] =>
    gazetteer
      .scan(text, date)
      .map((m) => `${m.text}:${m.candidates.map((c) => c.actor.role ?? c.id).join('|')}`);
  const [then, now] = [read('2020-06-01'), read(SEED_DATE)];
  assert.notDeepEqual(then, now, 'the foreign minister was a vice minister in 2020');
  assert.deepEqual(read('2020-06-01'), then, 'the same date again');
  assert.deepEqual(then.slice(1), now.slice(1), 'countries and capitals do not depend on the date');
});
