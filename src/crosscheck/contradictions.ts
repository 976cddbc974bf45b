import type { Claim, Contradiction, ContradictionItem, DossierArticle, FigureQuestion, Stance, Story } from '../contract/dossier.js';
import { languagePack } from '../lang/registry.js';
import { words } from '../text/words.js';

/**
 * Where sources disagree. Figures: two values for one question that cannot both hold, reported
 * at the same time by different claimants. Assertion and denial: someone denies or disputes what
 * others assert in the same story: the figures they give (a question the denial is about) and
 * what they confirm.
 */

const AGAINST = new Set<Stance['kind']>(['deny', 'dispute']);

function figureText(f: FigureQuestion['figures'][number]): string {
  const who = f.claimants.length ? f.claimants.join(', ') : 'unattributed';
  return `${f.display} (${who}${f.firstSaid ? `, ${f.firstSaid}` : ''})`;
}

function claimItems(ids: readonly string[], claims: ReadonlyMap<string, Claim>): ContradictionItem[] {
  return ids.map((id) => claims.get(id)!).map((c) => ({ article: c.article, start: c.start, end: c.end, type: 'claim', ref: c.id }));
}

/** Figures that clash at one time, one contradiction per question. */
function figureContradictions(questions: readonly FigureQuestion[], claims: ReadonlyMap<string, Claim>): Contradiction[] {
  const out: Contradiction[] = [];
  for (const q of questions) {
    if (!q.conflicts.length) continue;
    const involved = [...new Set(q.conflicts.flat())].sort((a, b) => a - b);
    const pairs = q.conflicts.map(([a, b]) => `${figureText(q.figures[a]!)} against ${figureText(q.figures[b]!)}`);
    out.push({
      kind: 'figures',
      story: q.story,
      question: q.id,
      summary: `${q.label}: ${pairs.join('; ')}`,
      items: involved.flatMap((i) => claimItems(q.figures[i]!.claims, claims)),
    });
  }
  return out;
}

/** The words of a concept's nouns in a language ("troops" → soldats, troupes, forces…), folded. */
function conceptWords(language: string, concept: string): Set<string> {
  const base = concept.split(':')[0]!;
  const nouns = languagePack(language).numbers.concepts[base] ?? [];
  return new Set(nouns.filter((n) => !n.includes(' ')));
}

/** The sentence (or the line) around a span. */
function around(text: string, start: number, end: number): [number, number] {
  const from = Math.max(text.lastIndexOf('.', start - 1), text.lastIndexOf('\n', start - 1)) + 1;
  const stops = [text.indexOf('.', end), text.indexOf('\n', end)].filter((i) => i >= 0);
  return [from, stops.length ? Math.min(...stops) : text.length];
}

/**
 * Whether a stance is about a question: its sentence names what the question counts, or, for a
 * bare denial or one aimed at reports ("Moscou dément", "a qualifié les informations de…"), the
 * sentence before it does.
 */
function isAbout(stance: Stance, article: DossierArticle, question: FigureQuestion): boolean {
  const [own, to] = around(article.text, stance.start, stance.object?.end ?? stance.end);
  const from = aimsAtReports(stance, article) ? around(article.text, Math.max(0, own - 2), own)[0] : own;
  const nouns = conceptWords(article.language, question.concept);
  return words(article.text, from, to).some((w) => nouns.has(w.key));
}

/** Whether a stance has no object, or an object that is a report ("les informations", "the claims"). */
function aimsAtReports(stance: Stance, article: DossierArticle): boolean {
  if (!stance.object) return true;
  const nouns = new Set(languagePack(article.language).stances.reportNouns.map((n) => words(n)[0]?.key));
  return words(article.text, stance.object.start, stance.object.end)
    .slice(0, 4)
    .some((w) => nouns.has(w.key));
}

function stanceItem(s: Stance): ContradictionItem {
  return { article: s.article, start: s.start, end: s.object?.end ?? s.end, type: 'statement', ref: s.id };
}

function actorsOf(s: Stance): string[] {
  return s.actors?.length ? s.actors : s.actor ? [s.actor] : [];
}

/** Denials and disputes set against the figures and confirmations of others in the same story. */
function denialContradictions(stories: readonly Story[], articles: ReadonlyMap<string, DossierArticle>, questions: readonly FigureQuestion[], stances: readonly Stance[], claims: ReadonlyMap<string, Claim>): Contradiction[] {
  const out: Contradiction[] = [];
  for (const story of stories) {
    const members = new Set(story.articles);
    const own = stances.filter((s) => members.has(s.article));
    const against = own.filter((s) => AGAINST.has(s.kind) && (s.actor || s.actorName));
    if (!against.length) continue;
    const deniers = new Set(against.flatMap(actorsOf));
    const denierNames = [...new Set(against.map((s) => s.actorName).filter((n): n is string => !!n))];
    const storyQuestions = questions.filter((q) => q.story === story.id);
    const aboutQuestion = (s: Stance, q: FigureQuestion) => isAbout(s, articles.get(s.article)!, q);
    for (const q of storyQuestions) {
      const denials = against.filter((s) => aboutQuestion(s, q));
      if (!denials.length) continue;
      // What others assert: each figure's claims by someone who is not among the deniers.
      const asserted = q.figures.filter((f) => f.value !== null && !f.claimantIds.some((id) => deniers.has(id)) && f.claimants.length);
      const confirms = own.filter((s) => s.kind === 'confirm' && !actorsOf(s).some((id) => deniers.has(id)) && aboutQuestion(s, q));
      if (!asserted.length && !confirms.length) continue;
      const asserters = [...new Set([...asserted.flatMap((f) => f.claimants), ...confirms.map((s) => s.actorName).filter((n): n is string => !!n)])];
      const names = [...new Set(denials.map((s) => s.actorName).filter((n): n is string => !!n))];
      out.push({
        kind: 'assertion-denial',
        story: story.id,
        question: q.id,
        summary: `${q.label}: ${(names.length ? names : denierNames).join(', ')} deny or dispute what ${asserters.join(', ')} assert (${asserted.map((f) => f.display).join(', ')})`,
        items: [...denials.map(stanceItem), ...confirms.map(stanceItem), ...asserted.flatMap((f) => claimItems(f.claims.slice(0, 1), claims))],
      });
    }
  }
  return out;
}

export interface ContradictionInput {
  stories: readonly Story[];
  articles: readonly DossierArticle[];
  questions: readonly FigureQuestion[];
  claims: readonly Claim[];
  stances: readonly Stance[];
}

export function findContradictions({ stories, articles, questions, claims, stances }: ContradictionInput): Contradiction[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  return [...figureContradictions(questions, byId), ...denialContradictions(stories, new Map(articles.map((a) => [a.id, a])), questions, stances, byId)];
}
