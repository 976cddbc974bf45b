import { extractClaims } from '../../claims/extract.js';
import { layer } from '../../model/document.js';
import { defineStage } from '../stage.js';

/** Numeric claims: figure, hedge, what is counted, who claims it and when (from quotes and times). */
export const claimsStage = defineStage({
  name: 'claims',
  requires: ['paragraphs', 'sentences', 'quoteMarks', 'credits', 'mentions', 'quotes', 'times'],
  provides: ['claims'],
  run(doc, ctx) {
    const input = {
      text: doc.article.text,
      paragraphs: layer(doc, 'paragraphs'),
      sentences: layer(doc, 'sentences'),
      quoteMarks: layer(doc, 'quoteMarks'),
      credits: layer(doc, 'credits'),
      mentions: layer(doc, 'mentions'),
      quotes: layer(doc, 'quotes'),
      times: layer(doc, 'times'),
      publishedAt: doc.article.publishedAt,
    };
    return { claims: extractClaims(input, ctx.lang) };
  },
});
