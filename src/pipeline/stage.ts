import type { LanguagePack } from '../lang/types.js';
import type { AnalysedDocument } from '../model/document.js';
import type { LayerName, LayerTypes } from '../model/layers.js';

/** What every stage is given besides the document. */
export interface StageContext {
  /** The language knowledge for the article's language (the fallback pack when it has none). */
  readonly lang: LanguagePack;
}

export type StageOutput<P extends LayerName> = { [K in P]: LayerTypes[K][] };

/**
 * A per-article stage: a pure function from a document (with the layers it requires) to the
 * layers it provides. Only the runner merges what stages return.
 */
export interface Stage<P extends LayerName = LayerName> {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly provides: readonly P[];
  run(doc: AnalysedDocument, ctx: StageContext): StageOutput<P>;
}

/** Declare a stage with its provided layer names inferred. */
export function defineStage<P extends LayerName>(stage: Stage<P>): Stage<P> {
  return stage;
}

/** Any stage, whatever layers it provides: what the ordered list holds. */
export interface AnyStage {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly provides: readonly LayerName[];
  run(doc: AnalysedDocument, ctx: StageContext): Partial<StageOutput<LayerName>>;
}
