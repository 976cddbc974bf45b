import { layer } from '../../model/document.js';
import { extractStances } from '../../stances/extract.js';
import { defineStage } from '../stage.js';
import { speechInput } from './quotes.js';

/** Who confirms, denies, disputes or declines to confirm what, from the deny and confirm verb classes. */
export const stancesStage = defineStage({
  name: 'stances',
  requires: ['paragraphs', 'sentences', 'quoteMarks', 'credits', 'mentions', 'quotes'],
  provides: ['stances'],
  run(doc, ctx) {
    return { stances: extractStances({ ...speechInput(doc), quotes: layer(doc, 'quotes') }, ctx.lang) };
  },
});
