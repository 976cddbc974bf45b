/** How the article reached us, kept for the record and for format-specific fixes. */
export type SourceFormat = 'text' | 'html' | 'markdown';

/**
 * An article once read and normalised. `text` is fixed here: every later annotation is a span
 * into it, and nothing rewrites it afterwards.
 */
export interface Article {
  /** Stable id derived from the normalised text: the same content gives the same id. */
  readonly id: string;
  /** Where it was read from: a path, a URL, `path:line` for a record, or `-` for standard input. */
  readonly source: string;
  readonly format: SourceFormat;
  readonly title?: string;
  readonly outlet?: string;
  readonly byline?: string;
  readonly url?: string;
  /** ISO 639-1, or "und". */
  readonly language: string;
  /** How the language was decided. */
  readonly languageSource: 'metadata' | 'detected' | 'unknown';
  /** ISO date or date-time. */
  readonly publishedAt?: string;
  readonly publishedAtSource?: 'metadata' | 'inferred';
  /** The normalised body text; paragraphs are separated by one blank line ("\n\n"). */
  readonly text: string;
}
