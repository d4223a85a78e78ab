/**
 * `node --import tsx eval/meantime-errors.ts [CLASS]`: lists our false positives and misses on MEANTIME for one
 * class (default PER), to read them by category. Reading errors is evaluation; nothing here feeds a list, a
 * threshold or the training (MEANTIME stays evaluation only).
 */
import { sharedDir } from '../src/core/paths.js';
import type { GoldClass, GoldMention } from './meantime-gold.js';
import { readDemonyms, readMeantime } from './meantime-gold.js';
import { ours } from './meantime.js';

const cls = (process.argv[2] ?? 'PER') as GoldClass;
const docs = readMeantime(sharedDir());
const demonyms = readDemonyms(sharedDir());
const key = (m: GoldMention): string => `${m.start}:${m.end}:${m.type}`;
for (const doc of docs) {
  const gold = new Set(doc.mentions.map(key));
  const predicted = ours(doc.text).filter(
    (m) => m.end <= doc.annotatedEnd && !(m.type === 'LOC' && demonyms.has(doc.text.slice(m.start, m.end))),
  );
  const pred = new Set(predicted.map(key));
  const around = (m: GoldMention): string =>
    doc.text.slice(Math.max(0, m.start - 40), m.end + 30).replaceAll('\n', ' ');
  for (const m of predicted)
    if (m.type === cls && !gold.has(key(m)))
      console.log(`FP ${doc.text.slice(m.start, m.end)}  | ${around(m)}`);
  for (const m of doc.mentions)
    if (m.type === cls && !pred.has(key(m))) {
      const other = predicted.find((p) => p.start < m.end && m.start < p.end);
      const got = other ? `[${other.type} ${doc.text.slice(other.start, other.end)}]` : '[-]';
      console.log(`FN ${doc.text.slice(m.start, m.end)} ${got}  | ${around(m)}`);
    }
}
