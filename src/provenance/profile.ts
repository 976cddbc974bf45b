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
  sentenceStems: Set<string>[];
  anchors: Anchor[];
  credits: Set<string>;
  /** The agency the article's own outlet is, when it is one (an agency's dispatch is no shared source). */
  agency?: string;
}

export function profileOf(doc: AnalysedDocument): Profile {
  const { article } = doc;
  const sentences = layer(doc, 'sentences');
  return {
    id: article.id,
    language: article.language,
    ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
    text: article.text,
    shingles: shingles(words(article.text)),
    sentences,
    sentenceStems: sentences.map((s) => stems(article.text.slice(s.start, s.end))),
    anchors: anchors(article.text),
    credits: new Set(layer(doc, 'credits').map((c) => c.agency)),
    ...(agencyOfOutlet(article.outlet) ? { agency: agencyOfOutlet(article.outlet) } : {}),
  };
}
