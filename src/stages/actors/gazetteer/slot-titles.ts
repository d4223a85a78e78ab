// Titles with an open-ended object ("Special Representative for North Korea"), found once per text.
// The scan asked at every token whether a title starts there, one sticky regex per rule: with three
// rules that was three regex calls per token for a handful of titles per article. Each rule's pattern
// now runs through the text once, and the scan looks the offset up.
import type { Candidate, Entry } from './entry.js';
import { SLOT_TITLE_RULES, type SlotTitleRule } from './titles.js';

export interface SlotTitle {
  /** Character offset after the title. */
  end: number;
  candidates: Candidate[];
}

/** Where titles start in one text: the first rule that matches at each offset, and its match. */
export class SlotTitles {
  readonly #found = new Map<number, { rule: SlotTitleRule; role: string }>();

  constructor(text: string) {
    for (const rule of SLOT_TITLE_RULES) {
      for (const match of everyStart(text, anywhere(rule.pattern))) {
        if (!this.#found.has(match.index)) {
          this.#found.set(match.index, { rule, role: match[0].replace(TRAILING_CONNECTOR, '') });
        }
      }
    }
  }

  /** The title starting at `offset`, as new objects (a caller may keep or change them). */
  at(offset: number): SlotTitle | null {
    const found = this.#found.get(offset);
    if (!found) return null;
    const { rule, role } = found;
    const entry: Entry = {
      id: rule.id,
      kind: 'title',
      source: 'rules',
      actor: { name: role, code: null, sector: rule.sector, role },
      from: null,
      to: null,
      fallback: false,
      ref: rule.id,
    };
    return { end: offset + role.length, candidates: [{ ...entry, stale: false, ended: false }] };
  }
}

const TRAILING_CONNECTOR = /\s+(?:of|and|the|for|on|in)$/u;

/** The rules' sticky patterns, made global to search. */
const globalPatterns = new Map<RegExp, RegExp>();

function anywhere(sticky: RegExp): RegExp {
  let pattern = globalPatterns.get(sticky);
  if (!pattern) {
    pattern = new RegExp(sticky.source, `${sticky.flags.replace('y', '')}g`);
    globalPatterns.set(sticky, pattern);
  }
  return pattern;
}

/**
 * The match at every offset where `pattern` matches, overlapping ones included ("Deputy Special
 * Representative" and "Special Representative"): the sticky pattern's match at each such offset, since a
 * match found from an offset is the one the pattern finds when anchored there.
 */
function* everyStart(text: string, pattern: RegExp): Generator<RegExpExecArray> {
  for (let from = 0; from < text.length;) {
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    if (!match) return;
    yield match;
    from = match.index + ((text.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1);
  }
}
