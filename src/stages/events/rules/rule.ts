// A domain rule codes what the CAMEO dictionary lacks or codes wrongly for our field (DESIGN.md §3).
// It fires on a verb (its lowercase surface) and the clause text after it.

export interface DomainCoding {
  type: string;
  mode: string | null;
  /** DESIGN.md §3's sub-mode for weapons tests: missile-test, nuclear-test, satellite-launch. */
  subMode: string | null;
  context: string[];
}

export interface DomainRule {
  id: string;
  /** Tested against the verb as written, lowercase ("test-fired", "fired", "pledged"). */
  verb: RegExp;
  /** Tested against the lowercase clause text after the verb. */
  object: RegExp;
  /** The coding; `withRecipient` when a recipient actor follows "at", "on", "against" or "into". */
  coding: DomainCoding;
  withRecipient?: DomainCoding;
  /** Tried only when the CAMEO dictionary codes nothing for the verb (its block has no code of its own). */
  fallback?: boolean;
}
