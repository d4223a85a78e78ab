// The document-level passes after decoding, in order (order here matters: titles come off a person before
// the company words are read, and the unanchored-person test needs the document's full names settled).
// To add a rule, add one file and one line here.
import { harmonize } from '../consistency.js';
import { trimTitles } from '../titles.js';
import { companyForm } from './company-form.js';
import { companyRun } from './company-run.js';
import { currencyCode } from './currency-code.js';
import { leadingFunctionWord } from './function-words.js';
import { modelDesignation } from './model-designation.js';
import { notAName } from './not-a-name.js';
import { orgDescriptor } from './org-descriptor.js';
import { rankNumber } from './rank-number.js';
import { titleEdges } from './title-edges.js';
import { placeHead } from './place-head.js';
import { productName } from './product-name.js';
import { titledPerson } from './titled-person.js';
import { innerTitle } from './inner-title.js';
import { propagate } from './propagate.js';
import type { MentionRule } from './rule.js';
import { unanchoredPerson } from './unanchored-person.js';

export type { MentionRule, RuleContext } from './rule.js';

export const RULES: readonly MentionRule[] = [
  titledPerson,
  innerTitle,
  { id: 'tagger/trim-titles', apply: (mentions, { text }) => trimTitles(text, mentions) },
  leadingFunctionWord,
  notAName,
  currencyCode,
  productName,
  rankNumber,
  titleEdges,
  companyForm,
  placeHead,
  companyRun,
  orgDescriptor,
  { id: 'tagger/one-class-per-name', apply: (mentions, { text }) => harmonize(text, mentions) },
  unanchoredPerson,
  propagate,
  modelDesignation,
];
