import type { DomainRule } from './rule.js';

/**
 * "staged mass demonstrations", "began a hunger strike", "continued their hunger strike", "held a
 * rally": a light verb whose object is a protest is the protest (PLOVER PROTEST, CAMEO 14). The
 * dictionary codes "stage" and "begin" by other objects and "continue" by none.
 */
export const protestAction: DomainRule = {
  id: 'events/protest-action',
  verb: /^(?:stag(?:e|ed|es|ing)|beg(?:an|in|ins|un|inning)|continu(?:e|ed|es|ing)|held|hold|holds|holding|launch(?:ed|es|ing)?|start(?:ed|s|ing)?|mount(?:ed|s|ing)?|organi[sz](?:e|ed|es|ing))$/u,
  object:
    /^\s*(?:[\w-]+\s+){0,3}?(?:hunger strikes?|strikes?|demonstrations?|protests?|rall(?:y|ies)|marches|march|sit-ins?|boycotts?|riots?|walkouts?)\b/u,
  coding: { type: 'PROTEST', mode: 'demo', subMode: null, context: [] },
};

/**
 * "French paper workers blocked the Europe Bridge", "Rebels blocked transport into Abidjan",
 * "people blocked streets in Hong Kong": blocking a road is obstruction, a protest (CAMEO 144
 * "obstruct passage, block"), not the blockade the dictionary's BLOCK codes (COERCE).
 */
export const obstructPassage: DomainRule = {
  id: 'events/obstruct-passage',
  verb: /^(?:block(?:ed|s|ing)?|barricad(?:e|ed|es|ing))$/u,
  object:
    /^\s*(?:[\w-]+\s+){0,3}?(?:roads?|roadways?|streets?|bridges?|highways?|motorways?|railways?|rail lines?|traffic|transport|intersections?|junctions?|crossings?)\b/u,
  coding: { type: 'PROTEST', mode: 'obstruct', subMode: null, context: [] },
};
