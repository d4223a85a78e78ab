import type { MentionRule } from './rule.js';

/**
 * A country abbreviation written against a currency sign is part of a currency unit, not a place: "US$ 40
 * billion", "AU$ 52.5 million", "HK$". The sentences stage splits "US$" into "US" and "$", and the
 * tagger then reads "US" as the country.
 */
const CURRENCY_AFTER = /^[$€£¥]/u;

export const currencyCode: MentionRule = {
  id: 'tagger/currency-code',
  apply: (mentions, { text }) => mentions.filter((m) => !CURRENCY_AFTER.test(text.slice(m.end, m.end + 1))),
};
