/**
 * TempEval-3 platinum (../shared/data/tempeval3-platinum, TimeML): each document's plain text (the
 * <TEXT> element with its tags stripped and entities decoded), its DCT, and its TIMEX3 spans and values.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Timex {
  start: number;
  end: number;
  type: string;
  value: string;
}

export interface TimeMlDoc {
  id: string;
  /** Document creation time, "2013-03-22". */
  dct: string;
  text: string;
  timexes: Timex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const TAG_OR_ENTITY = /<(\/?)([A-Za-z0-9]+)([^>]*)>|&(amp|lt|gt|quot|apos);/gu;
const CLOSING = 1;
const TAG = 2;
const ATTRIBUTES = 3;
const ENTITY = 4;
const DCT = /<DCT>\s*<TIMEX3[^>]*\bvalue="([^"]+)"/u;
const BODY = /<TEXT>([\s\S]*)<\/TEXT>/u;

function attribute(attributes: string, name: string): string {
  return new RegExp(`\\b${name}="([^"]*)"`, 'u').exec(attributes)?.[1] ?? '';
}

/** Strips the markup of one <TEXT> body, keeping each TIMEX3's offsets in the stripped text. */
export function parseTimeMlBody(body: string): { text: string; timexes: Timex[] } {
  let text = '';
  let last = 0;
  const timexes: Timex[] = [];
  let open: { start: number; type: string; value: string } | null = null;
  for (const m of body.matchAll(TAG_OR_ENTITY)) {
    text += body.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[ENTITY]) {
      text += ENTITIES[m[ENTITY]] ?? '';
      continue;
    }
    if (m[TAG] !== 'TIMEX3') continue;
    const attributes = m[ATTRIBUTES] ?? '';
    if (!m[CLOSING]) {
      open = {
        start: text.length,
        type: attribute(attributes, 'type'),
        value: attribute(attributes, 'value'),
      };
    } else if (open) {
      timexes.push({ ...open, end: text.length });
      open = null;
    }
  }
  return { text: text + body.slice(last), timexes };
}

export function readTempEval(dir: string): TimeMlDoc[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tml'))
    .sort()
    .map((f) => {
      const xml = readFileSync(join(dir, f), 'utf8');
      const dct = DCT.exec(xml)?.[1];
      const body = BODY.exec(xml)?.[1];
      if (!dct || body === undefined) throw new Error(`tempeval: no DCT or TEXT in ${f}`);
      return { id: f.replace(/\.tml$/u, ''), dct, ...parseTimeMlBody(body) };
    });
}
