import type { Message } from './message.js';

/** What every stage may use besides its input: the clock, the message sink and an abort signal. */
export interface StageContext {
  /** The reference clock; fixed in tests so output is deterministic. */
  now: Date;
  report(message: Message): void;
  signal: AbortSignal;
}

/** One step of the pipeline: pure, named and versioned (bump `version` when output may change). */
export interface Stage<In, Out> {
  name: string;
  version: number;
  run(input: In, ctx: StageContext): Out | Promise<Out>;
}

/** A context that collects messages into a list; the usual one outside the server. */
export function collectingContext(
  options: { now?: Date; signal?: AbortSignal } = {},
): StageContext & { messages: Message[] } {
  const messages: Message[] = [];
  return {
    now: options.now ?? new Date(),
    signal: options.signal ?? new AbortController().signal,
    messages,
    report: (m) => messages.push(m),
  };
}
