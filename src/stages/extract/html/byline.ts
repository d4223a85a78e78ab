/**
 * Byline cleaning for HTML pages: "By JANE DOE and John Roe, Staff Writers | jane@x.com" → names only.
 * Metadata fields (meta author, JSON-LD author, byline elements) need no "By" to be bylines, so this
 * is looser than the shared parseByline, which it defers to for Korean bylines and e-mails.
 */
import { parseByline, type Byline } from '../shared/byline.js';

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const LEADING_BY =
  /^\s*(?:written |reported |posted |story |words |text |analysis |opinion |commentary )?by[:\s]+/i;
/** "Text: Венера Ерофеева", "Текст: …", "Author: …", "Autor: …", "Por …": a label before the names. */
const LEADING_LABEL = /^\s*(?:text|texto|текст|author|autor|auteur|autore|words|por|par|von|di)\s*:\s*/iu;
/** "Chris Davies Monday, Nov 18" or "Jose AltoverosView More Articles": what follows a name in a byline box. */
const TRAILER =
  /(?:\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|updated|published|posted)(?=[\s,:]|$)|\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?)(?=\s+\d|\s*$)|\s*view (?:more|all)\b|\s+\d).*$/i;
// "Finian Cunningham. Sputnik International": a full stop after a word (not an initial) ends a name.
const SEPARATORS = /\s*(?:,|;|\||\band\b|&|\/|\bwith\b|\u2022|·|(?<=\p{Ll}{2})\.\s)\s*/iu;
/** Words that make a byline part a role or an outlet, not a person ("Staff Writer", "Associated Press"). */
const ROLE =
  /\b(?:writer|reporter|correspondent|editor|editors|editorial|staff|contributor|columnist|bureau|chief|producer|analyst|journalist|press|news|desk|service|services|media|agency|team|updated|published|follow|twitter|email|photo|photos|opinion|contributing|senior|special|international|sport|sports|wire|reports|admin|online|magazine|daily|weekly|radio|tv)\b/i;
const NAME_WORD = /^(?:[\p{Lu}][\p{L}'’.-]*|(?:de|van|von|der|da|di|la|le|bin|al|del)|[\p{Lu}]\.)$/u;
const MAX_NAMES = 6;
// "The Russian and Syrian defense ministries" split at "and" must not give a person "The Russian".
const NOT_FIRST = /^(?:the|a|an|this|our|your|its|staff)$/i;

function titleCase(s: string): string {
  if (s !== s.toUpperCase()) return s;
  return s
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_m, pre: string, c: string) => pre + c.toUpperCase());
}

/** Whether a string reads like a person's name: 2–5 capitalized words, no digits. */
export function looksLikeName(s: string): boolean {
  if (/\d/.test(s) || s.length > 60) return false;
  const words = s.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  // An acronym among mixed-case words is an outlet ("CNN Business"), not a person.
  if (s !== s.toUpperCase() && words.some((w) => w.length > 1 && /^\p{Lu}+$/u.test(w))) return false;
  if (NOT_FIRST.test(words[0] ?? '')) return false;
  return words.every((w) => NAME_WORD.test(w)) && !ROLE.test(s);
}

/** Names and e-mails in a byline field or box; no names when none reads like a person's name. */
export function readByline(raw: string): Byline {
  const emails = [...new Set(raw.match(EMAIL) ?? [])];
  const korean = /\p{Script=Hangul}/u.test(raw) ? parseByline(raw) : null;
  if (korean) return korean;
  return { names: bylineNames(raw), emails };
}

/** Names in a byline string; empty when none reads like a person's name. */
export function bylineNames(raw: string): string[] {
  let s = raw.replace(EMAIL, ' ').replace(/\s+/g, ' ').trim();
  if (s.length > 300 || /^https?:/i.test(s)) return [];
  s = s.replace(LEADING_BY, '').replace(LEADING_LABEL, '').replace(TRAILER, '');
  const out: string[] = [];
  for (const part of s.split(SEPARATORS)) {
    const name = titleCase(
      part
        .replace(/^by\s+/i, '')
        .replace(/[.:]+$/, '')
        .trim(),
    );
    if (looksLikeName(name) && !out.includes(name)) out.push(name);
    if (out.length >= MAX_NAMES) break;
  }
  return out;
}

/** A short block that is a byline ("By Jane Doe", "Jane Doe, Reuters"), not prose. */
export function isBylineLine(line: string): boolean {
  if (line.length > 120 || !LEADING_BY.test(line)) return false;
  // "By Justine Coleman - 11/18/19 11:04 PM EST": a name first, then anything short.
  const rest = line.replace(LEADING_BY, '');
  return bylineNames(line).length > 0 || line.length < 40 || BY_NAME_START.test(rest);
}

const BY_NAME_START = /^\p{Lu}[\p{L}'’.-]+ (?:\p{Lu}\.? )?\p{Lu}[\p{L}'’-]+(?:\s|,|$)/u;
