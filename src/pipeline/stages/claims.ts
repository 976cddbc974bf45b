import { extractClaims } from '../../claims/extract.js';
import { layer } from '../../model/document.js';
import { defineStage } from '../stage.js';

/** Numeric claims: figure, hedge, what is counted, who claims it and when (from quotes and times). */
export const claimsStage = defineStage({
  name: 'claims',
  requires: ['sentences', 'mentions', 'quotes', 'times'],
  provides: ['claims'],
  run(doc, ctx) {
    const input = {
      text: doc.article.text,
      sentences: layer(doc, 'sentences'),
      mentions: layer(doc, 'mentions'),
      quotes: layer(doc, 'quotes'),
      times: layer(doc, 'times'),
      publishedAt: doc.article.publishedAt,
    };
    return { claims: extractClaims(input, ctx.lang) };
  },
});
