// The temporal-expression finder: every rule over the text, overlaps settled longest-first.
import { matchesOf } from './matches.js';
import { DATE_RULES } from './rules/index.js';
import type { DateRule, Mention } from './types.js';

/** Every temporal expression in `text`, in text order, none overlapping another. */
export function findMentions(text: string, rules: readonly DateRule[] = DATE_RULES): Mention[] {
  const all: { mention: Mention; order: number }[] = [];
  rules.forEach((rule, order) => {
    if (rule.requires && !rule.requires.test(text)) return;
    for (const m of matchesOf(text, rule.pattern)) {
      const found = rule.interpret(m, text);
      if (!found) continue;
      const { lead = 0, ...meaning } = found;
      const start = m.index + lead;
      const end = m.index + m[0].length;
      all.push({ mention: { ...meaning, start, end, text: text.slice(start, end), ruleId: rule.id }, order });
    }
  });
  all.sort(
    (a, b) => b.mention.end - b.mention.start - (a.mention.end - a.mention.start) || a.order - b.order,
  );
  const kept: Mention[] = [];
  for (const { mention } of all) {
    if (kept.every((k) => k.end <= mention.start || mention.end <= k.start)) kept.push(mention);
  }
  return kept.sort((a, b) => a.start - b.start);
}
