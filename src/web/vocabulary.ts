// The API's own vocabularies (src/api/vocabulary.ts is plain data, so the bundle may import it).
export { EVENT_STATUSES, EVENT_TYPES } from '../api/vocabulary.js';
