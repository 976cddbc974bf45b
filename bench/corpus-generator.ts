import type { RawInput } from '../src/ingest/types.js';
import type { Lang } from './corpus/format.js';
import { outlets as makeOutlets } from './corpus/names.js';
import { Rng, mixSeed } from './corpus/prng.js';
import { renderSentence } from './corpus/render.js';
import { makeStory, type ReportFacts, type StoryFacts } from './corpus/story.js';
import { BODY, HEADINGS, LEADS, TITLES, type Template } from './corpus/templates.js';

/**
 * A seeded generator of synthetic news: fictional events (floods, fires, explosions...) in
 * invented places, reported by invented outlets in French and English. Stories group articles
 * about the same event; about a fifth of the articles are derived from another one of their
 * story (exact and near duplicates, rewrites, translations), and `story`, `derivedFrom` and `kind`
 * say which, so that later stages can be scored against the truth.
 */

export interface SyntheticArticle {
  id: string;
  language: 'fr' | 'en';
  title: string;
  outlet: string;
  publishedAt: string;
  text: string;
  story: number;
  derivedFrom?: string;
  kind?: 'original' | 'duplicate' | 'near-duplicate' | 'rewrite' | 'translation';
}

export interface CorpusOptions {
  /** How many articles. */
  n: number;
  seed?: number;
  /** The range of an original article's length in words (default [300, 1200]). */
  wordsPerArticle?: [number, number];
  /** The mean number of articles per story (default 8). */
  storySize?: number;
}

type DerivedKind = 'duplicate' | 'near-duplicate' | 'rewrite' | 'translation';

/** The share of derived articles in the corpus. */
const DERIVED_SHARE = 0.2;
const DERIVED_KINDS: readonly (readonly [DerivedKind, number])[] = [
  ['duplicate', 0.25],
  ['near-duplicate', 0.25],
  ['rewrite', 0.3],
  ['translation', 0.2],
];
const OUTLETS_PER_LANGUAGE = 20;
const HEADING_CHANCE = 0.1;
const CODES = ['fr', 'en'] as const;

/** One sentence slot: a template (LEADS then BODY, numbered together) and its own seed. */
interface Spec {
  readonly t: number;
  readonly seed: number;
}

/** A paragraph: sentence slots, or a subheading (`heading` indexes HEADINGS). */
type Block = { readonly heading: number } | { readonly specs: readonly Spec[] };

/** What an original article is made of, so that it can be rendered again differently. */
interface Draft {
  readonly L: Lang;
  readonly report: ReportFacts;
  readonly blocks: readonly Block[];
  readonly title: number;
}

interface Original {
  readonly article: SyntheticArticle;
  readonly draft: Draft;
}

const TEMPLATES: readonly Template[] = [...LEADS, ...BODY];

function weighted(templates: readonly Template[], offset: number): number[] {
  const out: number[] = [];
  templates.forEach((t, i) => {
    for (let w = 0; w < t.weight; w++) out.push(offset + i);
  });
  return out;
}

const LEAD_SLOTS = weighted(LEADS, 0);
const BODY_SLOTS = weighted(BODY, LEADS.length);
/** Templates whose every use reads differently (a new witness each time): never held back. */
const VARIED = new Set(['witness'].map((id) => TEMPLATES.findIndex((t) => t.id === id)));

/** Words in rendered text: runs between single spaces (figures keep their no-break spaces). */
function countWords(s: string): number {
  let n = 1;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 32) n++;
  return n;
}

/** How a draft is rendered: as written, rewritten, or with another word order (`variant` > 0). */
interface Style {
  readonly rewrite: boolean;
  readonly variant: number;
}

const AS_WRITTEN: Style = { rewrite: false, variant: 0 };

/** Renders drafts of one story. */
class StoryWriter {
  constructor(
    readonly facts: StoryFacts,
    private readonly seed: number,
  ) {}

  /** A new sentence slot; a template already in `used` is drawn again, a few times at most. */
  spec(r: Rng, slots: readonly number[], used?: Set<number>): Spec {
    let t = r.pick(slots);
    if (used) {
      for (let tries = 0; tries < 4 && used.has(t); tries++) t = r.pick(slots);
      if (used.size >= BODY.length - 2) used.clear();
      if (!VARIED.has(t)) used.add(t);
    }
    return { t, seed: r.nextUint32() };
  }

  /**
   * Render a slot's sentences onto `out`, and return how many words they hold. The template's
   * choices (figures, hedges, speakers) depend on the slot's seed only; a style's variant changes
   * the word order of a translation and the synonyms of a rewrite, so that two of them differ.
   */
  renderSpec(spec: Spec, L: Lang, report: ReportFacts, style: Style, out: string[]): number {
    const base = mixSeed(this.seed, spec.seed);
    const r = new Rng(base);
    const sentences = TEMPLATES[spec.t]!.make({ L, f: this.facts, a: report, r });
    const own = r.nextUint32();
    const v = style.variant ? new Rng(mixSeed(base, style.variant)) : r;
    const orders = style.variant && !style.rewrite ? v.nextUint32() : own;
    let words = 0;
    for (let i = 0; i < sentences.length; i++) {
      // One sentence in four takes the other word order; a rewrite takes the other one of each.
      const reorder = ((orders >>> (2 * i)) & 3) === 0;
      const text = renderSentence(sentences[i]!, L, reorder !== style.rewrite, style.rewrite ? v : null);
      words += countWords(text);
      out.push(text);
    }
    return words;
  }

  renderBlock(block: Block, L: Lang, report: ReportFacts, style: Style): string {
    if ('heading' in block) return HEADINGS[(block.heading + (style.rewrite ? 1 : 0)) % HEADINGS.length]![L];
    const sentences: string[] = [];
    for (const spec of block.specs) this.renderSpec(spec, L, report, style, sentences);
    return sentences.join(' ');
  }

  render(draft: Draft, L: Lang, style: Style): string {
    return draft.blocks.map((b) => this.renderBlock(b, L, draft.report, style)).join('\n\n');
  }

  title(draft: Draft, L: Lang, variant = draft.title): string {
    return TITLES[variant % TITLES.length]!(L, this.facts, draft.report);
  }

  /** Write an original article of about `target` words, keeping its draft. */
  original(r: Rng, L: Lang, report: ReportFacts, target: number): { draft: Draft; text: string } {
    const lead: Block = { specs: [this.spec(r, LEAD_SLOTS)] };
    const blocks: Block[] = [lead];
    const sentences: string[] = [];
    let words = this.renderSpec(lead.specs[0]!, L, report, AS_WRITTEN, sentences);
    const paragraphs: string[] = [sentences.join(' ')];
    const used = new Set<number>();
    while (words < target) {
      if (blocks.length >= 3 && !('heading' in blocks[blocks.length - 1]!) && r.chance(HEADING_CHANCE)) {
        const heading = r.index(HEADINGS.length);
        blocks.push({ heading });
        paragraphs.push(HEADINGS[heading]![L]);
        words += countWords(HEADINGS[heading]![L]);
      }
      const specs: Spec[] = [];
      sentences.length = 0;
      // A paragraph has at least one slot, so that a subheading is never last.
      for (let k = r.int(1, 4); k > 0 && (specs.length === 0 || words < target); k--) {
        const spec = this.spec(r, BODY_SLOTS, used);
        specs.push(spec);
        words += this.renderSpec(spec, L, report, AS_WRITTEN, sentences);
      }
      blocks.push({ specs });
      paragraphs.push(sentences.join(' '));
    }
    return { draft: { L, report, blocks, title: r.index(TITLES.length) }, text: paragraphs.join('\n\n') };
  }

  /** The draft with one sentence slot replaced and one paragraph added. */
  nearDuplicate(r: Rng, draft: Draft): Draft {
    const blocks = [...draft.blocks];
    const candidates = blocks.flatMap((b, i) => ('specs' in b && b.specs.length > 0 ? [i] : []));
    // The lead stays, unless it is all there is.
    const bi = r.pick(candidates.length > 1 ? candidates.slice(1) : candidates);
    const block = blocks[bi] as { specs: readonly Spec[] };
    const specs = [...block.specs];
    const si = r.index(specs.length);
    specs[si] = this.spec(r, BODY_SLOTS, new Set([specs[si]!.t]));
    blocks[bi] = { specs };
    const added: Spec[] = [];
    for (let k = r.int(1, 3); k > 0; k--) added.push(this.spec(r, BODY_SLOTS));
    blocks.splice(r.int(1, blocks.length), 0, { specs: added });
    return { ...draft, blocks };
  }
}

function isoTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19) + 'Z';
}

function pickKind(r: Rng): DerivedKind {
  let x = r.next();
  for (const [kind, p] of DERIVED_KINDS) {
    if (x < p) return kind;
    x -= p;
  }
  return 'rewrite';
}

/** An article derived from an original of its story; `variant` makes it differ from its siblings. */
function derive(writer: StoryWriter, r: Rng, source: Original, id: string, kind: DerivedKind, outlets: readonly [string[], string[]], variant: number): SyntheticArticle {
  const { article: from, draft } = source;
  const later = Date.parse(from.publishedAt) + r.int(1, 30) * 3_600_000 + r.int(0, 59) * 60_000;
  const base = { id, story: from.story, derivedFrom: from.id, kind, publishedAt: isoTime(later) };
  const sameLanguage = () => {
    const outlet = r.pick(outlets[draft.L]);
    return { ...base, language: from.language, outlet: outlet === from.outlet ? r.pick(outlets[draft.L]) : outlet };
  };
  switch (kind) {
    case 'duplicate':
      return { ...sameLanguage(), title: from.title, text: from.text };
    case 'near-duplicate':
      return { ...sameLanguage(), title: from.title, text: writer.render(writer.nearDuplicate(r, draft), draft.L, AS_WRITTEN) };
    case 'rewrite':
      return { ...sameLanguage(), title: writer.title(draft, draft.L, draft.title + 1), text: writer.render(draft, draft.L, { rewrite: true, variant }) };
    case 'translation': {
      const L: Lang = draft.L === 0 ? 1 : 0;
      return { ...base, language: CODES[L], outlet: r.pick(outlets[L]), title: writer.title(draft, L), text: writer.render(draft, L, { rewrite: false, variant }) };
    }
  }
}

/**
 * Generate `n` synthetic articles, story by story. The same options give the same corpus; the
 * generator holds only the current story in memory.
 */
export function* generateCorpus(options: CorpusOptions): Generator<SyntheticArticle> {
  const seed = (options.seed ?? 1) >>> 0;
  const [minWords, maxWords] = options.wordsPerArticle ?? [300, 1200];
  if (!(minWords > 0 && maxWords >= minWords)) throw new RangeError(`wordsPerArticle must be a range of positive numbers, not [${minWords}, ${maxWords}]`);
  const storySize = Math.max(1, options.storySize ?? 8);
  // The first article of a story is always an original, so the others are derived more often.
  const derivedChance = storySize > 1 ? Math.min(0.9, (DERIVED_SHARE * storySize) / (storySize - 1)) : 0;
  const outlets = makeOutlets(new Rng(mixSeed(seed, 0x071e7)), OUTLETS_PER_LANGUAGE);
  const byLang: readonly [string[], string[]] = [outlets.fr, outlets.en];

  let produced = 0;
  for (let story = 0; produced < options.n; story++) {
    const storySeed = mixSeed(seed, story + 1);
    const facts = makeStory(story, storySeed);
    const writer = new StoryWriter(facts, storySeed);
    const r = new Rng(mixSeed(storySeed, 0x5ec0));
    const size = r.int(Math.ceil(storySize / 2), Math.max(1, Math.floor((storySize * 3) / 2)));
    const home: Lang = r.chance(0.6) ? 0 : 1;
    const originals: Original[] = [];

    for (let k = 0; k < size && produced < options.n; k++) {
      const id = `syn-${String(produced + 1).padStart(6, '0')}`;
      let article: SyntheticArticle;
      if (originals.length > 0 && r.chance(derivedChance)) {
        article = derive(writer, r, r.pick(originals), id, pickKind(r), byLang, produced + 1);
      } else {
        const L: Lang = r.chance(0.8) ? home : home === 0 ? 1 : 0;
        const day = r.int(0, 2);
        const early = (2 - day) / 2;
        const report: ReportFacts = {
          day,
          dead: Math.max(3, facts.dead - Math.floor(facts.dead * 0.3 * early * r.next())),
          injured: Math.max(5, facts.injured - Math.floor(facts.injured * 0.3 * early * r.next())),
        };
        const { draft, text } = writer.original(r, L, report, r.int(minWords, maxWords));
        const publishedAt = isoTime(facts.date.getTime() + day * 86_400_000 + r.int(6, 22) * 3_600_000 + r.int(0, 59) * 60_000);
        article = { id, language: CODES[L], title: writer.title(draft, L), outlet: r.pick(byLang[L]), publishedAt, text, story, kind: 'original' };
        originals.push({ article, draft });
      }
      produced++;
      yield article;
    }
  }
}

/** An article as ingestion sees it, read from nowhere: plain text with its record's metadata. */
export function toRawInput(a: SyntheticArticle): RawInput {
  return {
    source: `synthetic:${a.id}`,
    format: 'text',
    content: a.text,
    meta: { title: a.title, outlet: a.outlet, publishedAt: a.publishedAt, language: a.language },
  };
}
