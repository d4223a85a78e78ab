// Status cues read from the clause text before the verb (lowercase), first match wins: to add a cue,
// add one line. `negated` is not a status: a negated verb ("did not attack") codes no event.

export type CueStatus =
  'negated' | 'denied' | 'hypothetical' | 'planned' | 'intended' | 'alleged' | 'claimed' | 'ongoing';

export interface StatusCue {
  id: string;
  status: CueStatus;
  /** Tested against the clause text that ends right before the verb. */
  before: RegExp;
}

/** Up to two words between an auxiliary and the verb: "will soon visit", "is set to formally sign". */
const GAP = String.raw`(?:\s+[a-z-]+){0,2}\s*$`;
/** "willing to send material to help defend": the purpose infinitive shares the intent. */
const PURPOSE = String.raw`\s+[a-z-]+(?:\s+[a-z-]+){0,4}\s+to(?:\s+[a-z-]+)?\s*$`;

export const STATUS_CUES: readonly StatusCue[] = [
  {
    id: 'events/status-negated',
    status: 'negated',
    before: new RegExp(String.raw`\b(?:not|never|n't|no longer|nor)${GAP}`, 'u'),
  },
  { id: 'events/status-denied', status: 'denied', before: /\b(?:denied|denies|deny|dismissed claims)\b/u },
  // "if Seoul attacks", "would retaliate": a condition or a conditional mood.
  {
    id: 'events/status-hypothetical',
    status: 'hypothetical',
    before: new RegExp(String.raw`(?:\b(?:if|unless)\b.*|\b(?:would|could|might|may)${GAP})`, 'u'),
  },
  {
    id: 'events/status-planned',
    status: 'planned',
    before: new RegExp(
      String.raw`\b(?:will|shall|'ll|plans? to|planned to|planning to|(?:is|are|was|were) (?:set|scheduled|due|expected|slated) to|(?:is|are) to|to be held)${GAP}`,
      'u',
    ),
  },
  {
    id: 'events/status-intended',
    status: 'intended',
    before: new RegExp(
      String.raw`\b(?:(?:willing|ready|prepared|determined) to|offer(?:s|ed)? to|intends? to|intended to|wants? to|seeks? to|sought to|hopes? to|aims? to|vowed to|vows to|pledged to|pledges to|committed to)(?:${GAP}|${PURPOSE})`,
      'u',
    ),
  },
  {
    id: 'events/status-alleged',
    status: 'alleged',
    before: /\b(?:allegedly|reportedly|suspected of|accused of|alleged)\b/u,
  },
  { id: 'events/status-claimed', status: 'claimed', before: /\b(?:claim(?:s|ed)?|purportedly)\b/u },
  {
    id: 'events/status-ongoing',
    status: 'ongoing',
    before: new RegExp(String.raw`\b(?:continues? to|continued to|(?:is|are) still)${GAP}`, 'u'),
  },
];

export function statusCue(before: string): StatusCue | null {
  return STATUS_CUES.find((cue) => cue.before.test(before)) ?? null;
}

/**
 * Background mentions: the pluperfect ("had fired"), or a time phrase in the past ("in 1988",
 * "last year", "two years ago") right after the verb's clause.
 */
const HISTORICAL_BEFORE = new RegExp(String.raw`\bhad${GAP}`, 'u');
const HISTORICAL_AFTER = /\b(?:in (?:19|20)\d\d|last year|(?:\w+ )?(?:years|decades) ago|in the past)\b/u;

export function isHistorical(before: string, after: string): boolean {
  return HISTORICAL_BEFORE.test(before) || HISTORICAL_AFTER.test(after);
}
