// Nouns that name a country's people or rulers as a party of their own: "the Turkish government",
// "Serbian authorities", "demonstrators in Baghdad", "rebels in the Ivory Coast".

/** The nouns, as a regular-expression alternation (plural or mass forms, as news uses them). */
export const PARTY_NOUN =
  'government|authorities|administration|regime|forces|army|military|troops|police|security|opposition|rebels?|insurgents|militants|guerrillas|separatists|refugees|civilians|people|citizens|students|workers|farmers|landowners|villagers|residents|activists|protesters|demonstrators|candidates|parties|party|parliament|court|judges|officials|leaders|prisoners|minority|kurds?';

/** "Demonstrators in Baghdad": a party noun right before "in (the)" and the place that ends here. */
export const PARTY_IN = new RegExp(`\\b(?:${PARTY_NOUN})\\s+in\\s+(?:the\\s+)?$`, 'iu');
