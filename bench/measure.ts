import { buildArticle } from '../src/ingest/build-article.js';
import type { IngestError, RawInput } from '../src/ingest/types.js';
import { languagePack } from '../src/lang/registry.js';
import type { Article } from '../src/model/article.js';
import type { AnalysedDocument } from '../src/model/document.js';
import { analyseArticle, mergeStageOutput } from '../src/pipeline/pipeline.js';
import { linkArticle, type ProfileCache } from '../src/provenance/link.js';
import type { AnyStage, StageContext } from '../src/pipeline/stage.js';
import type { Store } from '../src/store/store.js';
import type { MemoryWatch } from './memory.js';
import { countWords, type StageClock } from './timing.js';

/** One input to benchmark; `copy` numbers the passes over a repeated input. */
export interface BenchItem {
  raw: RawInput;
  copy: number;
}

/** The rows of the stage table, in order. Per-article stages are named by `stageRow`. */
export const ROW = {
  build: 'build (buildArticle)',
  detect: 'build, language detected',
  runner: 'runner (span checks, freeze)',
  link: 'link (provenance candidates and comparisons)',
  memoryStore: 'store :memory: (putDocument)',
  fileStore: 'store file (putDocument)',
  wholePipeline: 'whole pipeline, end to end',
} as const;

export function stageRow(stage: AnyStage): string {
  return `stage ${stage.name}`;
}

export interface BenchStores {
  /** The store the stage rows write to. */
  memory: Store;
  /** The file-backed store, for write speed and size on disk. */
  file: Store;
  /** The store of the end-to-end run. */
  wholePipeline: Store;
}

/**
 * Runs batches of inputs through the pipeline phase by phase, timing each phase over the whole
 * batch: build, build with language detection, each per-article stage (called as `analyseArticle`
 * calls it), the runner's own work, the two stores; then the whole pipeline again, article by
 * article, as `addInputs` runs it. Repeated inputs (`copy` > 0) are stored under ids of their own,
 * so that every write is an insert.
 */
export class PipelineBench {
  readonly errors: IngestError[] = [];
  private readonly profiles: ProfileCache = new Map();
  private readonly wholeProfiles: ProfileCache = new Map();

  constructor(
    private readonly stages: readonly AnyStage[],
    private readonly version: string,
    private readonly stores: BenchStores,
    private readonly clock: StageClock,
    private readonly memory: MemoryWatch,
  ) {}

  runBatch(items: readonly BenchItem[]): void {
    const { clock } = this;

    let t = performance.now();
    const built = items.map((item) => buildArticle(item.raw));
    const buildMs = performance.now() - t;

    const articles: Article[] = [];
    for (const [i, b] of built.entries()) {
      if (!b.ok) {
        if (items[i]!.copy === 0) this.errors.push(b.error);
        continue;
      }
      const copy = items[i]!.copy;
      articles.push(copy > 0 ? { ...b.article, id: `${b.article.id}-${copy}` } : b.article);
    }
    const words = articles.reduce((sum, a) => sum + countWords(a.text), 0);
    clock.add(ROW.build, buildMs, articles.length, words);
    this.memory.sample();

    const undetected = items.map((item) => ({ ...item.raw, meta: { ...item.raw.meta, language: undefined } }));
    t = performance.now();
    for (const raw of undetected) buildArticle(raw);
    clock.add(ROW.detect, performance.now() - t, articles.length, words);

    let docs: AnalysedDocument[] = articles.map((article) => ({ article, layers: {} }));
    const contexts: StageContext[] = articles.map((a) => ({ lang: languagePack(a.language) }));
    let runnerMs = 0;
    for (const stage of this.stages) {
      const outputs: ReturnType<AnyStage['run']>[] = [];
      t = performance.now();
      for (let i = 0; i < docs.length; i++) outputs.push(stage.run(docs[i]!, contexts[i]!));
      clock.add(stageRow(stage), performance.now() - t, docs.length, words);
      t = performance.now();
      docs = docs.map((doc, i) => mergeStageOutput(stage, doc, outputs[i]!));
      runnerMs += performance.now() - t;
      this.memory.sample();
    }
    clock.add(ROW.runner, runnerMs, docs.length, words);

    // Linking reads what the store holds, so each article is linked, then stored, in turn.
    let linkMs = 0;
    let storeMs = 0;
    for (const doc of docs) {
      t = performance.now();
      const links = linkArticle(doc, this.stores.memory, this.profiles);
      linkMs += performance.now() - t;
      t = performance.now();
      this.stores.memory.putDocument(doc, this.version, links);
      storeMs += performance.now() - t;
    }
    clock.add(ROW.link, linkMs, docs.length, words);
    clock.add(ROW.memoryStore, storeMs, docs.length, words);

    t = performance.now();
    for (const doc of docs) this.stores.file.putDocument(doc, this.version);
    clock.add(ROW.fileStore, performance.now() - t, docs.length, words);
    this.memory.sample();

    t = performance.now();
    let done = 0;
    for (const item of items) {
      const b = buildArticle(item.raw);
      if (!b.ok) continue;
      const article = item.copy > 0 ? { ...b.article, id: `${b.article.id}-${item.copy}` } : b.article;
      const doc = analyseArticle(article, this.stages);
      this.stores.wholePipeline.putDocument(doc, this.version, linkArticle(doc, this.stores.wholePipeline, this.wholeProfiles));
      done++;
    }
    clock.add(ROW.wholePipeline, performance.now() - t, done, words);
    this.memory.sample();
  }
}
