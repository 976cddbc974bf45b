/** Metadata an input may carry (a record's fields, a page's meta tags). */
export interface InputMeta {
  title?: string;
  outlet?: string;
  publishedAt?: string;
  language?: string;
  url?: string;
  byline?: string;
}

/** An input once its bytes are read and decoded, before it becomes an article. */
export interface RawInput {
  /** The path, URL, `path:line` of a record, or `-`. */
  source: string;
  format: 'text' | 'html' | 'markdown';
  content: string;
  meta: InputMeta;
}

/** An input that could not be read, with a plain reason (the contract's `errors` entries). */
export interface IngestError {
  input: string;
  message: string;
}

export type Ingested = { ok: true; raw: RawInput } | { ok: false; error: IngestError };

export interface IngestOptions {
  /** The largest file, page or record text accepted, in bytes. */
  maxBytes?: number;
  /** How long a URL may take, in milliseconds. */
  fetchTimeoutMs?: number;
  /** How many redirects a URL may follow. */
  maxRedirects?: number;
  /** Where `-` reads from (tests pass their own stream). */
  stdin?: AsyncIterable<Uint8Array | string>;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_FETCH_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_REDIRECTS = 5;
