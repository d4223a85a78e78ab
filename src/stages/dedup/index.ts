export { normalizeUrl } from './url.js';
export { contentHash, normalizeText, sha256Hex } from './content-hash.js';
export { jaccard, isNearDuplicate, NEAR_DUPLICATE_JACCARD, shingles, words } from './shingles.js';
export { bandKeys, estimateJaccard, minhash, LSH_BANDS, LSH_ROWS } from './minhash.js';
export { NearDuplicateIndex, type NearDuplicateMatch } from './near-duplicate-index.js';
export {
  actorsOverlap,
  addDays,
  datesOverlap,
  DATE_TOLERANCE_DAYS,
  eventKey,
  isSameEvent,
  placesCompatible,
  type EventKey,
} from './event-match.js';
export {
  findContradictions,
  majorityValue,
  type Contradiction,
  type FieldValue,
  type ReportFacts,
} from './contradictions.js';
