// The document-level passes after decoding, in order (order here matters: titles come off a person before
// the company words are read, and the unanchored-person test needs the document's full names settled).
// To add a rule, add one file and one line here.
import { harmonize } from '../consistency.js';
import { trimTitles } from '../titles.js';
import { companyForm } from './company-form.js';
import { innerTitle } from './inner-title.js';
import { propagate } from './propagate.js';
import type { MentionRule } from './rule.js';
import { unanchoredPerson } from './unanchored-person.js';

export type { MentionRule, RuleContext } from './rule.js';

export const RULES: readonly MentionRule[] = [
  innerTitle,
  { id: 'tagger/trim-titles', apply: (mentions, { text }) => trimTitles(text, mentions) },
  companyForm,
  { id: 'tagger/one-class-per-name', apply: (mentions, { text }) => harmonize(text, mentions) },
  unanchoredPerson,
  propagate,
];
