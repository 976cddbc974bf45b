import { languagePack } from '../lang/registry.js';
import type { Article } from '../model/article.js';
import { isValidSpan, type Span } from '../model/annotation.js';
import type { AnalysedDocument } from '../model/document.js';
import type { LayerName } from '../model/layers.js';
import type { AnyStage } from './stage.js';
import { claimsStage } from './stages/claims.js';
import { creditsStage } from './stages/credits.js';
import { mentionsStage } from './stages/mentions.js';
import { paragraphsStage } from './stages/paragraphs.js';
import { quoteMarksStage } from './stages/quote-marks.js';
import { quotesStage } from './stages/quotes.js';
import { sentencesStage } from './stages/sentences.js';
import { stancesStage } from './stages/stances.js';
import { timesStage } from './stages/times.js';

/**
 * The per-article stages, in the order they run. This list is the only place the order lives;
 * `checkPipeline` proves at start that each stage's requirements come earlier in it.
 */
export const articleStages: readonly AnyStage[] = [paragraphsStage, sentencesStage, quoteMarksStage, creditsStage, mentionsStage, quotesStage, stancesStage, timesStage, claimsStage];

/**
 * Bumped by hand whenever a stage's output changes for the same text, so that stored analyses
 * made by older code are redone on the next run.
 */
const ANALYSIS_REVISION = 8;

/** Identifies what produced a stored analysis: the revision and the ordered stage names. */
export function pipelineVersion(stages: readonly AnyStage[] = articleStages): string {
  return `${ANALYSIS_REVISION}:${stages.map((s) => s.name).join(',')}`;
}

/**
 * The stages, in order, that give these layers: those that provide them and, transitively,
 * what they require. A reader that needs only some layers (provenance reads sentences and
 * credits) runs just these.
 */
export function stagesFor(layers: readonly LayerName[], stages: readonly AnyStage[] = articleStages): AnyStage[] {
  const wanted = new Set(layers);
  const picked: AnyStage[] = [];
  for (let i = stages.length - 1; i >= 0; i--) {
    const stage = stages[i]!;
    if (!stage.provides.some((p) => wanted.has(p))) continue;
    picked.unshift(stage);
    for (const r of stage.requires) wanted.add(r);
  }
  return picked;
}

/** Check that every stage's requirements are provided earlier and no layer is provided twice. */
export function checkPipeline(stages: readonly AnyStage[]): void {
  const provided = new Map<LayerName, string>();
  for (const stage of stages) {
    const missing = stage.requires.filter((r) => !provided.has(r));
    if (missing.length) {
      throw new Error(`pipeline: stage "${stage.name}" requires ${missing.map((m) => `"${m}"`).join(', ')}, which no earlier stage provides`);
    }
    for (const p of stage.provides) {
      const other = provided.get(p);
      if (other) throw new Error(`pipeline: layer "${p}" is provided by both "${other}" and "${stage.name}"`);
      provided.set(p, stage.name);
    }
  }
}

const checked = new WeakSet<readonly AnyStage[]>();

/**
 * Add a stage's output to a document: the runner checks that a stage returns exactly what it
 * declared and that every span lies inside the text (a stage that breaks either is a programming
 * error), and freezes each layer.
 */
export function mergeStageOutput(stage: AnyStage, doc: AnalysedDocument, out: Partial<Record<string, unknown>>): AnalysedDocument {
  const next: Record<string, unknown> = { ...doc.layers };
  for (const name of stage.provides) {
    const value = out[name];
    if (!Array.isArray(value)) throw new Error(`pipeline: stage "${stage.name}" did not return layer "${name}"`);
    const anns = value as readonly Span[];
    const bad = anns.find((a) => !isValidSpan(a, doc.article.text.length));
    if (bad) throw new Error(`pipeline: stage "${stage.name}" returned a span [${bad.start}, ${bad.end}) outside the text of ${doc.article.id}`);
    next[name] = Object.freeze(anns);
  }
  return { article: doc.article, layers: Object.freeze(next) };
}

/** Run the per-article stages over an article; each stage sees the layers provided before it. */
export function analyseArticle(article: Article, stages: readonly AnyStage[] = articleStages): AnalysedDocument {
  if (!checked.has(stages)) {
    checkPipeline(stages);
    checked.add(stages);
  }
  const ctx = { lang: languagePack(article.language) };
  let doc: AnalysedDocument = { article, layers: {} };
  for (const stage of stages) doc = mergeStageOutput(stage, doc, stage.run(doc, ctx));
  return doc;
}
