/** A half-open span [start, end) of an article's normalised text, in UTF-16 code units. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Every annotation is a span into the article's read-only text plus the id of the rule that made
 * it, so that a wrong result can be traced back to the rule (chrono's tags, vfile's ruleId).
 */
export type Annotation<A extends object = object> = Span & { readonly rule: string } & Readonly<A>;

/** Is the span a valid range of a text of that length? */
export function isValidSpan(span: Span, textLength: number): boolean {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= textLength;
}

/** The text a span stands on. */
export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}
