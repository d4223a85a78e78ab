// How a statement reached the public, as printed near the attribution. To add a channel, add one line.

interface ChannelRule {
  pattern: RegExp;
  /** The channel's name: a fixed one, or the words the pattern captured as `name`. */
  channel: string | null;
}

const CHANNELS: readonly ChannelRule[] = [
  // "in a Korean-language statement", "in a joint press statement", "in a press release", "in an interview with CNN"
  {
    pattern:
      /\bin (?:a|an|its|his|her|their) (?<name>(?:[\w-]+ ){0,3}?(?:statement|release|briefing|interview(?: with (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)*)?|post|message|speech|letter|address|commentary|article))\b/u,
    channel: null,
  },
  // KCNA: "issued the following press statement", "released a statement"
  {
    pattern:
      /\b(?:issued|released|made public|published) (?:the following |a |an )?(?<name>(?:[\w-]+ ){0,2}?(?:statement|release|commentary|article|letter))\b/u,
    channel: null,
  },
  { pattern: /\btold reporters\b/u, channel: 'remarks to reporters' },
  {
    pattern: /\b(?:told|in an interview with) (?<name>(?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)*)/u,
    channel: null,
  },
  { pattern: /\b(?:on|via) (?:X|Twitter)\b/u, channel: 'X (Twitter)' },
  { pattern: /\bon (?:social media|Facebook|Telegram)\b/u, channel: 'social media' },
  { pattern: /\b(?:at|during) a (?<name>(?:press|news) (?:conference|briefing))\b/u, channel: null },
];

/** The first channel named in `words`, or null. */
export function channelIn(words: string): string | null {
  for (const rule of CHANNELS) {
    const m = rule.pattern.exec(words);
    if (m) return rule.channel ?? m.groups?.['name'] ?? null;
  }
  return null;
}
