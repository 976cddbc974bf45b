import type { Dossier } from '../contract/dossier.js';
import { buildDossier } from '../dossier/build.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';
import { addInputs, type AddOptions, type AddReport } from './add-inputs.js';

export interface AnalyzeOptions extends AddOptions {
  /** A store to use, or the path of a SQLite file; an in-memory store when absent. */
  db?: Store | string;
  /** The time to stamp on the dossier. */
  now?: Date;
}

export interface AnalyzeResult {
  dossier: Dossier;
  report: AddReport;
}

/**
 * The one-shot library call: read the inputs, analyse them, and return the dossier over the
 * articles of this run (with this run's input errors). The CLI, the HTTP API and the UI call this.
 */
export async function analyze(inputs: readonly string[], options: AnalyzeOptions = {}): Promise<AnalyzeResult> {
  const owned = typeof options.db !== 'object';
  const store = typeof options.db === 'object' ? options.db : openSqliteStore(options.db ?? ':memory:');
  try {
    const report = await addInputs(store, inputs, options);
    const dossier = buildDossier(store, { articles: report.articles, errors: report.errors, ...(options.now ? { now: options.now } : {}) });
    return { dossier, report };
  } finally {
    if (owned) store.close();
  }
}
