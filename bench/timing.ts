/** Time totals per stage, and the rates made from them. */

export interface StageResult {
  stage: string;
  articles: number;
  words: number;
  totalMs: number;
  articlesPerSec: number;
  wordsPerSec: number;
}

/** Items per second; 0 when nothing was timed. */
export function perSecond(count: number, ms: number): number {
  return ms > 0 ? (count * 1000) / ms : 0;
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

export function stageResult(stage: string, articles: number, words: number, totalMs: number): StageResult {
  return { stage, articles, words, totalMs: round(totalMs, 3), articlesPerSec: round(perSecond(articles, totalMs), 1), wordsPerSec: round(perSecond(words, totalMs), 1) };
}

/** Accumulates, per stage, the milliseconds spent and the articles and words handled. */
export class StageClock {
  private readonly totals = new Map<string, { ms: number; articles: number; words: number }>();

  add(stage: string, ms: number, articles: number, words: number): void {
    const t = this.totals.get(stage);
    if (t) {
      t.ms += ms;
      t.articles += articles;
      t.words += words;
    } else {
      this.totals.set(stage, { ms, articles, words });
    }
  }

  get(stage: string): StageResult | undefined {
    const t = this.totals.get(stage);
    return t && stageResult(stage, t.articles, t.words, t.ms);
  }

  /** Every stage, in the order first seen. */
  results(): StageResult[] {
    return [...this.totals].map(([stage, t]) => stageResult(stage, t.articles, t.words, t.ms));
  }
}

/** Words of a normalised text: runs of characters between spaces and line breaks. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
