import { actorsStage } from '../stages/actors/index.js';
import { datesStage } from '../stages/dates/index.js';
import { entitiesStage } from '../stages/entities/index.js';
import { eventsStage } from '../stages/events/index.js';
import { extractStage } from '../stages/extract/index.js';
import { placesStage } from '../stages/places/index.js';
import { quotesStage } from '../stages/quotes/index.js';
import { sentencesStage } from '../stages/sentences/index.js';

/**
 * The pipeline, in order (order here matters): each later stage reads what the earlier ones wrote.
 * Stages still to come, per DESIGN.md §1: places, quotes.
 */
export const stages = {
  extract: extractStage,
  sentences: sentencesStage,
  entities: entitiesStage,
  actors: actorsStage,
  events: eventsStage,
  dates: datesStage,
  places: placesStage,
  quotes: quotesStage,
} as const;

/** Every stage's name and version, stored with what it produced so stale output can be re-run. */
export const stageVersions: Record<string, number> = Object.fromEntries(
  Object.values(stages).map((s) => [s.name, s.version]),
);
