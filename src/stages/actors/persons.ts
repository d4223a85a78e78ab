// People: one entity per real person, named by the fullest form, coded from the officials table (or
// another dictionary) on the article's date, else from an adjacent title; bare surnames are linked to
// the full name they refer back to (rules/surname-coreference.ts). Every code keeps its reasons.
import type { Actor, ActorReason } from '../../core/document.js';
import type { Span } from '../../core/span.js';
import type { Sentence } from '../sentences/index.js';
import type { Mention } from '../entities/index.js';
import { nameKey } from './gazetteer/index.js';
import { dictionaryReason, reason } from './reasons.js';
import { titleOf } from './rules/person-title.js';
import { sideOf } from './rules/side-of.js';
import { RULE_ID as COREFERENCE, resolveSurname } from './rules/surname-coreference.js';

export interface PersonEntity {
  name: string;
  actor: Actor | null;
  /** Why the actor is what it is: the dictionary entry, the title, the coreference links. */
  reasons: ActorReason[];
  mentions: Span[];
}

type Coded = [Actor | null, ActorReason[]];

const SURNAME_IN_OFFICE = 'actors/surname-in-office';

/**
 * A dictionary person in office on the date keeps the dictionary's code; one whose terms all ended is a
 * former official (ELI) unless a title beside the name says what they were in the text's story
 * ("Kim Il Sung, premier of the DPRK Cabinet" in a passage about 1949).
 */
function actorOf(text: string, mentions: readonly Mention[], mention: Mention): Coded {
  const top = mention.candidates[0];
  const title = titleOf(text, mentions, mention);
  if (top) {
    const reasons = [dictionaryReason(text, mention, top)];
    // A bare surname coded by the one official of that name in office (entities/surname-office.ts).
    if (!mention.text.includes(' ')) reasons.push(reason(text, SURNAME_IN_OFFICE, mention, top.id));
    const role = top.actor.role ?? title?.role ?? null;
    if (!top.ended) return [{ ...top.actor, name: mention.text, role }, reasons];
    if (title && title.sector !== 'ELI')
      return [
        { ...top.actor, name: mention.text, ...title, code: top.actor.code ?? title.code },
        [...reasons, ...title.reasons],
      ];
    return [{ ...top.actor, name: mention.text, sector: 'ELI', role: role && `former ${role}` }, reasons];
  }
  if (!title) return [null, []];
  // "from the DPRK side were Kim Hwa Sik, vice-minister of Chemical Industry": the side gives the country.
  const side = title.code ? null : sideOf(text, mentions, mention);
  const code = title.code ?? side?.code ?? null;
  const reasons = side ? [...title.reasons, reason(text, side.ruleId, side.mention)] : title.reasons;
  return [{ name: mention.text, code, sector: title.sector, role: title.role }, reasons];
}

/** Groups the full-name mentions: same dictionary identity, or the same folded name. */
function fullNames(text: string, mentions: readonly Mention[]): PersonEntity[] {
  const groups = new Map<string, PersonEntity>();
  for (const m of mentions) {
    if (m.type !== 'PERSON' || (!m.text.includes(' ') && m.candidates.length === 0)) continue;
    const key = m.candidates[0]?.id ?? nameKey(m.text);
    const group = groups.get(key);
    if (group) {
      group.mentions.push({ start: m.start, end: m.end });
      if (m.text.length > group.name.length) group.name = m.text;
      if (!group.actor) [group.actor, group.reasons] = actorOf(text, mentions, m);
      continue;
    }
    const [actor, reasons] = actorOf(text, mentions, m);
    groups.set(key, { name: m.text, actor, reasons, mentions: [{ start: m.start, end: m.end }] });
  }
  for (const g of groups.values()) if (g.actor) g.actor = { ...g.actor, name: g.name };
  return [...groups.values()];
}

function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  return sentences.find((s) => offset >= s.start && offset < s.end);
}

/** Every person in the text: full names first, then each bare surname linked back or kept on its own. */
export function resolvePersons(
  text: string,
  mentions: readonly Mention[],
  sentences: readonly Sentence[],
): PersonEntity[] {
  const people = fullNames(text, mentions);
  const bare = mentions.filter(
    (m) => m.type === 'PERSON' && !m.text.includes(' ') && m.candidates.length === 0,
  );
  const alone = new Map<string, PersonEntity>();
  for (const m of bare) {
    const sentence = sentenceAt(sentences, m.start) ?? { start: m.start, end: m.end, tokens: [] };
    const partners = bare
      .filter((o) => o !== m && o.start >= sentence.start && o.end <= sentence.end)
      .map((o) => o.text);
    const ctx = {
      sentence: { ...sentence, text: text.slice(sentence.start, sentence.end) },
      partners,
      sentences,
    };
    const target = resolveSurname(m.text, m.start, people, ctx);
    if (target) {
      target.mentions.push({ start: m.start, end: m.end });
      if (target.actor) target.reasons.push(reason(text, COREFERENCE, m, target.name));
      continue;
    }
    // No antecedent: the surname stays a person of its own, coded only by a title beside it
    // ("UN Secretary-General Guterres"); a bare "Kim" stays unresolved.
    const key = nameKey(m.text);
    const own = alone.get(key) ?? { name: m.text, actor: null, reasons: [], mentions: [] };
    if (!own.actor) [own.actor, own.reasons] = actorOf(text, mentions, m);
    own.mentions.push({ start: m.start, end: m.end });
    alone.set(key, own);
  }
  const all = [...people, ...alone.values()];
  for (const p of all) {
    p.mentions.sort((a, b) => a.start - b.start);
    p.reasons.sort((a, b) => a.start - b.start);
  }
  return all;
}
