import type { Event, Place } from '../../core/document.js';
import { message } from '../../core/message.js';
import type { Span } from '../../core/span.js';
import type { Stage, StageContext } from '../../core/stage.js';
import { placeCandidates, type PlaceCandidate } from './candidates.js';
import { loadPlaceGazetteer } from './gazetteer.js';
import { PLACE_RULES } from './rules/index.js';
import { sceneOf } from './scene.js';

export { loadPlaceGazetteer, PlaceGazetteer, placeKey, type GazetteerPlace } from './gazetteer.js';
export { PLACE_RULES, type PlaceRule } from './rules/index.js';

export interface PlacesInput {
  text: string;
  sentences: readonly Span[];
  events: readonly Event[];
}

export interface PlacesOutput {
  /** The input events, each with `place` set where its clause says where it happened. */
  events: Event[];
}

/**
 * Decisions an analyst would check:
 * - the place is read from the event's own sentence only; the dateline ("Pyongyang, May 29 (KCNA) --") is where
 *   the report was filed, not where the event happened, so it is never a fallback;
 * - a name GeoNames holds twice is the capital, else the more populous place, with an info message when the
 *   runner-up is of comparable size (at least a tenth) in another country;
 * - an event whose clause names no place keeps `place: null` ("nothing found" is a result).
 */
export function resolvePlaces(
  input: PlacesInput,
  ctx: StageContext,
  gazetteer = loadPlaceGazetteer(),
): PlacesOutput {
  const candidatesBySentence = new Map<Span, PlaceCandidate[]>();
  const candidatesOf = (sentence: Span): PlaceCandidate[] => {
    const found =
      candidatesBySentence.get(sentence) ?? placeCandidates(input.text, sentence, gazetteer, PLACE_RULES);
    candidatesBySentence.set(sentence, found);
    return found;
  };
  const spans = input.events.map((e) => e.evidence);
  const events = input.events.map((event, i) => {
    const sentence = input.sentences.find(
      (s) => s.start <= event.evidence.start && event.evidence.start < s.end,
    );
    if (!sentence) return { ...event };
    const scene = sceneOf(
      input.text,
      event.evidence,
      candidatesOf(sentence),
      spans.filter((_, j) => j !== i),
    );
    if (!scene) return { ...event };
    reportAmbiguity(scene, ctx);
    return { ...event, place: toPlace(scene) };
  });
  return { events };
}

function toPlace({ place }: PlaceCandidate): Place {
  return { name: place.name, code: place.code, lat: place.lat, lon: place.lon, geonameid: place.geonameid };
}

function reportAmbiguity(scene: PlaceCandidate, ctx: StageContext): void {
  const [chosen, rival] = [scene.place, scene.alternatives[0]];
  if (
    !rival ||
    chosen.kind !== 'city' ||
    rival.code === chosen.code ||
    rival.population * 10 < chosen.population
  ) {
    return;
  }
  const reason = `"${chosen.name}" is taken as the one in ${chosen.code ?? '?'} (population ${chosen.population}); ${rival.code ?? '?'} has one of ${rival.population}`;
  ctx.report(message('info', 'places/ambiguous', reason, { start: scene.start, end: scene.end }));
}

export const placesStage: Stage<PlacesInput, PlacesOutput> = {
  name: 'places',
  version: 1,
  run: (input, ctx) => resolvePlaces(input, ctx),
};
