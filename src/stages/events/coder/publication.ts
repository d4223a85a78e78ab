// Issuing a text is no event of its own: "Sim Min … issued the following article \"The U.S. and the
// West had better ponder …\"", "the Foreign Ministry released a press statement". The CAMEO dictionary
// files ISSUE and RELEASE with GIVE and GRANT (material cooperation), and the title's first name would
// become the recipient. What the text says is coded from its own sentences.

const PUBLISH =
  /^(?:issu(?:e|ed|es|ing)|releas(?:e|ed|es|ing)|publish(?:ed|es|ing)?|carr(?:y|ied|ies|ying))$/u;
const DOCUMENT =
  /^\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:following\s+)?(?:[\w-]+\s+){0,2}?(?:statements?|articles?|commentar(?:y|ies)|reports?|press releases?|documents?|notices?|communiqu[eé]s?|editorials?)\b/u;

/** The verb publishes a text: its lowercase `verb` and the clause text after it. */
export function isPublication(verb: string, objectText: string): boolean {
  return PUBLISH.test(verb) && DOCUMENT.test(objectText);
}
