import type { AnalysedDocument } from '../model/document.js';
import { layer } from '../model/document.js';
import type { Span } from '../model/annotation.js';
import { agencyOfOutlet } from '../lang/common/agencies.js';
import { anchors, type Anchor } from './anchors.js';
import { shingles, stems, words } from './features.js';

/** What provenance compares of one article, computed once from its text and layers. */
export interface Profile {
  id: string;
  language: string;
  publishedAt?: string;
  text: string;
  shingles: Uint32Array;
  sentences: readonly Span[];
  sentenceStems: Uint32Array[];
  /** For each stem, the sentences that hold it. */
  stemIndex: Map<number, number[]>;
  anchors: Anchor[];
  anchorKeys: Set<string>;
  credits: Set<string>;
  /** The agency the article's own outlet is, when it is one (an agency's dispatch is no shared source). */
  agency?: string;
}

const QUOTED = /«[^»]*»|“[^”]*”|"[^"\n]*"/g;

export function profileOf(doc: AnalysedDocument): Profile {
  const { article } = doc;
  const sentences = layer(doc, 'sentences');
  const found = anchors(article.text);
  // Quoted words are left out: independent reports of one press conference share the quotes,
  // while a rewrite keeps the narrative around them.
  const sentenceStems = sentences.map((s) => stems(article.text.slice(s.start, s.end).replace(QUOTED, ' ')));
  const stemIndex = new Map<number, number[]>();
  sentenceStems.forEach((set, i) => {
    for (const h of set) {
      const list = stemIndex.get(h);
      if (list) list.push(i);
      else stemIndex.set(h, [i]);
    }
  });
  return {
    id: article.id,
    language: article.language,
    ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
    text: article.text,
    shingles: shingles(words(article.text)),
    sentences,
    sentenceStems,
    stemIndex,
    anchors: found,
    anchorKeys: new Set(found.map((x) => x.key)),
    credits: new Set(layer(doc, 'credits').map((c) => c.agency)),
    ...(agencyOfOutlet(article.outlet) ? { agency: agencyOfOutlet(article.outlet) } : {}),
  };
}
