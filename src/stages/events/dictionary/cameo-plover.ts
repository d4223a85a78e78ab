// The CAMEO → PLOVER table (CAMEO2PLOVER-2021.txt): `031: AGREE,  , diplomatic # comment`.

export interface PloverCoding {
  type: string;
  mode: string | null;
  context: string[];
}

const ROW = /^(?<code>\d{2,4}):\s*(?<type>[A-Z]+)\s*,?(?<mode>[^,#]*),?(?<context>[^#]*)/u;

export function parseCameoPlover(source: string): Record<string, PloverCoding> {
  const table: Record<string, PloverCoding> = {};
  for (const line of source.split(/\r?\n/u)) {
    const groups = ROW.exec(line.trim())?.groups;
    if (!groups) continue;
    const code = groups['code'] ?? '';
    const mode = (groups['mode'] ?? '').trim();
    const context = (groups['context'] ?? '')
      .split(';')
      .map((c) => c.trim())
      .filter(Boolean);
    // Two-digit rows ("03: AGREE") head a family; the first row of a code wins (175 is listed twice).
    table[code] ??= { type: groups['type'] ?? '', mode: mode === '' ? null : mode, context };
  }
  return table;
}

/**
 * Where we read a CAMEO code differently from the 2021 table. 163 "impose embargo, boycott, or
 * sanctions" is COERCE/restrict there, but the PLOVER gold records and our gold documents code a
 * sanction imposed as SANCTION ("The United States is imposing sanctions on …").
 */
const OUR_READING: Readonly<Record<string, PloverCoding>> = {
  '163': { type: 'SANCTION', mode: 'restrict', context: ['economic'] },
};

/**
 * PLOVER for a CAMEO code: the code itself, else its nearest listed parent ("0212" → "021" → "02").
 * CAMEO 02 (appeal) has no row in the 2021 table; the PLOVER manual folds appeals into REQUEST,
 * so 02x reads as the matching demand 10x ("appeal for aid" 023 → "demand aid" 103).
 */
export function ploverFor(table: Readonly<Record<string, PloverCoding>>, code: string): PloverCoding | null {
  const own = OUR_READING[code];
  if (own) return own;
  const cameo = code.startsWith('02') ? '10' + code.slice(2) : code;
  for (let n = cameo.length; n >= 2; n -= 1) {
    const hit = table[cameo.slice(0, n)];
    if (hit) return hit;
  }
  return null;
}
