// Statements of intent are AGREE (DESIGN.md §3, PLOVER): "is willing to send material" or "said it
// will provide food aid" announce cooperation; announced violence is a THREATEN. A scheduled event
// without a speaker's commitment ("a meeting is set to occur") keeps its category, status planned.
import { REPORTING } from './clauses.js';

const COOPERATIVE = new Set(['SUPPORT', 'COOPERATE', 'AID', 'CONCEDE', 'RETREAT', 'CONSULT']);
const VIOLENT = new Set(['ASSAULT', 'COERCE', 'SANCTION', 'PROTEST']);

/**
 * The type an event has once its status is read: `intended`, "said … will" or "X will …, Y said"
 * (a trailing attribution) turns it into intent.
 */
export function intentType(
  type: string,
  status: string,
  wordsBefore: readonly string[],
  attributed = false,
): string {
  const reported = attributed || wordsBefore.some((w) => REPORTING.has(w));
  // "said they would meet": the conditional of reported speech is the speaker's future.
  const spoken =
    (status === 'planned' || (status === 'hypothetical' && wordsBefore.includes('would'))) && reported;
  // "Turkey will allow refugees to return": a party's own future act other than a meeting is its commitment.
  const committed = status === 'planned' && type !== 'CONSULT';
  if (status !== 'intended' && !spoken && !committed) return type;
  if (COOPERATIVE.has(type)) return 'AGREE';
  if (VIOLENT.has(type)) return 'THREATEN';
  return type;
}
