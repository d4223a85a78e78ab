import type { Span } from './span.js';

export type Severity = 'fatal' | 'warning' | 'info';

/** A problem or note found while processing a document (modelled on vfile-message). */
export interface Message {
  severity: Severity;
  stage: string;
  /** `<stage>/<rule>`, e.g. `fetch/private-address`. */
  ruleId: string;
  reason: string;
  span?: Span;
}

export function message(severity: Severity, ruleId: string, reason: string, span?: Span): Message {
  const stage = ruleId.split('/')[0] ?? ruleId;
  return span ? { severity, stage, ruleId, reason, span } : { severity, stage, ruleId, reason };
}
