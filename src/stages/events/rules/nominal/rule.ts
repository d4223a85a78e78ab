import type { DomainCoding } from '../rule.js';

/**
 * A nominal event: an event told as a noun phrase ("Choe's visit to Russia", "the transfer of
 * ballistic missiles to Russia", "the DPRK's January 29 ballistic missile launch").
 */
export interface NominalRule {
  id: string;
  /** Finds the event noun in the lowercase sentence text (global flag). */
  noun: RegExp;
  /** Tested on the text right after the noun; absent means any. */
  object?: RegExp;
  /** Text between the noun and the recipient ("… to ", "… with "); absent means no recipient. */
  recipientLead?: RegExp;
  coding: DomainCoding;
}
