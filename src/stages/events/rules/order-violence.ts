import type { DomainRule } from './rule.js';

/**
 * "Kim also directed the inclusion of … a full-scale occupation of South Korea", "ordered
 * preparations for an attack": an order or directive aimed at violence not yet done is a THREATEN;
 * CAMEO reads "directed" as cooperation. Objects name the violence within the clause.
 */
export const orderViolence: DomainRule = {
  id: 'events/order-violence',
  verb: /^(?:direct(?:ed|s)|order(?:ed|s)|instruct(?:ed|s)|call(?:ed|s) for)$/u,
  object: /\b(?:occupation|occupy|invasion|invade|attack|strike|annihilat\w*|wipe out|destroy|war)\b/u,
  coding: { type: 'THREATEN', mode: null, subMode: null, context: ['military'] },
};
