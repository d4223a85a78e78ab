/**
 * One item to extract: raw bytes (a file or a fetched body), or text or HTML already decoded
 * (a JSONL record). Title and date given by a feed are used as given.
 */
export interface RawInput {
  bytes?: Uint8Array;
  html?: string;
  text?: string;
  /** The Content-Type header, when the bytes came over HTTP. */
  contentType?: string | null;
  url?: string | null;
  title?: string | null;
  publishedAt?: string | null;
  /** Largest input accepted, in bytes; the decoder's default (16 MiB) when absent. */
  maxBytes?: number;
}
