// Attribution rules, tried in this order (order here matters: the first that names a speaker wins).
// To add a rule, add one file and one line here.
import { accordingTo } from './according-to.js';
import { continuation } from './continuation.js';
import { introduced } from './introduced.js';
import { possessive } from './possessive.js';
import type { AttributionRule } from './rule.js';
import { saidAfter } from './said-after.js';
import { saidBefore } from './said-before.js';
import { voice } from './voice.js';

export type { Attribution, AttributionContext, AttributionRule } from './rule.js';

export const ATTRIBUTION_RULES: readonly AttributionRule[] = [
  saidAfter,
  accordingTo,
  possessive,
  saidBefore,
  introduced,
  continuation,
  voice,
];
