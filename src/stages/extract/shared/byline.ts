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

/**
 * Roles Korean bylines print before or after the name: 기자 (reporter), 특파원 (correspondent),
 * 칼럼니스트 (columnist), 논설위원 (editorial writer), 편집위원, 평론가 (critic), 객원기자.
 */
const KOREAN_ROLE = '(?:선임기자|객원기자|기자|특파원|칼럼니스트|논설위원|편집위원|평론가)';
/**
 * "홍길동 기자", "칼럼니스트 박생강", "[서울=뉴시스] 홍길동 기자": an optional bracketed outlet tag,
 * then a name of two to four Hangul syllables with its role. Korean names carry no spaces.
 */
const KOREAN_BYLINE = new RegExp(
  `^(?:\\[[^\\]]{1,30}\\]\\s*)?(?:(?<pre>${KOREAN_ROLE})\\s*)?(?<name>[가-힣]{2,4})(?:\\s*(?<post>${KOREAN_ROLE}))?$`,
  'u',
);
const G_KO_NAME = 'name';
const G_KO_PRE = 'pre';
const G_KO_POST = 'post';

export function parseByline(line: string): Byline | null {
  let rest = line.trim();
  if (rest.length === 0 || rest.length > 160) return null;
  const emails = rest.match(EMAIL) ?? [];
  // "(dagyumji@heraldcorp.com)" or "dagyumji@heraldcorp.com" after the names.
  rest = rest
    .replace(/\(\s*[\w.+-]+@[\w.-]+\s*\)/g, '')
    .replace(EMAIL, '')
    .trim();
  if (/\p{Script=Hangul}/u.test(rest)) return parseKoreanByline(rest, [...emails]);
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

/** A Korean byline: a role or an e-mail is the evidence, as "By" is in English. */
function parseKoreanByline(rest: string, emails: string[]): Byline | null {
  // "김철수 기자 = kim@newsis.com": the "=" before the removed e-mail goes too.
  const g = KOREAN_BYLINE.exec(rest.replace(/[\s=:,;]+$/, ''))?.groups;
  const name = g?.[G_KO_NAME];
  if (!g || !name) return null;
  const hasRole = g[G_KO_PRE] !== undefined || g[G_KO_POST] !== undefined;
  return hasRole || emails.length > 0 ? { names: [name], emails } : null;
}
