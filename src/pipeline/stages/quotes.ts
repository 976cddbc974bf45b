import { layer } from '../../model/document.js';
import type { AnalysedDocument } from '../../model/document.js';
import { extractQuotes, type QuoteInput } from '../../quotes/extract.js';
import { defineStage } from '../stage.js';

/**
 * Quotations with their kind, cue and speaker: direct quotations and fragments from the paired
 * quotation marks, indirect speech from reporting verbs and source prepositions, speakers from
 * the mentions. Cross-article linking of one quotation happens in the dossier.
 */
/** What reading speech needs from a document: the text and the layers before quotes. */
export function speechInput(doc: AnalysedDocument): QuoteInput {
  return {
    text: doc.article.text,
    paragraphs: layer(doc, 'paragraphs'),
    sentences: layer(doc, 'sentences'),
    quoteMarks: layer(doc, 'quoteMarks'),
    credits: layer(doc, 'credits'),
    mentions: layer(doc, 'mentions'),
  };
}

export const quotesStage = defineStage({
  name: 'quotes',
  requires: ['paragraphs', 'sentences', 'quoteMarks', 'credits', 'mentions'],
  provides: ['quotes'],
  run(doc, ctx) {
    return { quotes: extractQuotes(speechInput(doc), ctx.lang.speech, ctx.lang.entities.determiners, ctx.lang.entities.roleLinks) };
  },
});
