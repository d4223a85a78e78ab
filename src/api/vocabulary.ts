/** The 16 PLOVER categories (DESIGN.md §3), the only values the `type` filter accepts. */
export const EVENT_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;

/** Event statuses of the Document contract (DESIGN.md §2). */
export const EVENT_STATUSES = [
  'occurred',
  'planned',
  'intended',
  'claimed',
  'alleged',
  'denied',
  'hypothetical',
  'ongoing',
] as const;
