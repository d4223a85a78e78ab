import type { Message } from './message.js';
import type { Span } from './span.js';

/** Who acts: a country or body code plus a sector (CAMEO/PLOVER), see DESIGN.md §4. */
export interface Actor {
  name: string;
  /** ISO 3166-1 alpha-3, or IGO / UNO / EUR / NGO / MNC. */
  code: string | null;
  sector: string | null;
  role: string | null;
}

export interface Image {
  caption: string;
  credit: string | null;
  url: string | null;
}

/**
 * One reason behind an entity's actor code (issue 3, "why, not just what"): the rule or dictionary
 * entry that decided it and the words it read, so the UI can highlight them and a wrong code can be traced.
 */
export interface ActorReason extends Span {
  /** `actors/dictionary`, `actors/person-title`, `actors/metonym`, `actors/surname-coreference`, ... */
  ruleId: string;
  /** The words the rule read, as written in `text`. */
  text: string;
  /** The dictionary entry and its date range, or the antecedent of a coreference link. */
  detail: string | null;
}

export interface Entity {
  name: string;
  type: 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'FAC';
  actor: Actor | null;
  role: string | null;
  mentions: Span[];
  /** Why `actor` is what it is, in text order; absent when the entity has no actor. */
  reasons?: ActorReason[];
}

export interface EventDate {
  start: string;
  end: string;
  text: string;
  precision: 'day' | 'week' | 'month' | 'year';
  anchor: string | null;
}

export interface Place {
  name: string;
  code: string | null;
  lat: number | null;
  lon: number | null;
  geonameid: number | null;
}

/** What a launch report says was launched (CNS missile test database fields we can read from text). */
export interface LaunchPayload {
  /** The weapon as named ("Hwasong-18"), when named. */
  name: string | null;
  /** Its class as written ("intermediate-range ballistic missile", "ICBM"). */
  missileType: string | null;
  count: number | null;
  /** The launch site as written ("Sunan"), when given. */
  site: string | null;
}

/**
 * The tense of the verb that codes an event: 'present' is the time of the statement ("We condemn …",
 * "The United States is imposing sanctions"), 'perfect' some time before it ("has launched").
 */
export type EventTense = 'past' | 'perfect' | 'present' | 'future';

export interface Event {
  type: string;
  mode: string | null;
  /** DESIGN.md §3: MOBILIZE/weapons sub-mode (missile-test, nuclear-test, satellite-launch, artillery-fire). */
  subMode?: string | null;
  /** For weapons launches: what was launched, as the text says. */
  payload?: LaunchPayload | null;
  context: string[];
  actor: Actor[];
  recipient: Actor[];
  date: EventDate | null;
  place: Place | null;
  status: string;
  /** Verbal events only: the coded verb's tense (nominal events have none). */
  tense?: EventTense | null;
  historical: boolean;
  evidence: { text: string } & Span;
  quote: number | null;
  confidence: number;
  /** Provenance: the rule that coded the event (`events/cameo-pattern`, `events/nominal`, …). */
  ruleId?: string;
}

export interface Quote extends Span {
  text: string;
  speaker: Actor | null;
  channel: string | null;
}

/** The extraction contract (DESIGN.md §2). Fields may be added, never renamed. */
export interface Document {
  url: string | null;
  canonicalUrl: string | null;
  title: string | null;
  byline: string[];
  /** Authors' e-mail addresses printed with the byline, kept apart from the names. */
  authorEmails: string[];
  publishedAt: string | null;
  /** The dateline as printed ("SEOUL, April 6 (Yonhap) --"), without its separator. */
  dateline: string | null;
  siteName: string | null;
  description: string | null;
  language: string | null;
  /** Clean body text, paragraphs joined by a blank line. */
  text: string;
  images: Image[];
  entities: Entity[];
  events: Event[];
  quotes: Quote[];
  messages: Message[];
}

export function emptyDocument(): Document {
  return {
    url: null,
    canonicalUrl: null,
    title: null,
    byline: [],
    authorEmails: [],
    publishedAt: null,
    dateline: null,
    siteName: null,
    description: null,
    language: null,
    text: '',
    images: [],
    entities: [],
    events: [],
    quotes: [],
    messages: [],
  };
}
