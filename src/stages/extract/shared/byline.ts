/**
 * Byline lines: "By Ji Da-gyum (dagyumji@heraldcorp.com)", "By Kim Tong-hyung and Hyung-jin Kim",
 * "Ned Price, Department Spokesperson", "Jane Doe | Reuters". Names come back bare: no "By", no
 * e-mail, no role. A line is a byline only if the whole of it parses, so a sentence that starts with
 * "By" ("By Wednesday, the talks had stalled.") is not one.
 */

export interface Byline {
  names: string[];
  emails: string[];
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** Honorifics printed before a name in bylines and state.gov author lines ("Ambassador Sung Kim"). */
const HONORIFIC =
  /^(?:Ambassador|Amb\.|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?|Professor|Sir|Dame|Gen\.?|Adm\.?)\s+/;

/**
 * Words that make a role after the comma ("X, Staff Reporter", "X, Secretary of State"). A role is
 * printed in title case, so "S. Korean, US nuclear envoys vow to ..." (a headline) is not a byline.
 * No closing \b: state.gov glues the bureau on ("Acting Assistant SecretaryBureau of ...").
 */
const ROLE_WORD =
  /\b(?:Reporter|Correspondent|Writer|Editor|Columnist|Contributor|Journalist|Staff|Spokesperson|Spokesman|Spokeswoman|Secretary|Minister|Ambassador|Representative|Envoy|Director|Coordinator|Officer|Official|Counselor|Adviser|Advisor|Analyst|Chief|President|Chair|Chairman|Professor|Fellow|Researcher|Commander|Administrator|Under Secretary)/;

/** Short words a title-case role may keep in lower case ("Secretary of State"). */
const ROLE_LOWER_WORDS = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'at', 'to', '&']);

/** Wire names after a bar: "Jane Doe | Reuters"; the agency is not a person. */
const AGENCY_SUFFIX = /\s*\|\s*[\p{L}.&' ]{2,40}$/u;

/** Name tokens that are never names; guards "By Wednesday, ..." and "By January ...". */
const NOT_NAMES = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'the',
  'then',
  'now',
  'late',
  'early',
]);

/** One name token: "Ji", "Da-gyum", "J.", "O'Neill", "McKeon"; lower-case particles allowed inside. */
const NAME_TOKEN = /^(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.|de|van|von|der|da|bin|al|le|la)$/u;

export function parseByline(line: string): Byline | null {
  let rest = line.trim();
  if (rest.length === 0 || rest.length > 160) return null;
  const emails = rest.match(EMAIL) ?? [];
  // "(dagyumji@heraldcorp.com)" or "dagyumji@heraldcorp.com" after the names.
  rest = rest
    .replace(/\(\s*[\w.+-]+@[\w.-]+\s*\)/g, '')
    .replace(EMAIL, '')
    .trim();
  const hasBy = /^by\s+/i.test(rest);
  rest = rest.replace(/^by\s+/i, '');
  const hasAgency = AGENCY_SUFFIX.test(rest);
  rest = rest.replace(AGENCY_SUFFIX, '').replace(/[,;:\s]+$/, '');
  const [namesPart = '', ...roleParts] = rest.split(/\s*,\s*/);
  const role = roleParts.join(', ');
  if (role !== '' && !isRole(role)) return null;
  const names = namesPart.split(/\s+(?:and|&)\s+/).map((n) => n.replace(HONORIFIC, '').trim());
  if (!names.every(isPersonName)) return null;
  // A lone name is no byline ("Kim Jong Un" as a paragraph); "By", an e-mail, an agency, a role or
  // a list of names joined by "and" is the evidence that it is one.
  const evidence = hasBy || emails.length > 0 || hasAgency || role !== '' || names.length > 1;
  return evidence ? { names, emails: [...emails] } : null;
}

/** "Ji Da-gyum", "Antony J. Blinken", "Bonnie Denise Jenkins": two to five capitalized tokens. */
export function isPersonName(name: string): boolean {
  const tokens = name.split(/\s+/);
  if (tokens.length < 2 || tokens.length > 5) return false;
  if (!/^\p{Lu}/u.test(tokens[0] ?? '')) return false;
  return tokens.every((t) => NAME_TOKEN.test(t) && !NOT_NAMES.has(t.toLowerCase()));
}

/** "Secretary of State", "Acting Assistant Secretary Bureau of East Asian and Pacific Affairs". */
function isRole(role: string): boolean {
  if (role === '' || role.length > 140 || !ROLE_WORD.test(role)) return false;
  return role.split(/\s+/).every((w) => /^[\p{Lu}\d(]/u.test(w) || ROLE_LOWER_WORDS.has(w));
}
