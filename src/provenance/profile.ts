import type { AnalysedDocument } from '../model/document.js';
import { layer } from '../model/document.js';
import type { Span } from '../model/annotation.js';
import { agencyOfOutlet } from '../lang/common/agencies.js';
import { anchors, type Anchor } from './anchors.js';
import { shingles, stems, tokenize } from './features.js';

/** What provenance compares of one article, computed once from its text and layers. */
export interface Profile {
  id: string;
  language: string;
  publishedAt?: string;
  text: string;
  shingles: Uint32Array;
  sentences: readonly Span[];
  /** Stems of each sentence, whole, and indexed (stem to sentences). */
  sentenceStems: SentenceStems;
  /** Stems of each sentence outside its quotations (the narrative a rewrite rewords). */
  narrativeStems: SentenceStems;
  anchors: Anchor[];
  anchorKeys: Set<string>;
  credits: Set<string>;
  /** The agency the article's own outlet is, when it is one (an agency's dispatch is no shared source). */
  agency?: string;
}

export interface SentenceStems {
  readonly sets: Uint32Array[];
  readonly index: Map<number, number[]>;
}

/**
 * Stems of each sentence, indexed (stem to sentences) the first time a comparison reads the
 * index: most profiles are never compared (their candidates are ruled out by fingerprints).
 * Copied to another thread, it keeps its sets only (the index is a private field and a getter
 * of the class): `reviveProfile` makes it whole again there.
 */
class LazyStems implements SentenceStems {
  #index: Map<number, number[]> | undefined;
  constructor(readonly sets: Uint32Array[]) {}
  get index(): Map<number, number[]> {
    if (!this.#index) {
      const index = new Map<number, number[]>();
      this.sets.forEach((set, i) => {
        for (const h of set) {
          const list = index.get(h);
          if (list) list.push(i);
          else index.set(h, [i]);
        }
      });
      this.#index = index;
    }
    return this.#index;
  }
}

/** A profile as another thread sent it (structured clone): its sentence stems indexed again when read. */
export function reviveProfile(p: Profile): Profile {
  return { ...p, sentenceStems: new LazyStems(p.sentenceStems.sets), narrativeStems: new LazyStems(p.narrativeStems.sets) };
}

const QUOTED = /«[^«»]*»|“[^“”]*”|"[^"\n]*"/g;

/** The layers a profile reads: an article analysed this far can be compared. */
export const PROFILE_LAYERS = ['sentences', 'credits'] as const;

export function profileOf(doc: AnalysedDocument): Profile {
  const { article } = doc;
  const { text } = article;
  const sentences = layer(doc, 'sentences');
  const found = anchors(text);
  const tokens = tokenize(text);
  const whole: Uint32Array[] = [];
  const narrative: Uint32Array[] = [];
  let from = 0;
  for (const s of sentences) {
    while (from < tokens.length && tokens.starts[from]! < s.start) from++;
    let to = from;
    while (to < tokens.length && tokens.starts[to]! < s.end) to++;
    whole.push(stems(tokens, from, to));
    // Quoted words are left out: independent reports of one press conference share the quotes,
    // while a rewrite keeps the narrative around them.
    const quoted: [number, number][] = [];
    for (const m of text.slice(s.start, s.end).matchAll(QUOTED)) quoted.push([s.start + m.index, s.start + m.index + m[0].length]);
    narrative.push(quoted.length ? stems(tokens, from, to, quoted) : whole[whole.length - 1]!);
    from = to;
  }
  return {
    id: article.id,
    language: article.language,
    ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
    text,
    shingles: shingles(tokens),
    sentences,
    sentenceStems: new LazyStems(whole),
    narrativeStems: new LazyStems(narrative),
    anchors: found,
    anchorKeys: new Set(found.map((x) => x.key)),
    credits: new Set(layer(doc, 'credits').map((c) => c.agency)),
    ...(agencyOfOutlet(article.outlet) ? { agency: agencyOfOutlet(article.outlet) } : {}),
  };
}
