/**
 * Synthetic but news-like JSONL records for ingest tests: varied actors, verbs, places and dates, so
 * extraction finds entities and events and dedup sees distinct texts. Deterministic in `n`.
 */
const ACTORS = [
  'North Korea',
  'South Korea',
  'Russia',
  'China',
  'Japan',
  'The United States',
  'Kim Jong Un',
  'Foreign Minister Choe Son Hui',
  'President Yoon Suk Yeol',
  'Defense Minister Shin Won-sik',
];
const ACTS = [
  'fired two ballistic missiles into the East Sea',
  'met the Russian ambassador',
  'condemned the joint military drills',
  'imposed new sanctions on shipping firms',
  'agreed to expand military cooperation',
  'accused Seoul of provocations',
  'sent balloons carrying trash across the border',
  'held talks on the nuclear issue',
];
const PLACES = ['Pyongyang', 'Seoul', 'Moscow', 'Tokyo', 'Beijing', 'Washington', 'Panmunjom'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;

export interface SyntheticRecord {
  id: string;
  url: string;
  date: string;
  title: string;
  text: string;
}

export function syntheticRecord(n: number): SyntheticRecord {
  const actor = pick(ACTORS, n);
  const other = pick(ACTORS, n * 3 + 1);
  const act = pick(ACTS, n * 7 + 2);
  const place = pick(PLACES, n * 5);
  const day = pick(DAYS, n);
  const date = `2024-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 27) + 1).padStart(2, '0')}`;
  const text = [
    `${place}, ${date} -- ${actor} ${act} on ${day}, officials said in report number ${n}.`,
    `${other} said the move was a serious threat to peace and stability in the region.`,
    `Analysts in ${pick(PLACES, n + 3)} said it was the ${n}th such step this year, citing satellite imagery.`,
    `The statement was carried by state media and repeated by ${pick(ACTORS, n + 5)} on ${pick(DAYS, n + 2)}.`,
  ].join('\n');
  return { id: `syn-${n}`, url: `https://news.example.org/story/${n}`, date, title: `${actor} ${act}`, text };
}

export const syntheticJsonl = (count: number, from = 0): string =>
  Array.from({ length: count }, (_, i) => JSON.stringify(syntheticRecord(from + i))).join('\n') + '\n';
