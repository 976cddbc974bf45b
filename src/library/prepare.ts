import type { Article } from '../model/article.js';
import type { AnalysedDocument } from '../model/document.js';
import { analyseArticle } from '../pipeline/pipeline.js';
import { linkKeysOf, type LinkKeys } from '../provenance/link.js';
import { profileOf, type Profile } from '../provenance/profile.js';
import { encodeLayers } from '../store/layers-codec.js';
import { storyFeatures } from '../stories/features.js';

/**
 * An article analysed, with what the cross-article stages and the store compute of it alone: its
 * provenance profile, its story features and its layers encoded for the store. All of it is a
 * pure function of the article, so it can be made in any thread; only linking, clustering and
 * storing need the store.
 */
export interface PreparedDocument {
  doc: AnalysedDocument;
  profile: Profile;
  storyFeatures: Map<string, number>;
  /** Its fingerprint and candidate-index keys (MinHash signatures). */
  linkKeys: LinkKeys;
  encodedLayers: Uint8Array;
}

export function prepareDocument(article: Article): PreparedDocument {
  const doc = analyseArticle(article);
  const profile = profileOf(doc);
  return { doc, profile, storyFeatures: storyFeatures(doc), linkKeys: linkKeysOf(profile), encodedLayers: encodeLayers(doc.layers) };
}
