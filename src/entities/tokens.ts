import { isLowerAscii, memo } from '../text/memo.js';
import { fold } from './fold.js';

/** A word or punctuation mark of the text, with its folded form, for recognising names. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Folded (lower case, no diacritics, hyphens as spaces); an elided article keeps its apostrophe ("l'"). */
  readonly key: string;
  readonly word: boolean;
  /** Starts with a capital letter (or is a particle name such as "al-Assad"). */
  readonly cap: boolean;
  /** Index of the sentence the token is in. */
  readonly sentence: number;
  /** First word of its sentence. */
  readonly initial: boolean;
}

// An elided article or pronoun ("l’", "d’", "qu’"), a word with inner hyphens or apostrophes
// ("Yong-hyun", "porte-parole", "O'Neill"), a number or one joined to words by hyphens
// ("23-year-old"), or one punctuation mark.
const TOKEN = /(?<![\p{L}\p{N}])(?:[lLdDjJmMnNsStTcC]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu)['’](?=\p{L})|\p{L}[\p{L}\p{M}\p{N}]*(?:[-‑'’]\p{L}[\p{L}\p{M}\p{N}]*)*\.?|\p{N}+(?:(?:[-‑]\p{L}[\p{L}\p{M}\p{N}]*)+|(?:[.,  ]\p{N}+)*)|[^\s\p{L}\p{N}]/gu;
const SITE_TAIL = /\.(?:com|org|net|gov|edu|info|fr|be|ch|ca|uk|de|es|it|io|tv)(?![\p{L}\p{N}])/uy;
const PARTICLE_NAME = /^(?:al|el|ad|ar|as|ash|at|az|bin|ben|ibn|abu|abd)-\p{Lu}/u;
// A number joined to a capitalised word opens a name: "5-Star Movement", not "23-year-old".
const NUMBERED_NAME = /^\p{N}+[-‑]\p{Lu}/u;

// Capitalised: a short lower-case word before a full stop ends its sentence ("he said it.").
const ABBREVIATION = /^(?:\p{Lu}\p{Ll}{0,2}|(\p{Lu})\1|Prof|Capt|Cmdr|Supt|Insp)\.$/u;
const POSSESSIVE = /\p{L}{2}['’]s$/u;
const isApostrophe = (c: number) => c === 0x27 || c === 0x2019;
const WORD_START = /^[\p{L}\p{N}]/u;
const CAPITAL = /^\p{Lu}/u;

/** What a token's text says of it, the same wherever it appears: worked out once per distinct text. */
interface Shape {
  key: string;
  word: boolean;
  cap: boolean;
}
const shapeOf = memo((raw: string): Shape => {
  const word = WORD_START.test(raw);
  const last = raw.charCodeAt(raw.length - 1);
  const elided = raw.length > 1 && (last === 0x27 || last === 0x2019);
  return {
    key: elided ? fold(raw.slice(0, -1)) + "'" : fold(last === 0x2e ? raw.slice(0, -1) : raw),
    word,
    cap: word && !elided && (CAPITAL.test(raw) || PARTICLE_NAME.test(raw) || NUMBERED_NAME.test(raw)),
  };
}, 100_000);

// A one-character token (a punctuation mark, most of them) by its code: an array read is
// cheaper than a lookup in the memo.
const oneChar: (Shape | undefined)[] = [];
function shapeOfChar(raw: string): Shape {
  const code = raw.charCodeAt(0);
  return (oneChar[code] ??= shapeOf(raw));
}

const bySentences = new WeakMap<object, { text: string; grammatical: GrammaticalWord; tokens: readonly Token[] }>();

/** A word that is never a name, by its folded key (a verb, a pronoun, a determiner of the language). */
export type GrammaticalWord = (key: string) => boolean;

/**
 * Tokens of a text, with the sentence each one is in (sentences sorted and disjoint). The
 * mentions and quotes stages both read them: they are made once per sentences layer (a frozen
 * array), text and grammatical words of the language (both stages pass the compiled speech
 * lexicon's, one function per language), and shared read-only.
 */
export function tokenizeForEntities(text: string, sentences: readonly { start: number; end: number }[], grammatical: GrammaticalWord): readonly Token[] {
  const hit = bySentences.get(sentences);
  if (hit && hit.text === text && hit.grammatical === grammatical) return hit.tokens;
  const tokens = tokenize(text, sentences);
  uncapTitleCase(tokens, grammatical);
  bySentences.set(sentences, { text, grammatical, tokens });
  return tokens;
}

function tokenize(text: string, sentences: readonly { start: number; end: number }[]): Token[] {
  const out: Token[] = [];
  let s = 0;
  let lastSentence = -1;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let raw = m[0];
    const last = raw.charCodeAt(raw.length - 1);
    const start = m.index;
    while (s < sentences.length - 1 && sentences[s]!.end <= start) s++;
    // A final period belongs to the word only for an abbreviation ("M.", "Dr.", « MM. »): one to
    // three letters, the first a capital and the others lower case ("selon l'AFP." ends a
    // sentence), or a title's four ("Prof.", "Capt."), and not a word of two letters or more that
    // ends its sentence ("said Paul Roy.").
    if (last === 0x2e && raw.length > 1 && (!ABBREVIATION.test(raw) || (raw.length > 2 && sentences[s]?.end === start + raw.length))) raw = raw.slice(0, -1);
    // An English possessive is not part of the name: "Clinton’s" is "Clinton" + "’s".
    else if (last === 0x73 && raw.length > 3 && isApostrophe(raw.charCodeAt(raw.length - 2)) && POSSESSIVE.test(raw)) raw = raw.slice(0, -2);
    // A site's name is one word: "GunBroker.com", « Le Figaro.fr ».
    if (WORD_START.test(raw)) {
      SITE_TAIL.lastIndex = start + raw.length;
      const tail = SITE_TAIL.exec(text);
      if (tail) raw += tail[0];
    }
    if (raw !== m[0]) TOKEN.lastIndex = m.index + raw.length;
    let key = raw;
    let word = true;
    let cap = false;
    if (!isLowerAscii(raw)) ({ key, word, cap } = raw.length === 1 && raw.charCodeAt(0) < 0xd800 ? shapeOfChar(raw) : shapeOf(raw));
    out.push({ start, end: start + raw.length, text: raw, key, word, cap, sentence: s, initial: word && s !== lastSentence });
    if (word) lastSentence = s;
  }
  return out;
}

const NUMBER = /^\p{N}/u;
const LOWER = /\p{Ll}/u;

/** What opens a sentence's words: a capital right after it is no evidence of a name. */
const OPENER = /^[«“"‘'(:]$/;

/**
 * A headline in title case ("Trump Says He’s Unlikely To Have A Good Relationship With David
 * Cameron") capitalises every word, so its capitals say nothing of names. There a capitalised word
 * keeps its capital only when the rest of the article writes it with one inside an ordinary
 * sentence (or at its start before another capitalised word: "Bill Clinton said"), or never in
 * lower case and it is no grammatical word of the language: "Trump", "David Cameron" keep theirs;
 * "Says", "He", "Unlikely", "To" lose them. An ordinary sentence has a lower-case word of four
 * letters or more that is no grammatical word ("with" in "Meet Putin with Aides" is one); a line
 * with none is taken for title case when at least two of its capitalised words of four letters or
 * more, after the first word, are common words (« Bruno Le Maire ont dit non » has one).
 */
function uncapTitleCase(tokens: Token[], grammatical: GrammaticalWord): void {
  const lower = new Set<string>();
  const capital = new Set<string>();
  // Each sentence's tokens [from, to), and the lines in title case among them.
  const titled: Array<[number, number]> = [];
  for (let i = 0; i < tokens.length; ) {
    let j = i;
    while (j < tokens.length && tokens[j]!.sentence === tokens[i]!.sentence) j++;
    let ordinary = false;
    for (let k = i; k < j && !ordinary; k++) {
      const t = tokens[k]!;
      ordinary = t.word && !t.cap && t.key.length >= 4 && !NUMBER.test(t.text) && !grammatical(t.key);
    }
    if (!ordinary) titled.push([i, j]);
    else
      for (let k = i; k < j; k++) {
        const t = tokens[k]!;
        if (!t.word || NUMBER.test(t.text)) continue;
        const next = tokens[k + 1];
        const opened = t.initial || OPENER.test(tokens[k - 1]?.text ?? '');
        if (!t.cap) lower.add(t.key);
        else if (!opened || (next?.word && next.cap && next.sentence === t.sentence && next.start - t.end <= 1)) capital.add(t.key);
      }
    i = j;
  }
  // A word in capitals ("NATO", a header « L'ETAT CONTRE LA "FRÉRISATION" ») keeps its capitals:
  // they mark an acronym, or a line that other rules read as such.
  const common = (t: Token) => t.cap && (t.text.length === 1 || LOWER.test(t.text)) && !capital.has(t.key) && (lower.has(t.key) || grammatical(t.key));
  for (const [i, j] of titled) {
    let words = 0;
    let commons = 0;
    for (let k = i; k < j; k++) {
      const t = tokens[k]!;
      if (!t.word) continue;
      words++;
      if (!t.initial && t.key.length >= 4 && common(t)) commons++;
    }
    if (words >= 4 && commons >= 2) for (let k = i; k < j; k++) if (common(tokens[k]!)) (tokens[k] as { cap: boolean }).cap = false;
  }
}
