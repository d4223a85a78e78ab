import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SlotTitles } from './slot-titles.js';
import { SLOT_TITLE_RULES } from './titles.js';

/** The first rule whose sticky pattern matches at `offset`, and the match: what the scan asked before. */
function stickyAt(text: string, offset: number): [string, string] | null {
  for (const rule of SLOT_TITLE_RULES) {
    rule.pattern.lastIndex = offset;
    const match = rule.pattern.exec(text);
    if (match) return [rule.id, match[0]];
  }
  return null;
}

test('slot titles start where the sticky patterns match, overlapping ones included', () => {
  const texts = [
    'Deputy Special Representative for North Korea Affairs Jung Pak met the Special Envoy on Human Rights.',
    'Yun Jong Ho, minister of External Economic Relations of the DPRK, and first vice-minister of Industry',
    'US Senior Official for North Korea, Jung Pak, and the Director-General for Asian and Oceanian Affairs',
    'no titles here at all, only a ministry of nothing',
  ];
  for (const text of texts) {
    const titles = new SlotTitles(text);
    for (let offset = 0; offset < text.length; offset += 1) {
      const found = titles.at(offset);
      const sticky = stickyAt(text, offset);
      assert.equal(found?.candidates[0]?.id ?? null, sticky?.[0] ?? null, `rule at ${offset}`);
      const role = sticky?.[1].replace(/\s+(?:of|and|the|for|on|in)$/u, '');
      if (role !== undefined) assert.equal(found?.end, offset + role.length, `title at ${offset}`);
    }
  }
});
