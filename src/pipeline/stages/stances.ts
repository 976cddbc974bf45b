import { layer } from '../../model/document.js';
import { extractStances } from '../../stances/extract.js';
import { defineStage } from '../stage.js';

/** Who confirms, denies, disputes or declines to confirm what, from the deny and confirm verb classes. */
export const stancesStage = defineStage({
  name: 'stances',
  requires: ['paragraphs', 'sentences', 'quoteMarks', 'credits', 'mentions', 'quotes'],
  provides: ['stances'],
  run(doc, ctx) {
    const input = {
      text: doc.article.text,
      paragraphs: layer(doc, 'paragraphs'),
      sentences: layer(doc, 'sentences'),
      quoteMarks: layer(doc, 'quoteMarks'),
      credits: layer(doc, 'credits'),
      mentions: layer(doc, 'mentions'),
      quotes: layer(doc, 'quotes'),
    };
    return { stances: extractStances(input, ctx.lang) };
  },
});
