import { layer } from '../../model/document.js';
import { extractQuotes } from '../../quotes/extract.js';
import { defineStage } from '../stage.js';

/**
 * Quotations with their kind, cue and speaker: direct quotations and fragments from the paired
 * quotation marks, indirect speech from reporting verbs and source prepositions, speakers from
 * the mentions. Cross-article linking of one quotation happens in the dossier.
 */
export const quotesStage = defineStage({
  name: 'quotes',
  requires: ['paragraphs', 'sentences', 'quoteMarks', 'credits', 'mentions'],
  provides: ['quotes'],
  run(doc, ctx) {
    const input = {
      text: doc.article.text,
      paragraphs: layer(doc, 'paragraphs'),
      sentences: layer(doc, 'sentences'),
      quoteMarks: layer(doc, 'quoteMarks'),
      credits: layer(doc, 'credits'),
      mentions: layer(doc, 'mentions'),
    };
    return { quotes: extractQuotes(input, ctx.lang.speech, ctx.lang.entities.determiners, ctx.lang.entities.roleLinks) };
  },
});
