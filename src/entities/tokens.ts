import { fold } from './fold.js';

/** A word or punctuation mark of the text, with its folded form, for recognising names. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Folded (lower case, no diacritics, hyphens as spaces); an elided article keeps its apostrophe ("l'"). */
  key: string;
  word: boolean;
  /** Starts with a capital letter (or is a particle name such as "al-Assad"). */
  cap: boolean;
  /** Index of the sentence the token is in. */
  sentence: number;
  /** First word of its sentence. */
  initial: boolean;
}

// An elided article or pronoun ("l’", "d’", "qu’"), a word with inner hyphens or apostrophes
// ("Yong-hyun", "porte-parole", "O'Neill"), a number, or one punctuation mark.
const TOKEN = /(?<![\p{L}\p{N}])(?:[lLdDjJmMnNsStTcC]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu)['’](?=\p{L})|\p{L}[\p{L}\p{M}\p{N}]*(?:[-‑'’]\p{L}[\p{L}\p{M}\p{N}]*)*\.?|\p{N}+(?:[.,  ]\p{N}+)*|[^\s\p{L}\p{N}]/gu;
const PARTICLE_NAME = /^(?:al|el|ad|ar|as|ash|at|az|bin|ben|ibn|abu|abd)-\p{Lu}/u;

const folded = new Map<string, string>();
const FOLD_CACHE = 100_000;
/** `fold`, remembered: the same words come back in every article. */
function foldCached(s: string): string {
  let f = folded.get(s);
  if (f === undefined) {
    if (folded.size >= FOLD_CACHE) folded.clear();
    folded.set(s, (f = fold(s)));
  }
  return f;
}

/** Tokens of a text, with the sentence each one is in (sentences sorted and disjoint). */
export function tokenizeForEntities(text: string, sentences: readonly { start: number; end: number }[]): Token[] {
  const out: Token[] = [];
  let s = 0;
  let lastSentence = -1;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let raw = m[0];
    // A final period belongs to the word only for an abbreviation ("M.", "Dr."): one to three letters.
    if (raw.length > 1 && raw.endsWith('.') && !/^\p{L}{1,3}\.$/u.test(raw)) raw = raw.slice(0, -1);
    // An English possessive is not part of the name: "Clinton’s" is "Clinton" + "’s".
    if (/\p{L}{2}['’]s$/u.test(raw)) raw = raw.slice(0, -2);
    if (raw !== m[0]) TOKEN.lastIndex = m.index + raw.length;
    const start = m.index;
    while (s < sentences.length - 1 && sentences[s]!.end <= start) s++;
    const word = /\p{L}|\p{N}/u.test(raw[0]!);
    const elided = /['’]$/.test(raw);
    out.push({
      start,
      end: start + raw.length,
      text: raw,
      key: elided ? foldCached(raw.slice(0, -1)) + "'" : foldCached(raw.replace(/\.$/, '')),
      word,
      cap: word && (/^\p{Lu}/u.test(raw) || PARTICLE_NAME.test(raw)) && !elided,
      sentence: s,
      initial: word && s !== lastSentence,
    });
    if (word) lastSentence = s;
  }
  return out;
}
