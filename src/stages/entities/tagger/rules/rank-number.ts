import type { MentionRule } from './rule.js';

/** "No. 1", "No. 2 U.S. music retailer": a rank, not a name ("No." came out ORG). */
const RANK = /^No\.(?:\s*\d+)?$/u;

export const rankNumber: MentionRule = {
  id: 'tagger/rank-number',
  apply: (mentions, { text }) => mentions.filter((m) => !RANK.test(text.slice(m.start, m.end))),
};
