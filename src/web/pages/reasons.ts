import type { ArticleDetail } from '../api.js';
import { h } from '../dom.js';

type Reason = NonNullable<ArticleDetail['entities'][number]['reasons']>[number];

/** Why an actor code is what it is: each rule, the words it read and its dictionary entry (issue 3). */
export function reasonList(reasons: Reason[] | undefined): HTMLElement | null {
  if (!reasons || reasons.length === 0) return null;
  return h(
    'ul',
    { class: 'reasons', 'aria-label': 'Reasons for the actor code' },
    reasons.map((r) =>
      h('li', {}, h('code', {}, r.ruleId), ' read “', r.text, '”', r.detail ? ` (${r.detail})` : ''),
    ),
  );
}
