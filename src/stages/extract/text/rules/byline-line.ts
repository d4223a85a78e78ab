import type { LineRule } from '../lines.js';
import { parseByline } from '../../shared/byline.js';

/**
 * A line that is wholly a byline: "By Ji Da-gyum (dagyumji@heraldcorp.com)" under the seed's last
 * paragraph, "Antony J. Blinken, Secretary of State" above a State Department statement. The parser
 * rejects sentences that begin with "By".
 */
export const bylineLine: LineRule = {
  id: 'extract/byline',
  kind: 'byline',
  test: (text) => parseByline(text) !== null,
};
