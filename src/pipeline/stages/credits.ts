import { agencies } from '../../lang/common/agencies.js';
import { layer } from '../../model/document.js';
import type { CreditCues } from '../../lang/types.js';
import type { CreditAnnotation, CreditCue } from '../../model/layers.js';
import { defineStage } from '../stage.js';

const byAlias = new Map<string, string>(agencies.flatMap((a) => a.aliases.map((alias): [string, string] => [alias, a.name])));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Every alias, longest first, as whole words (case-sensitive: "AP" is not "ap"). */
const MENTION = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...byAlias.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
/** "SÉOUL, Corée du Sud (AP) —": a place in capitals, then the agency in brackets, then a dash. */
const DATELINE_TAIL = /^\)\s*[—–-]/;
const DATELINE_REACH = 120;
const CONTEXT = 90;
const CREDIT_LINE_WORDS = 8;

/**
 * Credits: the agencies and outlets an article credits or draws on, each with the words that
 * say so. A mention counts only with a cue: a dateline, a credit line, a contributor line, or a
 * citation cue of the language around it ("a déclaré à CNN", "according to Reuters").
 */
export const creditsStage = defineStage({
  name: 'credits',
  requires: ['paragraphs'],
  provides: ['credits'],
  run(doc, ctx) {
    const { text } = doc.article;
    const cues = ctx.lang.credits;
    const out: CreditAnnotation[] = [];
    const paragraphs = layer(doc, 'paragraphs');
    let p = 0;
    MENTION.lastIndex = 0;
    for (let m = MENTION.exec(text); m; m = MENTION.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      while (p < paragraphs.length - 1 && paragraphs[p]!.end < start) p++;
      const para = paragraphs[p]!;
      const agency = byAlias.get(m[0])!;
      const push = (s: number, e: number, cue: CreditCue) => out.push({ start: s, end: e, rule: `credits/${cue}`, agency, cue });
      const paraText = text.slice(para.start, para.end);
      if (para.index === 0 && start - para.start < DATELINE_REACH && text[start - 1] === '(') {
        const tail = DATELINE_TAIL.exec(text.slice(end, end + 4));
        if (tail) {
          push(para.start, end + tail[0].length, 'dateline');
          continue;
        }
      }
      if (paraText.split(' ').length <= CREDIT_LINE_WORDS && isCreditLine(paraText, start - para.start, end - para.start, cues)) {
        push(para.start, para.end, 'credit-line');
        continue;
      }
      // "… à la mairie. (AFP)" or "(avec Reuters)" closing the last paragraph.
      const open = text.lastIndexOf('(', start);
      if (para.index === paragraphs.length - 1 && open >= para.start && /^\)\.?$/.test(text.slice(end, para.end)) && cues.line.test(text.slice(open + 1, start))) {
        push(open, para.end, 'credit-line');
        continue;
      }
      if (cues.contributor.test(paraText)) {
        push(para.start, para.end, 'contributor');
        continue;
      }
      const before = text.slice(Math.max(para.start, start - CONTEXT), start);
      const cueBefore = cues.before.exec(before);
      if (cueBefore) {
        const lead = /^[\s(]*/.exec(cueBefore[0])![0].length;
        push(start - before.length + cueBefore.index + lead, end, 'citation');
        continue;
      }
      const cueAfter = cues.after.exec(text.slice(end, Math.min(para.end, end + CONTEXT)));
      if (cueAfter) push(start, end + cueAfter[0].length, 'citation');
    }
    return { credits: out };
  },
});

/** The string without the run of characters matching `char` at its end (linear, whatever the run). */
function trimEnd(s: string, char: RegExp): string {
  let end = s.length;
  while (end > 0 && char.test(s[end - 1]!)) end--;
  return s.slice(0, end);
}

/** Is the paragraph only a credit line around this mention ("Avec AFP", "— AFP et Reuters.")? */
function isCreditLine(para: string, start: number, end: number, cues: CreditCues): boolean {
  if (!cues.line.test(para.slice(0, start))) return false;
  // After the name: only more names joined by "et", "and" or commas, then closing punctuation.
  const gaps = trimEnd(para.slice(end), /[\s).]/).split(MENTION);
  const last = gaps.pop()!;
  return last.trim() === '' && gaps.every((gap) => cues.lineJoiners.test(gap));
}
