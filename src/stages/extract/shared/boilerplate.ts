/**
 * Line-level boilerplate: the short lines news pages put around and inside an article that are
 * not its text (share and follow prompts, newsletter pitches, "Read more", ad labels, copyright).
 * Used by the HTML extractor on each block and by the scraped-text extractor on each line.
 * To add a rule, add one entry to BOILERPLATE_PATTERNS.
 */
export interface BoilerplatePattern {
  /** `extract/<rule>`, reported with what it removed. */
  id: string;
  pattern: RegExp;
}

/** Longer lines are prose; a pattern that matches them would be matching article text. */
export const MAX_BOILERPLATE_LENGTH = 200;

export const BOILERPLATE_PATTERNS: readonly BoilerplatePattern[] = [
  // "Share this article", "Share on Facebook", "Tweet", "Email", "Print", "Copy link".
  {
    id: 'extract/share',
    pattern:
      /^(?:share(?: this(?: article| story| page| post)?| (?:on|via) \w+| the story| article| story)?|tweet(?: this)?|e-?mail(?: this)?(?: article| story)?|print(?: this)?(?: article| story| page)?|copy(?: the)? link|pin it|whatsapp|facebook|twitter|linkedin|reddit)$/i,
  },
  // "Follow us on Twitter", "Like us on Facebook", "Join us on Telegram".
  { id: 'extract/social', pattern: /^(?:follow|like|join) (?:us|our|@\w+|\w+ on)\b.{0,120}$/i },
  // "Like this story? Share it with a friend!"
  { id: 'extract/share-prompt', pattern: /^.{0,40}\bshare (?:it|this(?: story| article)?) with\b.{0,40}$/i },
  // "Sign up for our newsletter", "Subscribe to ...", "Get the latest headlines in your inbox".
  {
    id: 'extract/newsletter',
    pattern:
      /^(?:(?:sign up|subscribe|register)\b.{0,140}|.{0,100}\b(?:sign up|subscribe|delivered|get|receive)\b.{0,60}\b(?:newsletters?|inbox)\b.{0,80}|get (?:the|our) (?:latest|best|top)\b.{0,100})$/i,
  },
  // "Already a subscriber? Log in", "Subscribers only", "Become a member".
  {
    id: 'extract/paywall',
    pattern:
      /^(?:already (?:a )?(?:subscriber|member)|subscribers? only|become a (?:member|subscriber)|log ?in|sign ?in)\b.{0,100}$/i,
  },
  // "Read more:", "Related:", "See also", "More from Politics", "Recommended", "Trending now".
  {
    id: 'extract/related',
    pattern:
      /^(?:read (?:more|next|also)|more|related(?: articles?| stories| coverage| content| links?| news| reading| topics)?|see also|more (?:from|on|about|stories|news|in)\b.{0,60}|recommended(?: for you| stories| reading)?|you (?:may|might) (?:also )?(?:like|be interested)\b.{0,40}|more\b.{0,40}\b(?:stories|articles|news|videos|coverage)|recent (?:articles|posts|stories|news)|(?:most )?(?:popular|read|viewed|trending)(?: now| stories| articles| today)?|top stories|what to read next|editor'?s picks)(?:\s*[:»›>|.]\s*.{0,140})?$/i,
  },
  // "Continue reading", "Click here to ...", "Keep reading".
  { id: 'extract/continue', pattern: /^(?:continue reading|keep reading|click here\b|tap here\b).{0,120}$/i },
  // "Advertisement", "Story continues below advertisement", "Sponsored content".
  {
    id: 'extract/advertisement',
    pattern:
      /^(?:advertisement|advertising|advert|ad|iklan|publicidade|publicidad|publicité|anzeige|werbung|реклама|sponsored(?: content| links?)?|paid (?:content|post)|(?:the )?story continues (?:below|after)(?: (?:the )?(?:advertisement|ad))?|skip (?:ad|advertisement))\.?$/i,
  },
  // "Back to top", "Skip to main content", "Jump to comments".
  {
    id: 'extract/navigation',
    pattern: /^(?:back to top|skip to\b.{0,40}|jump to\b.{0,40}|go to\b.{0,30}|menu|home|search)$/i,
  },
  // "© 2019 Example Media", "Copyright 2019 ...", "All rights reserved".
  {
    id: 'extract/copyright',
    pattern: /^(?:.{0,20}(?:©|ⓒ|\(c\)|copyright\b).{0,160}|.{0,160}\ball rights reserved\b.{0,60})$/i,
  },
  // "12 comments", "Leave a comment", "Comments are closed", "Show comments".
  {
    id: 'extract/comments',
    pattern:
      /^(?:\d+\s+comments?|comments?(?: \(\d+\))?|(?:top rated|newest|oldest|best|most recent) comments|tell us what (?:you|YOU) think\b.{0,10}|(?:leave|post|add|write|view|show|hide|load|read) (?:a |the |all )?(?:\d+ )?comments?\b.{0,40}|comments? (?:are|have been) (?:closed|disabled))$/i,
  },
  // "5 min read", "Listen to this article", "Reading time: 3 minutes".
  {
    id: 'extract/reading-time',
    pattern:
      /^(?:\d+\s*min(?:ute)?s?\.?\s+read|listen to (?:this )?(?:article|story)\b.{0,30}|(?:reading time|tempo de leitura|tiempo de lectura|lesezeit|temps de lecture)\b.{0,30})$/i,
  },
  // "Filed under: Politics |", "Tags: sanctions, missiles", "Topics:".
  {
    id: 'extract/tags',
    pattern: /^(?:filed under|tags?|tagged(?: with)?|topics?|categories|category|keywords)\s*:.{0,160}$/i,
  },
  // "Updated at 1:23 p.m.", "Published 11:04 AM": a timestamp with no date for the date rules to see.
  {
    id: 'extract/timestamp',
    pattern:
      /^(?:updated|published|posted|last (?:updated|modified))(?: on| at|:)?\s.{0,50}\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?.{0,20}$/i,
  },
  // "(Reporting by …; editing by …)", "Associated Press writers … contributed to this report."
  {
    id: 'extract/contributors',
    pattern:
      /^(?:\(?(?:additional )?(?:reporting|writing|editing|compiled|research) by\b.{0,190}|.{0,170}\bcontributed (?:to )?(?:this|the) (?:report|story|article)\.?\)?)$/i,
  },
  // A line that is only an e-mail address or a handle: the byline's contact.
  { id: 'extract/contact', pattern: /^(?:e-?mail:?\s*)?(?:[\w.+-]+@[\w-]+\.[\w.-]+|@\w{2,30})$/i },
  // WordPress shortcodes left in text: "[button link=…]Send us…[/button]".
  { id: 'extract/shortcode', pattern: /^\[\w+[^\]]*\].*\[\/\w+\]$/ },
  // Cookie and consent banners.
  {
    id: 'extract/cookies',
    pattern: /^.{0,80}\b(?:we use cookies|cookie policy|accept (?:all )?cookies)\b.{0,160}$/i,
  },
];

/** The rule id of the first boilerplate pattern the line matches, or null. */
export function boilerplateRule(line: string): string | null {
  const s = line.trim();
  if (s.length === 0 || s.length > MAX_BOILERPLATE_LENGTH) return null;
  for (const p of BOILERPLATE_PATTERNS) if (p.pattern.test(s)) return p.id;
  return null;
}

/** Whether a line is boilerplate rather than article text. */
export function isBoilerplateLine(line: string): boolean {
  return boilerplateRule(line) !== null;
}
