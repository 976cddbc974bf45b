import type { Claim, Derivation, DossierArticle, Entity, FigureQuestion, QuestionFigure, QuestionStatus, Story } from '../contract/dossier.js';
import { GENERIC_CONCEPTS } from '../claims/figures.js';
import { independentGroups } from '../provenance/independence.js';

/**
 * Key figures: a story's claims about one quantity of one place ("troops:KP") line up into a
 * question; each distinct value is one figure with everyone who gives it. Two figures clash when
 * their ranges do not meet; they clash at one time when they were reported within a few days of
 * each other by different claimants, otherwise the figure has evolved.
 */

/** Reports this many days apart or less are about the same moment. */
export const SIMULTANEOUS_DAYS = 3;
/** How far a figure reaches around its value: an exact figure is rounded, an approximate one is loose. */
const EXACT_TOLERANCE = 0.02;
const APPROX_TOLERANCE = 0.1;
const DAY = 86_400_000;

/** The range of values a claim allows. */
export function rangeOf(c: Pick<Claim, 'value' | 'low' | 'high' | 'qualifier'>): [number, number] | undefined {
  if (c.value === null) {
    // A vague quantity ("des centaines") allows anything from its floor up, when it has one.
    return c.low === null || c.low === undefined ? undefined : [c.low, c.high ?? Number.POSITIVE_INFINITY];
  }
  const v = c.value;
  switch (c.qualifier) {
    case 'at-least':
      return [c.low ?? v, Number.POSITIVE_INFINITY];
    case 'at-most':
      return [0, c.high ?? v];
    case 'range':
      return [c.low ?? v, c.high ?? v];
    case 'approx':
      return [v * (1 - APPROX_TOLERANCE), v * (1 + APPROX_TOLERANCE)];
    default:
      return [v * (1 - EXACT_TOLERANCE), v * (1 + EXACT_TOLERANCE)];
  }
}

function meet(a: [number, number] | undefined, b: [number, number] | undefined): boolean {
  return !a || !b || (a[0] <= b[1] && b[0] <= a[1]);
}

const GROUP = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

/** "≥ 3 000", "~10 000", "1 500–2 000", "un petit nombre" (vague). */
export function displayFigure(c: Pick<Claim, 'value' | 'low' | 'high' | 'qualifier'>, vague: string): string {
  const n = (x: number | null | undefined) => (x === null || x === undefined ? '?' : GROUP.format(x).replace(/\u202f/g, ' '));
  if (c.value === null && c.qualifier !== 'range') return vague;
  switch (c.qualifier) {
    case 'at-least':
      return `≥ ${n(c.low ?? c.value)}`;
    case 'at-most':
      return `≤ ${n(c.high ?? c.value)}`;
    case 'range':
      return `${n(c.low)}–${n(c.high)}`;
    case 'approx':
      return `~${n(c.value)}`;
    default:
      return n(c.value);
  }
}

/** The first day of a time value ("2024-10" gives 2024-10-01; an interval its start). */
function firstDay(value: string): string {
  const start = value.split('/')[0]!;
  return start.length === 4 ? `${start}-01-01` : start.length === 7 ? `${start}-01` : start.slice(0, 10);
}

/** The last day of a time value ("2024-10" gives 2024-10-31; an interval its end). */
function lastDay(value: string): string {
  const end = value.split('/').at(-1)!;
  if (end.length === 4) return `${end}-12-31`;
  if (end.length === 7) {
    const [y, m] = end.split('-').map(Number);
    return new Date(Date.UTC(y!, m, 0)).toISOString().slice(0, 10);
  }
  return end.slice(0, 10);
}

const minDay = (a: string | null, b: string | null) => (!a ? b : !b ? a : a < b ? a : b);
const maxDay = (a: string | null, b: string | null) => (!a ? b : !b ? a : a > b ? a : b);

/** When a claim was made: the day its sentence names (on or before publication), else its article's publication day. */
function saidOn(c: Claim, published: string | null): string | null {
  if (c.refersTo && /^\d{4}-\d{2}-\d{2}$/.test(c.refersTo) && (!published || c.refersTo <= published)) return c.refersTo;
  return published;
}

/** The latest day a claim says its figure holds for: the end of its period, at most its publication day. */
function holdsUntil(c: Claim, published: string | null): string | null {
  if (!c.refersTo) return published;
  const end = lastDay(c.refersTo);
  return published && end > published ? (firstDay(c.refersTo) <= published ? published : end) : end;
}

function daysBetween(a: string | null, b: string | null): number {
  return a && b ? Math.abs(Date.parse(a) - Date.parse(b)) / DAY : 0;
}

/** Claims with the same value and the same kind of bound give one figure. */
function figureKey(c: Claim): string {
  const bound = c.qualifier === 'at-least' || c.qualifier === 'at-most' || c.qualifier === 'range' ? c.qualifier : 'point';
  return c.value === null && c.qualifier !== 'range' ? 'vague' : `${bound}:${c.value ?? ''}:${c.low ?? ''}:${c.high ?? ''}`;
}

function mostFrequent(values: readonly string[]): string | undefined {
  const n = new Map<string, number>();
  for (const v of values) n.set(v, (n.get(v) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

/** Classify a question from its figures, and list the pairs that clash at one time. */
export function classify(figures: readonly QuestionFigure[]): { status: QuestionStatus; conflicts: [number, number][] } {
  const conflicts: [number, number][] = [];
  let evolving = false;
  for (let i = 0; i < figures.length; i++) {
    for (let j = i + 1; j < figures.length; j++) {
      const a = figures[i]!;
      const b = figures[j]!;
      if (meet(rangeOf(a), rangeOf(b))) continue;
      const apart = daysBetween(a.firstSaid, b.firstSaid) > SIMULTANEOUS_DAYS && daysBetween(a.asOf, b.asOf) > SIMULTANEOUS_DAYS;
      const sameVoice = a.claimants.some((x) => b.claimants.includes(x));
      if (apart || sameVoice) evolving = true;
      else conflicts.push([i, j]);
    }
  }
  return { status: evolving ? 'evolving' : conflicts.length ? 'conflicting' : 'agreeing', conflicts };
}

/** A claimant by the entity's fullest name when it is one resolved entity, else as the article names it. */
function claimantOf(c: Claim, names: ReadonlyMap<string, string>): string | null | undefined {
  if (c.claimant && (c.claimants?.length ?? 0) <= 1) return names.get(c.claimant) ?? c.claimantName;
  return c.claimantName;
}

export interface QuestionInput {
  entities: readonly Entity[];
  stories: readonly Story[];
  articles: readonly DossierArticle[];
  claims: readonly Claim[];
  derivations: readonly Derivation[];
}

/** The key figures of each story, largest questions first. */
export function buildQuestions({ entities, stories, articles, claims, derivations }: QuestionInput): FigureQuestion[] {
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const published = new Map(articles.map((a) => [a.id, a.publishedAt ? a.publishedAt.slice(0, 10) : null]));
  const texts = new Map(articles.map((a) => [a.id, a.text]));
  const storyOf = new Map<string, string>();
  for (const s of stories) for (const a of s.articles) storyOf.set(a, s.id);
  const byQuestion = new Map<string, Claim[]>();
  for (const c of claims) {
    const story = storyOf.get(c.article);
    // A key figure must say what it counts: "1 500 personnes" alone may be evacuated, missing or dead.
    if (!c.concept || !story || c.unit || GENERIC_CONCEPTS.has(c.concept.split(':')[0]!)) continue;
    const key = `${story}\u0000${c.concept}`;
    const list = byQuestion.get(key) ?? [];
    list.push(c);
    byQuestion.set(key, list);
  }
  const questions: FigureQuestion[] = [];
  for (const [key, list] of byQuestion) {
    const [story, concept] = key.split('\u0000') as [string, string];
    const groups = new Map<string, Claim[]>();
    for (const c of list) {
      const k = figureKey(c);
      groups.set(k, [...(groups.get(k) ?? []), c]);
    }
    const figures: QuestionFigure[] = [];
    for (const group of groups.values()) {
      const first = group.find((c) => c.qualifier !== 'approx') ?? group[0]!;
      const vague = first.value === null ? (texts.get(first.article)?.slice(first.figureSpan?.start ?? first.start, first.figureSpan?.end ?? first.end) ?? 'vague').replace(/[«»“”"]/g, ' ').replace(/\s+/g, ' ').trim() : '';
      const articleIds = [...new Set(group.map((c) => c.article))];
      const figure: QuestionFigure = {
        value: first.value,
        ...(first.low !== undefined ? { low: first.low } : {}),
        ...(first.high !== undefined ? { high: first.high } : {}),
        qualifier: group.every((c) => c.qualifier === 'approx') ? 'approx' : first.qualifier,
        display: '',
        claimants: [...new Set(group.map((c) => claimantOf(c, names)).filter((n): n is string => !!n))],
        claimantIds: [...new Set(group.flatMap((c) => (c.claimants?.length ? c.claimants : c.claimant ? [c.claimant] : [])))],
        firstSaid: group.map((c) => saidOn(c, published.get(c.article) ?? null)).reduce(minDay, null),
        asOf: group.map((c) => holdsUntil(c, published.get(c.article) ?? null)).reduce(maxDay, null),
        claims: group.map((c) => c.id),
        articles: articleIds,
        independentSources: independentGroups(articleIds, derivations).length,
        evidence: group.map((c) => ({ article: c.article, start: c.start, end: c.end })),
      };
      figure.display = displayFigure(figure, vague);
      figures.push(figure);
    }
    // A question needs a figure with a value; vague quantities come along but do not make one.
    if (!figures.some((f) => rangeOf(f))) continue;
    figures.sort((a, b) => (a.firstSaid ?? '\uffff').localeCompare(b.firstSaid ?? '\uffff') || (rangeOf(a)?.[0] ?? 0) - (rangeOf(b)?.[0] ?? 0));
    const { status, conflicts } = classify(figures);
    const label = mostFrequent(list.map((c) => c.counts).filter(Boolean)) ?? concept;
    questions.push({ id: `q-${story}-${concept}`, story, concept, label, status, figures, conflicts });
  }
  return questions.sort((a, b) => b.figures.reduce((n, f) => n + f.claims.length, 0) - a.figures.reduce((n, f) => n + f.claims.length, 0) || a.id.localeCompare(b.id));
}
