import type { Dossier, DossierArticle, InputError } from '../contract/dossier.js';
import type { AnalysedDocument } from '../model/document.js';
import { resolveEntities } from '../entities/resolve.js';
import { derivationsOf } from '../provenance/independence.js';
import { dossierClaims, dossierStances, dossierTimes } from './facts.js';
import { dossierQuotes } from '../quotes/link.js';
import { buildTimeline } from '../timeline/build.js';
import { entityLookup } from './entity-index.js';
import type { Store } from '../store/store.js';
import { buildQuestions } from '../crosscheck/questions.js';
import { findContradictions } from '../crosscheck/contradictions.js';
import { dossierStories } from '../stories/dossier-stories.js';

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
  const docs: AnalysedDocument[] = [];
  for (const id of ids) {
    const doc = store.getDocument(id);
    if (!doc) continue;
    docs.push(doc);
    articles.push(toDossierArticle(doc));
  }
  const order = publicationOrder(articles);
  const entities = resolveEntities(docs.map((d) => ({ article: d.article.id, language: d.article.language, text: d.article.text, mentions: d.layers.mentions ?? [] })));
  const quotes = dossierQuotes(docs.map((d) => ({ article: d.article.id, text: d.article.text, quotes: d.layers.quotes ?? [] })), entities, order);
  const entity = entityLookup(entities);
  const derivations = derivationsOf(store.linksAmong(articles.map((a) => a.id)), order);
  const facts = docs.map((d) => ({ article: d.article.id, text: d.article.text, claims: d.layers.claims ?? [], times: d.layers.times ?? [], stances: d.layers.stances ?? [] }));
  const timeline = buildTimeline(
    docs.map((d) => ({
      article: d.article.id,
      text: d.article.text,
      publishedAt: d.article.publishedAt ?? inferredDate(d),
      sentences: d.layers.sentences ?? [],
      times: d.layers.times ?? [],
      claims: d.layers.claims ?? [],
      mentions: d.layers.mentions ?? [],
    })),
    entity,
    order,
  );
  const stories = dossierStories(store, [...docs].sort((a, b) => order.get(a.article.id)! - order.get(b.article.id)!), derivations, entities);
  const claims = dossierClaims(facts, entity);
  const stances = dossierStances(facts, entity);
  const questions = buildQuestions({ entities, stories, articles, claims, derivations });
  return {
    schema: 'recoupe.dossier/1',
    generatedAt: (options.now ?? new Date()).toISOString(),
    articles,
    errors: [...(options.errors ?? store.errors())],
    derivations,
    stories,
    entities,
    quotes,
    claims,
    times: dossierTimes(facts),
    timeline,
    contradictions: findContradictions({ stories, articles, questions, claims, stances }),
    stances,
    questions,
  };
}

/** Articles ranked by publication time (undated last), then by the order they were given. */
function publicationOrder(articles: readonly DossierArticle[]): Map<string, number> {
  const time = (a: DossierArticle) => (a.publishedAt ? Date.parse(a.publishedAt) : Number.POSITIVE_INFINITY);
  const ranked = articles.map((a, i) => ({ id: a.id, t: time(a), i })).sort((x, y) => x.t - y.t || x.i - y.i);
  return new Map(ranked.map((r, rank) => [r.id, rank]));
}

/** The publication day the times stage inferred from an undated article's own dates. */
function inferredDate(doc: AnalysedDocument): string | undefined {
  const times = doc.layers.times ?? [];
  const anchor = times.find((t) => t.anchorSource === 'inferred')?.anchor;
  if (anchor) return anchor;
  // With no relative expression to carry it, the latest full date the article gives.
  const days = times.filter((t) => t.granularity === 'day' && !t.anchor).map((t) => t.value).sort();
  return days.at(-1);
}

function toDossierArticle(doc: AnalysedDocument): DossierArticle {
  const a = doc.article;
  const inferred = a.publishedAt ? undefined : inferredDate(doc);
  return {
    id: a.id,
    source: a.source,
    title: a.title ?? null,
    outlet: a.outlet ?? null,
    language: a.language,
    publishedAt: a.publishedAt ?? inferred ?? null,
    publishedAtSource: inferred ? 'inferred' : (a.publishedAtSource ?? null),
    credits: [...new Set((doc.layers.credits ?? []).map((c) => c.agency))],
    text: a.text,
  };
}
