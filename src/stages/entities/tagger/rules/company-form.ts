import type { TypedSpan } from '../consistency.js';
import { LEGAL_FORMS, isCompanyWord } from './company-words.js';
import type { MentionRule } from './rule.js';

/** The capitalised word right after a mention ("Chrysler LLC"); a comma ends the name ("Chrysler, Inc."). */
const FOLLOWING_FORM = /^[^\S\n](?<form>[A-Z][A-Za-z.]*)/u;
const LAST_WORD = /(?<word>[^\s]+)$/u;

/**
 * A person or MISC name that ends in a legal form or a company head word is a company:
 * "Eberhard Faber GmbH" and "Veolia Transport Inc" came out PER (the training text has few companies).
 * A legal form just after a mention joins it ("Chrysler" + "LLC" → "Chrysler LLC", ORG).
 */
export const companyForm: MentionRule = {
  id: 'tagger/company-form',
  apply: (mentions, { text }) =>
    mentions.flatMap((m): TypedSpan[] => {
      const name = text.slice(m.start, m.end);
      // A legal form alone is no name ("Atlantic Lottery Corporation, Inc." gave "Inc." as PER).
      if (LEGAL_FORMS.has(name.toLowerCase())) return [];
      const next = FOLLOWING_FORM.exec(text.slice(m.end, m.end + 12));
      const form = next?.groups?.['form'] ?? '';
      if (next && LEGAL_FORMS.has(form.toLowerCase()))
        return [{ ...m, end: m.end + next[0].length, type: 'ORG' }];
      const last = LAST_WORD.exec(name)?.groups?.['word'] ?? '';
      // Places keep their class: "West Bank" ends in a head word too.
      const company = (m.type === 'PER' || m.type === 'MISC') && isCompanyWord(last);
      return [company ? { ...m, type: 'ORG' } : m];
    }),
};
