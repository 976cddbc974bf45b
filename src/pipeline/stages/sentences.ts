import type { LanguagePack } from '../../lang/types.js';
import { layer } from '../../model/document.js';
import type { SentenceAnnotation } from '../../model/layers.js';
import { defineStage } from '../stage.js';

/**
 * A sentence ends at . ! ? or … (and any closing quotes or brackets after it, French style with a
 * space before »), when what follows starts a sentence: a capital, a digit, an opening quote,
 * bracket, dash or bullet. It does not end after an abbreviation of the language, an initial ("John F.
 * Kennedy"), a dotted acronym ("U.S."), or an elision mark ("[…]").
 */
// A match starts only where a run of final marks starts, so a long run is read once, not once per mark.
// (A closing curly mark before a word opens a quotation typed the wrong way round: '. ”This is'.)
const BOUNDARY = /(?<![.!?…])[.!?…]+(?:\s?[»”"’')\]])*(?=\s+(?:[\p{Lu}\p{N}«“"‘'([—–•-]|”\p{L}))/gu;
const TOKEN_BEFORE = /(?:^|[\s(«“"'‘])([\p{L}][\p{L}\p{N}.'’-]*)$/u;
const TWO_TOKENS_BEFORE = /(?:^|\s)([\p{L}]{1,4}\.\s[\p{L}][\p{L}.'’-]*)$/u;
const DOTTED_ACRONYM = /^(?:\p{L}\.)+\p{L}$/u;

interface AbbreviationSets {
  abbreviations: Set<string>;
  /** Those that hold only before a number. */
  numeric: Set<string>;
  /** Those that may end a sentence. */
  final: Set<string>;
  starters: Set<string>;
  /** The language's function words, lower case: a line that ends on one goes on ("… in⏎March"). */
  grammar: Set<string>;
}

const abbreviationSets = new WeakMap<LanguagePack, AbbreviationSets>();

function abbreviationsOf(pack: LanguagePack): AbbreviationSets {
  let sets = abbreviationSets.get(pack);
  if (!sets) {
    sets = { abbreviations: new Set(pack.abbreviations.map((a) => a.toLowerCase())), numeric: new Set(pack.numberAbbreviations.map((a) => a.toLowerCase())), final: new Set(pack.finalAbbreviations), starters: new Set(pack.sentenceStarters), grammar: new Set(pack.entities.functionWords.map((w) => w.toLowerCase())) };
    abbreviationSets.set(pack, sets);
  }
  return sets;
}

// Sticky, read from the last mark of a boundary: the word after it, capitalised.
const WORD_AFTER = /[.]?\s+(\p{Lu}\p{Ll}*)(?![\p{L}.'’-])/uy;

function wordAfter(para: string, at: number): string {
  WORD_AFTER.lastIndex = at;
  return WORD_AFTER.exec(para)?.[1]?.toLowerCase() ?? '';
}

/** The word before the period at `dot`, past an elision (« l'art. », « l'U.E. ») and before a possessive. */
function bareBefore(text: string, from: number, dot: number): string | undefined {
  const token = TOKEN_BEFORE.exec(text.slice(Math.max(from, dot - 40), dot))?.[1];
  if (!token) return undefined;
  const parts = token.split(/['’]/);
  return parts.length > 1 && parts[0]!.length <= 2 && parts[1] ? parts[1] : parts[0]!;
}

/**
 * After a period: a number, a Roman numeral of two letters or more (a lone "I" or "X" may open a
 * sentence: "said no. I was stunned"), or a letter and a number ("No. 5", "Vol. II", « art. L. 212-1 »).
 */
const NUMBER_AFTER = /^\.\s*(?:\p{N}|[IVXLCDM]{2,}(?=[\s,;:)]|$)|\p{Lu}\.\s*\p{N})/u;

/** Is the period at `dot` (an index into `text`) the end of an abbreviation rather than of a sentence? */
function endsAbbreviation(text: string, from: number, dot: number, { abbreviations, numeric }: AbbreviationSets): boolean {
  const before = text.slice(Math.max(from, dot - 40), dot);
  const bare = bareBefore(text, from, dot);
  if (!bare) return false;
  if (/^\p{Lu}$/u.test(bare)) return true;
  if (DOTTED_ACRONYM.test(bare)) return true;
  const lower = bare.toLowerCase();
  // "No. 5", but "the mayor said no. He left.".
  if (numeric.has(lower)) return NUMBER_AFTER.test(text.slice(dot, dot + 12));
  if (abbreviations.has(lower)) return true;
  // "then-Sen. Barack Obama": a capitalised abbreviation after a hyphen (not "hit-or-miss.").
  const tail = bare.slice(bare.lastIndexOf('-') + 1);
  if (tail !== bare && /^\p{Lu}/u.test(tail) && abbreviations.has(tail.toLowerCase())) return true;
  const two = TWO_TOKENS_BEFORE.exec(before)?.[1]?.toLowerCase();
  return two !== undefined && abbreviations.has(two);
}

/** Is the period at `dot` the end of a dotted acronym ("U.S.", "D.C.", "a.m.") or of an abbreviation that may end a sentence ("Jr.", "Inc.")? */
function mayEndSentence(text: string, from: number, dot: number, final: Set<string>): boolean {
  const bare = bareBefore(text, from, dot);
  return !!bare && (DOTTED_ACRONYM.test(bare) || final.has(bare.toLowerCase()));
}

/**
 * Line breaks inside a paragraph that end a sentence: every one in a block of one paragraph a
 * line; after a line in title case with no final punctuation, a headline on its own ("Trump Says
 * He Will Win\nDonald Trump said …"); in hard-wrapped text, after a line the next word would
 * still have fit on, a heading or a link; before a line too long to be wrapped, a title over its
 * paragraph. Hard-wrapped body text is not in title case and fills its lines, so its line breaks
 * stay inside sentences.
 */
function headingLineEnds(para: string, grammar: ReadonlySet<string>): number[] {
  const out: number[] = [];
  if (linesAreParagraphs(para)) {
    for (let nl = para.indexOf('\n'); nl >= 0; nl = para.indexOf('\n', nl + 1)) out.push(nl);
    return out;
  }
  const width = wrapWidth(para);
  // A line that ends on a function word, an elision, a hyphen, a dash, a comma or an opening mark
  // goes on on the next line, whatever that line's length.
  const goesOn = (l: string) => /[-–—([«“'’,]$/u.test(l) || grammar.has((l.split(/\s/u).pop() ?? '').toLowerCase());
  let lineStart = 0;
  for (let nl = para.indexOf('\n'); nl >= 0; nl = para.indexOf('\n', nl + 1)) {
    const line = para.slice(lineStart, nl).trim();
    lineStart = nl + 1;
    if (!line || /[.!?…:;,]$/.test(line)) continue;
    const words = line.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
    const long = words.filter((w) => w.length > 3);
    if (words.length >= 3 && long.length && long.every((w) => /^\p{Lu}/u.test(w))) out.push(nl);
    // In a hard-wrapped block a line ends where the next word would not fit; a line that the next
    // line's first word would still fit on, with room to spare, ends where the writer ended it: a
    // heading or an item of a list of links (« L'Iran met en garde contre les "conséquences" d'une
    // frappe\nLes inspecteurs de l'ONU ont atterri à Rotterdam »). Only before a capital (after
    // an opening mark, a bracket, "#" or "@") or a bullet, and not after a line that goes on, as
    // a line set by hand around an image may ("speaking in Brussels on\nThursday"). The next word
    // runs to a plain space: « « saupoudrage » » is one.
    // A line longer than any wrapped line is a paragraph of its own, so a line of a few words
    // before it that does not go on is a heading (« Syrie: les rebelles ont tué 150 soldats\nPlus
    // de 150 combattants … » on one line; not a name cut in two, "Carla\nDel Ponte, …").
    else if (!goesOn(line)) {
      const next = para.slice(nl + 1).trimStart();
      const word = /^[^ \t\n]+/u.exec(next)?.[0] ?? '';
      const capital = /^[#@"«“'(]?\p{Lu}/u.test(word) || BULLET.test(word);
      const nextLine = next.slice(0, (next.indexOf('\n') + 1 || next.length + 1) - 1).trimEnd();
      if (capital && ((nextLine.length > WRAPPED_LINE && words.length >= 3) || (width > 0 && line.length + 1 + word.length <= width * FIT))) out.push(nl);
    }
  }
  return out;
}

/**
 * The share of the width that a line and the next line's first word must fit in for the break to
 * be the writer's: text copied from a page or a document is wrapped by the width of its letters,
 * not their count, so a wrapped line may end short of the width.
 */
const FIT = 0.85;

/** A bullet or a dash that opens a list's item. */
const BULLET = /^[-–—•*]$/u;

/** The longest a line of hard-wrapped text is: a longer line is a paragraph of its own. */
const WRAPPED_LINE = 110;

/**
 * The width a block is hard-wrapped to: the median length of its lines, of a wrapped line's
 * length at most, that the next line goes on from in lower case (such a line was certainly
 * wrapped; the median, since a few are much shorter or longer); 0 when there is none.
 */
function wrapWidth(para: string): number {
  const lines = para.split('\n').map((l) => l.trim());
  const wrapped: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const n = lines[i]!.length;
    if (n <= WRAPPED_LINE && /^\p{Ll}/u.test(lines[i + 1]!)) wrapped.push(n);
  }
  wrapped.sort((a, b) => a - b);
  return wrapped[wrapped.length >> 1] ?? 0;
}

/**
 * A block of three lines or more whose lines mostly end on a sentence's final punctuation is text
 * with one paragraph a line, not hard-wrapped prose (whose lines mostly end mid-sentence): every
 * line break ends a sentence, so that a heading with no final punctuation ("Le mouvement appelle
 * désormais l'armée") does not run into the paragraph after it. So is a block where no line goes
 * on in lower case on the next: hard-wrapped prose breaks mostly before a lower-case word, and a
 * page of captions, headings and lead-ins (« Ceux-ci dénoncent … :\nSur la pancarte : … ») none.
 */
function linesAreParagraphs(para: string): boolean {
  const lines = para.split('\n').map((l) => l.trim()).filter((l) => l);
  if (lines.length < 3) return false;
  const ended = lines.slice(0, -1).filter((l) => /[.!?…»”"’)\]]$/u.test(l)).length;
  return ended * 2 >= lines.length - 1 || !lines.slice(1).some((l) => /^\p{Ll}/u.test(l));
}

export function splitSentences(text: string, start: number, end: number, pack: LanguagePack): Array<[number, number]> {
  const sets = abbreviationsOf(pack);
  const { starters } = sets;
  const para = text.slice(start, end);
  const stops = headingLineEnds(para, sets.grammar);
  let from = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(para); m; m = BOUNDARY.exec(para)) {
    const terminal = /^[.!?…]+/.exec(m[0])![0];
    // "attacks in the U.S. He says", "said John Smith Jr. He added": after a dotted acronym or an
    // abbreviation that may end a sentence, a word that starts sentences and never continues a name
    // starts one (not after a title: "Mr. He Jiankui").
    if (terminal === '.' && endsAbbreviation(para, from, m.index, sets) && !(mayEndSentence(para, from, m.index, sets.final) && starters.has(wordAfter(para, m.index + m[0].length - 1)))) continue;
    if (terminal === '…' && /[[(]$/.test(para.slice(0, m.index))) continue;
    const stop = m.index + m[0].length;
    stops.push(stop);
    from = stop;
  }
  stops.sort((a, b) => a - b);
  const spans: Array<[number, number]> = [];
  from = 0;
  for (const stop of stops) {
    if (stop <= from) continue;
    spans.push([from, stop]);
    from = stop;
  }
  spans.push([from, para.length]);
  return spans
    .map(([s, e]): [number, number] => {
      while (s < e && /\s/.test(para[s]!)) s++;
      while (e > s && /\s/.test(para[e - 1]!)) e--;
      return [start + s, start + e];
    })
    .filter(([s, e]) => e > s);
}

/** Sentences, paragraph by paragraph (a paragraph break always ends a sentence). */
export const sentencesStage = defineStage({
  name: 'sentences',
  requires: ['paragraphs'],
  provides: ['sentences'],
  run(doc, ctx) {
    const out: SentenceAnnotation[] = [];
    for (const p of layer(doc, 'paragraphs')) {
      for (const [start, end] of splitSentences(doc.article.text, p.start, p.end, ctx.lang)) {
        out.push({ start, end, rule: 'sentences/punctuation', paragraph: p.index });
      }
    }
    return { sentences: out };
  },
});
