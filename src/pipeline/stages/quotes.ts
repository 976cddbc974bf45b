import { layer } from '../../model/document.js';
import type { AnalysedDocument } from '../../model/document.js';
import { extractQuotes, scanSpeech, type QuoteInput } from '../../quotes/extract.js';
import { compileNegation, markNegated } from '../../quotes/negation.js';
import { defineStage } from '../stage.js';

/**
 * Quotations with their kind, cue and speaker: direct quotations and fragments from the paired
 * quotation marks, indirect speech from reporting verbs and source prepositions, speakers from
 * the mentions; a quotation whose verb is negated or refused is flagged. Cross-article linking
 * of one quotation happens in the dossier.
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
    const input = speechInput(doc);
    const { speech, entities, stances } = ctx.lang;
    const quotes = extractQuotes(input, speech, entities);
    // The scan is the one extractQuotes made (kept per article): negation reads its tokens.
    const scan = scanSpeech(input, speech, entities);
    return { quotes: markNegated(quotes, scan, compileNegation(stances, speech)) };
  },
});
