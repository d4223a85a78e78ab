// Unnamed domestic targets (the CAMEO/PLOVER convention): "Egyptian police opened fire to disperse
// demonstrators", "Opposition groups in Zimbabwe are demanding that President Mugabe abandon …",
// "students throughout Indonesia staged mass demonstrations": when the act is aimed at people or an
// institution the text does not code, or is a curfew or martial law, the target is the actor's own
// country; a protest with no named target is aimed at its own government.
import type { Actor } from '../../../core/document.js';

/** People and institutions that stand for a country's own population or government when unnamed. */
const PEOPLE = new Set(
  'people civilians demonstrators protesters protestors students workers villagers residents prisoners detainees refugees journalist journalists opposition dissidents activists officials authorities government president minister leader leaders police party parties strike candidate candidates members teachers families rebels insurgents militants guerrillas separatists curfew curfews martial'.split(
    ' ',
  ),
);
/** How many words after the verb the object may run before its head noun. */
const OBJECT_WORDS = 8;

/** Whether one of the first words of the object names unnamed people or rulers. */
function namesPeople(objectText: string): boolean {
  const words = objectText.slice(0, 120).split(/[^\p{L}'’-]+/u, OBJECT_WORDS + 1);
  return words.some((w) => PEOPLE.has(w.toLowerCase()));
}

/** Country codes only: a body without a country (IGO, UNO, NGO …) has no domestic side. */
const COUNTRY = /^[A-Z]{3}$/u;
const NOT_COUNTRY = new Set(['IGO', 'UNO', 'NGO', 'EUR', 'IMG', 'MNC']);

/** The actor's own country as the target, when the act's object is its unnamed people or rulers. */
export function domesticTarget(type: string, actor: readonly Actor[], objectText: string): Actor[] {
  const first = actor[0];
  if (!first?.code || !COUNTRY.test(first.code) || NOT_COUNTRY.has(first.code)) return [];
  if (type !== 'PROTEST' && !namesPeople(objectText)) return [];
  return [{ name: first.code, code: first.code, sector: null, role: null }];
}
