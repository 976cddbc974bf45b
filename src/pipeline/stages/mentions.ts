import { recogniseMentions } from '../../entities/recognise.js';
import { layer } from '../../model/document.js';
import { compileSpeech } from '../../quotes/lexicon.js';
import { defineStage } from '../stage.js';

/**
 * Mentions of people, organisations, places and countries, with the roles given to people and
 * later short forms resolved within the article. Cross-article resolution happens in the dossier.
 */
export const mentionsStage = defineStage({
  name: 'mentions',
  requires: ['sentences'],
  provides: ['mentions'],
  run(doc, ctx) {
    // The quotes stage reads the same tokens: it gives the same grammatical words.
    return { mentions: recogniseMentions(doc.article.text, layer(doc, 'sentences'), ctx.lang.entities, compileSpeech(ctx.lang.speech).grammatical) };
  },
});
