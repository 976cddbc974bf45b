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
// ("Yong-hyun", "porte-parole", "O'Neill"), a number, or one punctuation mark.
const TOKEN = /(?<![\p{L}\p{N}])(?:[lLdDjJmMnNsStTcC]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu)['’](?=\p{L})|\p{L}[\p{L}\p{M}\p{N}]*(?:[-‑'’]\p{L}[\p{L}\p{M}\p{N}]*)*\.?|\p{N}+(?:[.,  ]\p{N}+)*|[^\s\p{L}\p{N}]/gu;
const PARTICLE_NAME = /^(?:al|el|ad|ar|as|ash|at|az|bin|ben|ibn|abu|abd)-\p{Lu}/u;

// Capitalised: a short lower-case word before a full stop ends its sentence ("he said it.").
const ABBREVIATION = /^(?:\p{Lu}\p{Ll}{0,2}|(\p{Lu})\1)\.$/u;
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
    cap: word && !elided && (CAPITAL.test(raw) || PARTICLE_NAME.test(raw)),
  };
}, 100_000);

// A one-character token (a punctuation mark, most of them) by its code: an array read is
// cheaper than a lookup in the memo.
const oneChar: (Shape | undefined)[] = [];
function shapeOfChar(raw: string): Shape {
  const code = raw.charCodeAt(0);
  return (oneChar[code] ??= shapeOf(raw));
}

const bySentences = new WeakMap<object, { text: string; tokens: readonly Token[] }>();

/**
 * Tokens of a text, with the sentence each one is in (sentences sorted and disjoint). The
 * mentions and quotes stages both read them: they are made once per sentences layer (a frozen
 * array) and text, and shared read-only.
 */
export function tokenizeForEntities(text: string, sentences: readonly { start: number; end: number }[]): readonly Token[] {
  const hit = bySentences.get(sentences);
  if (hit && hit.text === text) return hit.tokens;
  const tokens = tokenize(text, sentences);
  bySentences.set(sentences, { text, tokens });
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
    // sentence), and not a word of two letters or more that ends its sentence ("said Paul Roy.").
    if (last === 0x2e && raw.length > 1 && (!ABBREVIATION.test(raw) || (raw.length > 2 && sentences[s]?.end === start + raw.length))) raw = raw.slice(0, -1);
    // An English possessive is not part of the name: "Clinton’s" is "Clinton" + "’s".
    else if (last === 0x73 && raw.length > 3 && isApostrophe(raw.charCodeAt(raw.length - 2)) && POSSESSIVE.test(raw)) raw = raw.slice(0, -2);
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
