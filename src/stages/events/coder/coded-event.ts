// The coder's shared shapes: what a sentence's coding returns, its options, and what each verb's
// coding carries to the choice of the sentence's main events.
import type { Event } from '../../../core/document.js';
import type { Span } from '../../../core/span.js';
import type { VerbLexicon } from '../dictionary/lexicon.js';
import type { DomainRule } from '../rules/index.js';
import type { ActorMention, ActorSource } from './actors.js';

export interface CodedEvent {
  event: Event;
  /** CAMEO code the dictionary gave, or null when a domain rule coded the verb. */
  cameo: string | null;
  /** `events/cameo-pattern`, `events/cameo-verb`, `events/cameo-block` or a domain rule id. */
  ruleId: string;
  subMode: string | null;
  verb: Span;
}

export interface CoderOptions {
  lexicon: VerbLexicon;
  actors: ActorSource;
  /** Our domain rules, tried before the dictionary; [] codes with CAMEO alone (the eval baseline). */
  rules?: readonly DomainRule[];
  /** 'main' (default): the main event and verbs coordinated with it; 'all': every coded verb. */
  events?: 'main' | 'all';
}

export interface Found {
  actorless?: false;
  coded: CodedEvent;
  subordinate: boolean;
  /** A reporting verb ("said … will release") the dictionary coded: the reported verb speaks for it. */
  reporting: boolean;
  /** "met … and pledged": a verb coordinated with an earlier one shares its subject and counts too. */
  coordinated: boolean;
  /** An -ing form with no be-form ("issued a declaration demanding that …"). */
  participle: boolean;
  /** Token index where the verb's clause starts. */
  clauseStart: number;
  /** Token index of the verb. */
  index: number;
  /** "is prepared to", "decided to": the infinitive after it is the event, when it codes one. */
  readiness: boolean;
}

export interface HitContext {
  lexicon: VerbLexicon;
  rules: readonly DomainRule[];
  mentions: ActorMention[];
  /** The mentions as party groups (participants.ts partyGroups), made when a verb first needs them. */
  groups: (readonly ActorMention[])[] | null;
  limit: number;
  /** Token index of the last verbal event (AGREE, REQUEST …), whose complement it governs. */
  governor: number | null;
  /** Token indices of "that" opening a relative clause. */
  relatives: ReadonlySet<number>;
  /** The governor whose complement the last governed verb was, so "and" can continue it. */
  lastGoverned: number | null;
}
