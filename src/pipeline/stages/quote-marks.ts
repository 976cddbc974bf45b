import type { QuoteMarkAnnotation, QuoteRole, QuoteStyle } from '../../model/layers.js';
import { defineStage } from '../stage.js';

const MARKS = /[«»‹›“”„‟"‘’‚‛']/g;
const LETTER = /[\p{L}\p{N}]/u;
const OPEN_CONTEXT = /[\s([{«“‘—–-]/;

function styleOf(ch: string): QuoteStyle {
  switch (ch) {
    case '«':
    case '»':
    case '‹':
    case '›':
      return 'guillemet';
    case '“':
    case '”':
    case '‟':
      return 'curly-double';
    case '„':
    case '‚':
      return 'low-double';
    case '"':
      return 'straight-double';
    case "'":
      return 'straight-single';
    default:
      return 'curly-single';
  }
}

/**
 * Classify every quotation mark, guillemet and apostrophe: opening, closing, apostrophe (between
 * two letters: "l’Ukraine", "don't"), or ambiguous. Straight quotes are told by what surrounds
 * them; a closing single quote after a letter is an apostrophe unless a single quote is open.
 */
export const quoteMarksStage = defineStage({
  name: 'quoteMarks',
  requires: [],
  provides: ['quoteMarks'],
  run(doc) {
    const { text } = doc.article;
    const out: QuoteMarkAnnotation[] = [];
    let singleOpen = false;
    let doubleOpen = false;
    for (let m = MARKS.exec(text); m; m = MARKS.exec(text)) {
      const ch = m[0];
      const i = m.index;
      const prev = i > 0 ? text[i - 1]! : '\n';
      const next = i + 1 < text.length ? text[i + 1]! : '\n';
      const letterBefore = LETTER.test(prev);
      const letterAfter = LETTER.test(next);
      let role: QuoteRole;
      switch (ch) {
        case '«':
        case '‹':
        case '“':
        case '„':
        case '‚':
          role = ch === '‚' && letterBefore && letterAfter ? 'apostrophe' : 'open';
          // A curly mark typed the wrong way round: '“abhorrent“' closes after a word or a
          // sentence's end, with a space or punctuation after it ('…,“ said Jim Clyburn'); it is
          // also the closing mark of the German „…“.
          if (ch === '“' && (letterBefore || /[.,!?…]/.test(prev)) && /[\s.,;:!?)\]]/.test(next)) role = 'close';
          break;
        case '»':
        case '›':
        case '”':
        case '‟':
          // ('”This is why …' opens a paragraph or follows a space, before a word.)
          role = ch === '”' && /[\s([{—–]/.test(prev) && letterAfter ? 'open' : 'close';
          break;
        case '"':
          role = OPEN_CONTEXT.test(prev) && !/\s/.test(next) ? 'open' : !/\s/.test(prev) && (/[\s.,;:!?)\]…]/.test(next) || i + 1 === text.length) ? 'close' : doubleOpen ? 'close' : 'ambiguous';
          if (role === 'open') doubleOpen = true;
          else if (role === 'close') doubleOpen = false;
          break;
        case '‘':
          // (An elided century is no quotation: "in ‘08"; nor a word of one or two letters elided on
          // both sides: "rock ‘n’ roll".)
          role = (letterBefore && letterAfter) || /^\d\d(?!\d)/.test(text.slice(i + 1, i + 4)) || /^\p{L}{1,2}[’'](?!\p{L})/u.test(text.slice(i + 1, i + 5)) ? 'apostrophe' : 'open';
          if (role === 'open') singleOpen = true;
          break;
        default: {
          // ’ or ' (or ‛): an apostrophe between letters, else closing or opening by context.
          if (letterBefore && letterAfter) role = 'apostrophe';
          else if (letterBefore || /[.,!?…]/.test(prev)) role = singleOpen ? 'close' : ch === "'" ? 'ambiguous' : 'apostrophe';
          else if (OPEN_CONTEXT.test(prev) && letterAfter) role = ch === "'" ? 'open' : 'ambiguous';
          else role = 'ambiguous';
          if (role === 'close') singleOpen = false;
          if (role === 'open') singleOpen = true;
        }
      }
      out.push({ start: i, end: i + 1, rule: `quoteMarks/${styleOf(ch)}-${role}`, style: styleOf(ch), role });
    }
    return { quoteMarks: out };
  },
});
