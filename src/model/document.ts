import type { Article } from './article.js';
import type { LayerName, Layers, LayerTypes } from './layers.js';

/** An article with the annotation layers the pipeline has given it so far. */
export interface AnalysedDocument {
  readonly article: Article;
  readonly layers: Layers;
}

/** A layer that a stage declared it requires: present by construction once the pipeline is checked. */
export function layer<K extends LayerName>(doc: AnalysedDocument, name: K): readonly LayerTypes[K][] {
  const found = doc.layers[name];
  if (!found) throw new Error(`layer "${name}" is missing: the stage that reads it must declare it in "requires"`);
  return found;
}
