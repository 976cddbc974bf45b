import type { Annotation } from './annotation.js';

/** A paragraph of the text. Headings (short lines with no final punctuation) are marked. */
export type ParagraphAnnotation = Annotation<{ index: number; heading: boolean }>;

/** A sentence, inside one paragraph. */
export type SentenceAnnotation = Annotation<{ paragraph: number }>;

/** What a quotation mark or apostrophe does where it stands. */
export type QuoteRole = 'open' | 'close' | 'apostrophe' | 'ambiguous';
export type QuoteStyle = 'guillemet' | 'curly-double' | 'curly-single' | 'straight-double' | 'straight-single' | 'low-double';

/** One quotation mark, guillemet or apostrophe, classified. */
export type QuoteMarkAnnotation = Annotation<{ style: QuoteStyle; role: QuoteRole }>;

/**
 * Every annotation layer, by name. A stage declares the names it requires and provides; later
 * capabilities add their layers here (credits, entities, quotes, claims, times).
 */
export interface LayerTypes {
  paragraphs: ParagraphAnnotation;
  sentences: SentenceAnnotation;
  quoteMarks: QuoteMarkAnnotation;
}

export type LayerName = keyof LayerTypes;

export type Layers = { readonly [K in LayerName]?: readonly LayerTypes[K][] };

export const LAYER_NAMES: readonly LayerName[] = ['paragraphs', 'sentences', 'quoteMarks'];
