/** Input that cannot be processed: the message is for the user; `ruleId` names the check. */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    readonly ruleId: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A fetch that failed: refused address, timeout, too many redirects, oversize body, HTTP error. */
export class FetchError extends Error {
  override name = 'FetchError';
  constructor(
    readonly ruleId: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
