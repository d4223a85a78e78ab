import { wordCount, type LineRule } from '../lines.js';

/**
 * A press-contact note after a release: "For media inquiries, please contact climatecomms@state.gov."
 * It is about the release, not part of it. An e-mail address and one of the contact words are both
 * needed, so a paragraph that quotes an address stays.
 */
export const contactLine: LineRule = {
  id: 'extract/contact-line',
  kind: 'boilerplate',
  test: (text) =>
    wordCount(text) <= 20 &&
    /\b(?:contact|inquiries|enquiries|press office|media office)\b/i.test(text) &&
    /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.test(text),
};
