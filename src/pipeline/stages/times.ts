import { layer } from '../../model/document.js';
import { extractTimes } from '../../time/extract.js';
import { defineStage } from '../stage.js';

/** Temporal expressions of each sentence, resolved against the article's publication day. */
export const timesStage = defineStage({
  name: 'times',
  requires: ['sentences'],
  provides: ['times'],
  run(doc, ctx) {
    return { times: extractTimes(doc.article.text, layer(doc, 'sentences'), ctx.lang, doc.article.publishedAt) };
  },
});
