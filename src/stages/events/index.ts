// The events stage: PLOVER events from a document's sentences and actors (DESIGN.md §3). The coder
// codes one sentence on the CAMEO verb dictionary plus our domain rules (rules/index.ts); the
// document passes (document/) add what needs the whole article.
import type { Stage } from '../../core/stage.js';
import { codeDocument, type EventsInput, type EventsOutput } from './document/code-document.js';
import { loadVerbLexicon } from './dictionary/lexicon.js';

export { codeSentence, type CodedEvent, type CoderOptions } from './coder/code-sentence.js';
export { actorsFromEntities, gazetteerActors, type ActorMention, type ActorSource } from './coder/actors.js';
export { STATUS_CUES, type StatusCue } from './coder/status.js';
export { loadVerbLexicon, VerbLexicon } from './dictionary/lexicon.js';
export { parseVerbDictionary, type VerbDictionary } from './dictionary/parse-verbs.js';
export { DOMAIN_RULES, type DomainRule } from './rules/index.js';
export { codeDocument, type EventsInput, type EventsOutput } from './document/code-document.js';
export { documentActors } from './document/actor-source.js';

export const eventsStage: Stage<EventsInput, EventsOutput> = {
  name: 'events',
  version: 3,
  run: (input, ctx) => codeDocument(input, loadVerbLexicon(), ctx),
};
