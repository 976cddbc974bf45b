import type { ParagraphAnnotation, QuoteMarkAnnotation } from '../model/layers.js';

/** A passage between quotation marks: `start`/`end` exclude the marks, `open`/`close` include them. */
export interface QuotedSpan {
  open: number;
  start: number;
  end: number;
  close: number;
  /** Paragraph index of the opening mark. */
  paragraph: number;
  /**
   * The passage runs on over following paragraphs, each reopened with a mark (the typographic
   * convention for a long quotation): `end`/`close` are those of its last paragraph.
   */
  paragraphs: number;
}

type Family = 'guillemet' | 'double' | 'single';

interface Mark {
  start: number;
  end: number;
  family: Family;
  role: 'open' | 'close' | 'either';
  /** A straight mark (", ', '') rather than a typographic one. */
  straight: boolean;
}

/** The marks that can open or close a quotation, with two straight apostrophes ('') read as one double mark. */
function usableMarks(text: string, marks: readonly QuoteMarkAnnotation[]): Mark[] {
  const out: Mark[] = [];
  for (let i = 0; i < marks.length; i++) {
    const m = marks[i]!;
    const ch = text[m.start]!;
    if (ch === "'" && marks[i + 1]?.start === m.end && text[m.end] === "'") {
      const before = text[m.start - 1] ?? ' ';
      out.push({ start: m.start, end: m.end + 1, family: 'double', role: /[\s([{—–-]/.test(before) ? 'open' : 'close', straight: true });
      i++;
      continue;
    }
    if (m.role === 'apostrophe') continue;
    const family: Family = m.style === 'guillemet' ? 'guillemet' : m.style === 'curly-single' || m.style === 'straight-single' ? 'single' : 'double';
    // A lone straight apostrophe is too often an elision or a possessive to pair.
    if (ch === "'" && m.role === 'ambiguous') continue;
    out.push({ start: m.start, end: m.end, family, role: m.role === 'ambiguous' ? 'either' : m.role, straight: straightAt(text, m.start) });
  }
  return out;
}

/**
 * Pair quotation marks into quoted passages, paragraph by paragraph: a closing mark closes the
 * latest open mark of its family (an inner quotation inside an outer one is paired too, and left
 * out of the result, which keeps outermost passages); a stray closing mark is ignored; an open
 * mark left at the end of a paragraph continues the passage when the next paragraph opens with
 * a mark of the same family, and only with a mark of the same style, straight or typographic, once
 * it spans two paragraphs or holds a quotation in the other style (an excerpt's paragraphs opened
 * with straight marks that never close, around dialogue in curly ones, are no passage with that
 * dialogue; a writer may still mix the two styles in a quotation of two paragraphs); a mark that
 * opens a paragraph, left open at its end with no passage to continue, keeps the quotations paired
 * right inside it ('"Trump walked onto the stage, chanting “U-S-A!”').
 */
export function quotedSpans(text: string, marks: readonly QuoteMarkAnnotation[], paragraphs: readonly ParagraphAnnotation[]): QuotedSpan[] {
  const all = usableMarks(text, marks);
  const out: QuotedSpan[] = [];
  let k = 0;
  let carried: { span: QuotedSpan; family: Family; straight: boolean } | undefined;
  for (const p of paragraphs) {
    const stack: Mark[] = [];
    const inPara: QuotedSpan[] = [];
    // Quotations paired inside open marks, with those marks: outermost when the marks never close.
    const inner: { span: QuotedSpan; openers: Mark[] }[] = [];
    while (k < all.length && all[k]!.start < p.start) k++;
    let first = true;
    for (; k < all.length && all[k]!.start < p.end; k++) {
      const m = all[k]!;
      const leading = first && /^\s*$/.test(text.slice(p.start, m.start));
      first = false;
      // (Past two paragraphs, only with a mark of the passage's style, straight or typographic: an
      // excerpt whose paragraphs open with straight marks that never close runs on no further than
      // its own paragraphs into dialogue in curly ones.)
      if (carried && leading && m.family === carried.family && (m.straight === carried.straight || carried.span.paragraphs < 2) && m.role !== 'close') {
        // The paragraph reopens the quotation that the previous one left open.
        stack.push({ ...m, start: -1 - out.indexOf(carried.span) });
        continue;
      }
      const top = stack.length ? stack[stack.length - 1]! : undefined;
      const closes = m.role === 'close' || (m.role === 'either' && top?.family === m.family);
      if (closes) {
        let j = stack.length - 1;
        while (j >= 0 && stack[j]!.family !== m.family) j--;
        if (j < 0) continue;
        const opener = stack[j]!;
        stack.length = j;
        if (opener.start < 0) {
          // Closes a passage that began in an earlier paragraph.
          const span = out[-1 - opener.start]!;
          span.end = trimEnd(text, span.start, m.start);
          span.close = m.end;
          span.paragraphs = p.index - span.paragraph + 1;
          continue;
        }
        const start = trimStart(text, opener.end, m.start);
        const end = trimEnd(text, start, m.start);
        const span: QuotedSpan = { open: opener.start, start, end, close: m.end, paragraph: p.index, paragraphs: 1 };
        if (stack.length) {
          // An inner quotation.
          if (end > start && stack.every((o) => o.start >= 0)) inner.push({ span, openers: [...stack] });
          continue;
        }
        if (end > start) inPara.push(span);
      } else stack.push(m);
    }
    out.push(...inPara);
    carried = undefined;
    const left = stack[0];
    if (left) {
      // Left open: it may run on into the next paragraph.
      if (left.start < 0) {
        const span = out[-1 - left.start]!;
        span.end = trimEnd(text, span.start, p.end);
        span.close = p.end;
        span.paragraphs = p.index - span.paragraph + 1;
        carried = { span, family: left.family, straight: left.straight };
      } else if (opensNext(text, all, k, paragraphs[p.index + 1], left, inner.some((q) => q.openers.length === 1 && q.openers[0] === left && straightAt(text, q.span.open) !== left.straight))) {
        const start = trimStart(text, left.end, p.end);
        const span: QuotedSpan = { open: left.start, start, end: trimEnd(text, start, p.end), close: p.end, paragraph: p.index, paragraphs: 1 };
        out.push(span);
        carried = { span, family: left.family, straight: left.straight };
      } else if (stack.length === 1 && /^\s*$/.test(text.slice(p.start, left.start))) {
        // A mark that opens the paragraph and never closes (an excerpt's): the quotations paired
        // right inside it are outermost.
        let reach = -1;
        for (const q of inner.sort((a, b) => a.span.open - b.span.open)) {
          if (q.span.open < reach || q.openers.length !== 1 || q.openers[0] !== left) continue;
          out.push(q.span);
          reach = q.span.close;
        }
      }
    }
  }
  return out.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
}

/**
 * Does the next paragraph open with a mark that continues the passage `left` opened? One of its
 * family, and of its style too when the passage holds a quotation in the other style (`mixed`:
 * '"The crowd cheered when Lee said: “We will win!”' is an excerpt around dialogue).
 */
function opensNext(text: string, all: readonly Mark[], k: number, next: ParagraphAnnotation | undefined, left: Mark, mixed: boolean): boolean {
  const m = all[k];
  return !!next && !!m && m.start >= next.start && m.start < next.end && m.family === left.family && (!mixed || m.straight === left.straight) && m.role !== 'close' && /^\s*$/.test(text.slice(next.start, m.start));
}

/** Is the mark at offset `at` a straight one (", ') rather than a typographic one? */
function straightAt(text: string, at: number): boolean {
  return text[at] === '"' || text[at] === "'";
}

function trimStart(text: string, from: number, to: number): number {
  while (from < to && /\s/.test(text[from]!)) from++;
  return from;
}

function trimEnd(text: string, from: number, to: number): number {
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  return to;
}
