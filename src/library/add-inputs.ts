import { buildArticle } from '../ingest/build-article.js';
import { countUnit, expandInputs, readUnit } from '../ingest/read-inputs.js';
import type { IngestError, IngestOptions } from '../ingest/types.js';
import { analyseArticle, articleStages, pipelineVersion } from '../pipeline/pipeline.js';
import { linkArticle, type ProfileCache } from '../provenance/link.js';
import type { Store } from '../store/store.js';
import { assignStory } from '../stories/cluster.js';

export interface Progress {
  /** Inputs handled so far (articles and errors). */
  done: number;
  /** Inputs expected in all (records files count their lines). */
  total: number;
  /** The input just handled. */
  input: string;
}

export interface AddOptions extends IngestOptions {
  /** Manifests (JSON Lines or JSON records files) to read besides the inputs. */
  manifests?: readonly string[];
  onProgress?: (p: Progress) => void;
}

export interface AddReport {
  /** The ids of the articles read in this run, in input order, each once. */
  articles: string[];
  /** Newly stored. */
  added: number;
  /** Stored before by an older analysis, analysed again. */
  reanalysed: number;
  /** Stored before with a current analysis: nothing to do. */
  unchanged: number;
  /** Inputs that could not be read, each with its reason. */
  errors: IngestError[];
}

/**
 * Read inputs into a store: each input is expanded, read, normalised and analysed, linked to the
 * stored articles it derives from or that derive from it, put in the story it joins (or opens), then written with its layers and links
 * in one transaction. An article already stored with the current analysis is not
 * analysed again; one that fails is reported and the others go on.
 */
export async function addInputs(store: Store, inputs: readonly string[], options: AddOptions = {}): Promise<AddReport> {
  const version = pipelineVersion(articleStages);
  const units = await expandInputs(inputs, options.manifests ?? []);
  let total = 0;
  if (options.onProgress) for (const u of units) total += await countUnit(u);
  const report: AddReport = { articles: [], added: 0, reanalysed: 0, unchanged: 0, errors: [] };
  const seen = new Set<string>();
  const profiles: ProfileCache = new Map();
  let done = 0;
  const tick = (input: string) => options.onProgress?.({ done: ++done, total: Math.max(total, done), input });

  for (const unit of units) {
    for await (const item of readUnit(unit, options)) {
      if (!item.ok) {
        report.errors.push(item.error);
        store.recordError(item.error);
        tick(item.error.input);
        continue;
      }
      const built = buildArticle(item.raw);
      if (!built.ok) {
        report.errors.push(built.error);
        store.recordError(built.error);
        tick(built.error.input);
        continue;
      }
      const { article } = built;
      const status = store.status(article.id, version);
      if (status === 'current') {
        report.unchanged++;
        store.addSource(article.id, article.source);
      } else {
        const doc = analyseArticle(article);
        const links = linkArticle(doc, store, profiles);
        const story = assignStory(doc, store);
        store.putDocument(doc, version, story ? { ...links, story } : links);
        if (status === 'absent') report.added++;
        else report.reanalysed++;
      }
      store.clearError(item.raw.source);
      if (!seen.has(article.id)) {
        seen.add(article.id);
        report.articles.push(article.id);
      }
      tick(article.source);
    }
  }
  return report;
}
