import type { ParagraphAnnotation } from '../../model/layers.js';
import { defineStage } from '../stage.js';

const HEADING_MAX_WORDS = 12;
const TERMINAL = /[.!?…:;,»”"’)\]]$/;

/** Paragraphs are the blocks between blank lines of the normalised text. */
export const paragraphsStage = defineStage({
  name: 'paragraphs',
  requires: [],
  provides: ['paragraphs'],
  run(doc) {
    const { text } = doc.article;
    const out: ParagraphAnnotation[] = [];
    const blocks = /[^\n]+(?:\n[^\n]+)*/g;
    const count = text.split(/\n{2,}/).length;
    for (let m = blocks.exec(text); m; m = blocks.exec(text)) {
      const words = m[0].split(' ').length;
      const heading = count > 1 && words <= HEADING_MAX_WORDS && !TERMINAL.test(m[0]);
      out.push({ start: m.index, end: m.index + m[0].length, rule: heading ? 'paragraphs/heading' : 'paragraphs/block', index: out.length, heading });
    }
    return { paragraphs: out };
  },
});
