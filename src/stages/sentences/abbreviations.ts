/**
 * The abbreviation rules of the sentence splitter: which words keep their period and whether that period may
 * also end a sentence. To add an abbreviation, add it to one list. Lowercase keys, without the final period.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Titles before a name never end a sentence: "Lt. Gen. Kim", "Mr. Lee said". */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = words(`
  mr mrs ms dr prof sen sens rep reps gov gen lt col maj capt sgt adm cmdr cmdt cpl pvt brig amb
  rev hon pres supt det insp st mt ft messrs gens vs cf ca
`);

/** Before a number these never end a sentence ("No. 2", "Jan. 6", "Art. 9"); elsewhere they may ("said No."). */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = words(`
  no nos art vol pp fig approx sec ch para jan feb mar apr jun jul aug sep sept oct nov dec
`);

/**
 * Abbreviations that often close a sentence as well ("shares of Samsung Electronics Co. The ..."): they end
 * one only when the next word is a typical sentence opener (see SENTENCE_OPENERS). Dotted forms such as
 * "U.S.", "a.m." and "N.V." behave the same way and need no entry.
 */
export const CLOSING_ABBREVIATIONS: ReadonlySet<string> = words(`
  inc corp co ltd jr sr etc bros plc est dept univ assn
`);

/**
 * Words that start sentences but rarely follow an abbreviation inside one: "at 3 p.m. The talks" splits,
 * "at 3 p.m. Mr. Lee said" and "U.S. President Biden" do not.
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = words(`
  the a an he she it they we i you this that these those there in on at but and or so however
  meanwhile its his her their our as after before when while if although though some many most no
  yet still also earlier later then officials analysts what why how who since for with under
  according separately both each such
`);
