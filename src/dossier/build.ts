import type { Dossier, DossierArticle, InputError } from '../contract/dossier.js';
import type { AnalysedDocument } from '../model/document.js';
import type { Store } from '../store/store.js';

export interface DossierOptions {
  /** The articles to cover; all stored articles when absent. */
  articles?: readonly string[];
  /** The input errors to report; the store's recorded errors when absent. */
  errors?: readonly InputError[];
  /** The time to stamp (tests fix it). */
  now?: Date;
}

/** Build the dossier (contract v1) over stored articles. */
export function buildDossier(store: Store, options: DossierOptions = {}): Dossier {
  const ids = options.articles ?? store.articleIds();
  const articles: DossierArticle[] = [];
  for (const id of ids) {
    const doc = store.getDocument(id);
    if (doc) articles.push(toDossierArticle(doc));
  }
  return {
    schema: 'recoupe.dossier/1',
    generatedAt: (options.now ?? new Date()).toISOString(),
    articles,
    errors: [...(options.errors ?? store.errors())],
    derivations: [],
    stories: [],
    entities: [],
    quotes: [],
    claims: [],
    times: [],
    timeline: [],
    contradictions: [],
  };
}

function toDossierArticle(doc: AnalysedDocument): DossierArticle {
  const a = doc.article;
  return {
    id: a.id,
    source: a.source,
    title: a.title ?? null,
    outlet: a.outlet ?? null,
    language: a.language,
    publishedAt: a.publishedAt ?? null,
    publishedAtSource: a.publishedAtSource ?? null,
    credits: [...new Set((doc.layers.credits ?? []).map((c) => c.agency))],
    text: a.text,
  };
}
