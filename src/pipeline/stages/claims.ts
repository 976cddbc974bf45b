import { extractClaims } from '../../claims/extract.js';
import { layer } from '../../model/document.js';
import { defineStage } from '../stage.js';
import { speechInput } from './quotes.js';

/** Numeric claims: figure, hedge, what is counted, who claims it and when (from quotes and times). */
export const claimsStage = defineStage({
  name: 'claims',
  requires: ['paragraphs', 'sentences', 'quoteMarks', 'credits', 'mentions', 'quotes', 'times'],
  provides: ['claims'],
  run(doc, ctx) {
    const input = { ...speechInput(doc), quotes: layer(doc, 'quotes'), times: layer(doc, 'times'), publishedAt: doc.article.publishedAt };
    return { claims: extractClaims(input, ctx.lang) };
  },
});
