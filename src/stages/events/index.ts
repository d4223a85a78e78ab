// The events stage's coder: PLOVER events from one sentence, on the CAMEO verb dictionary plus our
// domain rules (rules/index.ts). The pipeline stage wiring comes with the entities/actors stages.
export { codeSentence, type CodedEvent, type CoderOptions } from './coder/code-sentence.js';
export { actorsFromEntities, gazetteerActors, type ActorMention, type ActorSource } from './coder/actors.js';
export { STATUS_CUES, type StatusCue } from './coder/status.js';
export { loadVerbLexicon, VerbLexicon } from './dictionary/lexicon.js';
export { parseVerbDictionary, type VerbDictionary } from './dictionary/parse-verbs.js';
export { DOMAIN_RULES, type DomainRule } from './rules/index.js';
