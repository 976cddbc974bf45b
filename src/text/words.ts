import { fold } from '../entities/fold.js';
import { isLowerAscii, memo } from './memo.js';

/** A word, a run of digits or a punctuation mark, for the grammars of times and figures. */
export interface Word {
  start: number;
  end: number;
  text: string;
  /** Lower case without diacritics; an elided article keeps its apostrophe ("l'", "jusqu'"). */
  key: string;
  kind: 'word' | 'digits' | 'punct';
  /** Joined to the word before by a hyphen ("octobre" in "mi-octobre", "ci" in "mois-ci"). */
  hyphen: boolean;
}

// An elided article or pronoun at the start of a word ("l’", "d’", "jusqu’"); a word, which may
// hold apostrophes ("aujourd’hui", "didn't"); a run of digits; any other single mark.
const WORD = /(?<![\p{L}\p{N}])(?:[lLdDjJmMnNsStTcC]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu)['’](?=\p{L})|\p{L}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)*|\p{N}+|\S/gu;

/** What a token's text says of it, the same wherever it appears: worked out once per distinct text. */
interface Shape {
  key: string;
  kind: Word['kind'];
}
const DIGIT_START = /^\p{N}/u;
const LETTER_START = /^\p{L}/u;
const LETTER = /\p{L}/u;

const shapeOf = memo((raw: string): Shape => {
  const kind = DIGIT_START.test(raw) ? 'digits' : LETTER_START.test(raw) ? 'word' : 'punct';
  const last = raw.charCodeAt(raw.length - 1);
  const elided = last === 0x27 || last === 0x2019;
  return { kind, key: kind === 'word' ? (elided ? `${fold(raw.slice(0, -1))}'` : fold(raw)) : raw === '’' ? "'" : raw };
}, 100_000);

/** The words of `text` between `from` and `to`, with offsets into `text`. */
export function words(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  WORD.lastIndex = 0;
  let pendingHyphen = false;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    const raw = m[0];
    const start = from + m.index;
    // A hyphen between two letters joins words; it is not a token of its own.
    if ((raw === '-' || raw === '‑') && out.length) {
      const before = out[out.length - 1]!;
      if (before.kind === 'word' && before.end === start && LETTER.test(slice[m.index + 1] ?? '')) {
        pendingHyphen = true;
        continue;
      }
    }
    let key = raw;
    let kind: Word['kind'] = 'word';
    if (!isLowerAscii(raw)) ({ key, kind } = shapeOf(raw));
    out.push({ start, end: start + raw.length, text: raw, key, kind, hyphen: pendingHyphen });
    pendingHyphen = false;
  }
  return out;
}

const bySentence = new WeakMap<object, { text: string; words: Word[][] }>();

/**
 * The words of each sentence of an article. The times and claims stages both read them: they
 * are made once per sentences layer (a frozen array) and text.
 */
export function sentenceWords(text: string, sentences: readonly { start: number; end: number }[]): Word[][] {
  const hit = bySentence.get(sentences);
  if (hit && hit.text === text) return hit.words;
  const out = sentences.map((s) => words(text, s.start, s.end));
  bySentence.set(sentences, { text, words: out });
  return out;
}

/** A phrase as word keys: "il y a" is ["il", "y", "a"], "jusqu'à" is ["jusqu'", "a"], "mi-octobre" is ["mi", "octobre"]. */
export function phraseWords(phrase: string): string[] {
  return words(phrase).map((w) => w.key);
}

/**
 * Phrases indexed by their first word, longest first: what a grammar looks up at a position.
 * Each phrase carries a value (a qualifier, a month number, a unit).
 */
export class PhraseTable<V> {
  private readonly byFirst = new Map<string, { words: string[]; value: V }[]>();
  constructor(entries: Iterable<readonly [string, V]>) {
    for (const [phrase, value] of entries) {
      const ws = phraseWords(phrase);
      if (!ws.length) continue;
      const list = this.byFirst.get(ws[0]!) ?? [];
      list.push({ words: ws, value });
      this.byFirst.set(ws[0]!, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }
  /** The longest phrase that starts at word `i`: its value and the index after it. */
  at(ws: readonly Word[], i: number): { value: V; next: number } | undefined {
    const list = ws[i] && this.byFirst.get(ws[i].key);
    if (!list) return undefined;
    outer: for (const e of list) {
      for (let k = 1; k < e.words.length; k++) if (ws[i + k]?.key !== e.words[k]) continue outer;
      return { value: e.value, next: i + e.words.length };
    }
    return undefined;
  }
}

/** A table of phrases with no value: a set that matches several words. */
export function phraseSet(phrases: Iterable<string>): PhraseTable<true> {
  return new PhraseTable([...phrases].map((p) => [p, true] as const));
}
