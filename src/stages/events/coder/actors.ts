// Who the actors of a sentence are. The coder asks an `ActorSource` for coded mentions inside a span:
// the entities/actors stages supply one from a Document's entities (`actorsFromEntities`); without
// them, `gazetteerActors` codes country names, demonyms, capitals and dictionary bodies itself.
import type { Actor, Entity } from '../../../core/document.js';
import type { Span } from '../../../core/span.js';
import { loadGazetteer } from '../../actors/gazetteer/index.js';

export interface ActorMention extends Span {
  actor: Actor;
}

/** Coded mentions inside `span` (offsets into the document text), in text order. */
export type ActorSource = (span: Span) => ActorMention[];

/** Mentions of the entities that carry an actor code, as the actors stage leaves them. */
export function actorsFromEntities(entities: readonly Entity[]): ActorSource {
  const all = entities
    .flatMap((e) => (e.actor?.code ? e.mentions.map((m) => ({ ...m, actor: e.actor as Actor })) : []))
    .sort((a, b) => a.start - b.start);
  return (span) => all.filter((m) => m.start >= span.start && m.end <= span.end);
}

/** The gazetteer's reading of the text: the best-ranked candidate that has a code. */
export function gazetteerActors(text: string, date?: string): ActorSource {
  const gazetteer = loadGazetteer();
  return (span) =>
    gazetteer.scan(text.slice(span.start, span.end), date).flatMap((match) => {
      const candidate = match.candidates.find((c) => c.actor.code !== null);
      if (!candidate) return [];
      return [{ start: span.start + match.start, end: span.start + match.end, actor: candidate.actor }];
    });
}

/**
 * Text between two mentions that joins them into one compound actor: "X and Y", "X, Y and the Z", or
 * nothing ("Hungarian Romanian"); a bare "the" does not ("Noh the DPRK's launch" names two parties).
 */
const JOINER = /^\s*(?:(?:,\s*)?(?:and|&)\s*(?:the\s+)?|,\s*(?:the\s+)?)?$/iu;
/** "Kim Gunn, and US Senior Official for North Korea Jung Pak": a title may open the next conjunct. */
const TITLED_JOINER = /^\s*,?\s*(?:and|&)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|of|for|on|and|the)\s+)+$/u;

/**
 * "Choe Son Hui, foreign minister of the DPRK, and Sergei Lavrov": a lowercase appositive (a title the
 * titles pass folded into the name) between a name and "and" the next conjunct.
 */
const APPOSITIVE_JOINER =
  /^\s*,\s+(?!(?:which|who|whose|whom|that|where|when|while|as|after|before|since|but)\b)\p{Ll}[^,;.:()“”"]{0,80},\s*and\s+(?:the\s+)?$/u;

/** Mentions grouped into compound actors ("Hungarian and Romanian officials" is one group of two). */
export function groupMentions(text: string, mentions: readonly ActorMention[]): ActorMention[][] {
  const groups: ActorMention[][] = [];
  for (const m of mentions) {
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    const between = text.slice(prev?.end ?? 0, m.start);
    if (
      last &&
      prev &&
      (JOINER.test(between) || TITLED_JOINER.test(between) || APPOSITIVE_JOINER.test(between))
    )
      last.push(m);
    else groups.push([m]);
  }
  return groups;
}

/** One actor per code: "Israel … Israeli troops" in one group keeps the first. */
export function uniqueActors(mentions: readonly ActorMention[]): Actor[] {
  const seen = new Set<string>();
  const out: Actor[] = [];
  for (const { actor } of mentions) {
    const key = `${actor.code ?? ''}|${actor.name}`;
    if (!seen.has(key)) out.push(actor);
    seen.add(key);
  }
  return out;
}
