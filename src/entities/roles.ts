import type { EntityLexicon } from '../lang/types.js';
import { fold } from './fold.js';
import type { Gazetteer } from './gazetteer.js';
import type { Token } from './tokens.js';

/** A role or title in the text: "secrétaire américain à la Défense", "NATO secretary general". */
export interface RolePhrase {
  /** Token range [from, to). */
  from: number;
  to: number;
  /** The head noun, folded ("secretaire", "porte parole"). */
  head: string;
  /** Country or body the role belongs to, from a demonym or a name inside it ("country:US", "org:nato"). */
  of?: string;
  /** The country behind `of` (a body's country, or the country itself). */
  country?: string;
}

/** Folded lexicon entries, compiled once per language pack. */
export interface RoleLexicon {
  heads: Set<string>;
  /** Heads of several words by their first word, longest first ("metteuse" of "metteuse en scene"). */
  longHeads: Map<string, string[][]>;
  qualifiers: Set<string>;
  portfolios: Map<string, number>;
  complements: Set<string>;
  links: string[][];
  maxPortfolio: number;
}

const compiled = new WeakMap<EntityLexicon, RoleLexicon>();

export function roleLexicon(lex: EntityLexicon): RoleLexicon {
  let r = compiled.get(lex);
  if (r) return r;
  const portfolios = new Map(lex.portfolios.map((p) => [fold(p), fold(p).split(' ').length]));
  const heads = new Set(lex.roleHeads.map(fold));
  r = {
    heads,
    longHeads: byFirstWord([...heads].map((h) => h.split(' '))),
    qualifiers: new Set(lex.roleQualifiers.map(fold)),
    portfolios,
    complements: new Set(lex.roleComplements.map(fold)),
    links: lex.roleLinks.map((l) => fold(l).replace(/'/g, "' ").trim().split(' ')),
    maxPortfolio: Math.max(1, ...[...portfolios.values()]),
  };
  compiled.set(lex, r);
  return r;
}

/** Phrases of several words by their first word, longest first. */
export function byFirstWord(phrases: readonly (readonly string[])[]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const words of phrases) if (words.length > 1) out.set(words[0]!, [...(out.get(words[0]!) ?? []), [...words]].sort((a, b) => b.length - a.length));
  return out;
}

/** How many tokens a phrase of `byFirst` takes from token `i`, in one sentence, else 0. */
export function phraseAt(tokens: readonly Token[], i: number, byFirst: ReadonlyMap<string, readonly (readonly string[])[]>): number {
  const t = tokens[i];
  if (!t?.word) return 0;
  for (const words of byFirst.get(t.key) ?? []) {
    if (words.every((w, k) => tokens[i + k]?.word && tokens[i + k]!.sentence === t.sentence && tokens[i + k]!.key === w)) return words.length;
  }
  return 0;
}

/** Is the token (or the tokens from i) a role head? Returns how many tokens it takes. */
export function headAt(tokens: readonly Token[], i: number, lex: RoleLexicon): number {
  const t = tokens[i];
  if (!t?.word) return 0;
  const long = phraseAt(tokens, i, lex.longHeads);
  if (long) return long;
  if (lex.heads.has(t.key)) return 1;
  // "vice-ministre", "ex-président": a qualifier joined to a head.
  if (!t.key.includes(' ')) return 0;
  const parts = t.key.split(' ');
  if (parts.length === 2 && lex.qualifiers.has(parts[0]!) && lex.heads.has(parts[1]!)) return 1;
  return 0;
}

interface Piece {
  length: number;
  of?: string;
  country?: string;
}

/** A known name inside a role: what the role belongs to. */
function pieceOf(g: { length: number; ref: string; country?: string }): Piece {
  return { length: g.length, of: g.ref, ...(g.country ? { country: g.country } : {}) };
}

/** A name the gazetteer knows, starting at i. */
export function gazetteerAt(tokens: readonly Token[], i: number, gaz: Gazetteer): { length: number; ref: string; country?: string; type: string; demonym: boolean; capital?: boolean } | undefined {
  const first = tokens[i];
  if (!first?.word || !gaz.mayStart(first.key, first.cap)) return undefined;
  let key = '';
  let best: ReturnType<typeof gazetteerAt>;
  for (let n = 0; n < gaz.maxWords && i + n < tokens.length; n++) {
    const t = tokens[i + n]!;
    if (!t.word || t.sentence !== first.sentence) break;
    key = key ? `${key} ${t.key}` : t.key;
    const e = gaz.lookup(key, first.text);
    if (e) best = { length: n + 1, ref: e.ref, type: e.type, demonym: e.demonym, ...(e.country ? { country: e.country } : {}), ...(e.capital ? { capital: true } : {}) };
    if (!gaz.continues(key)) break;
  }
  return best;
}

function portfolioAt(tokens: readonly Token[], i: number, lex: RoleLexicon): number {
  let key = '';
  let best = 0;
  for (let n = 0; n < lex.maxPortfolio && i + n < tokens.length; n++) {
    const t = tokens[i + n]!;
    if (!t.word) break;
    key = key ? `${key} ${t.key}` : t.key;
    if (lex.portfolios.has(key)) best = n + 1;
  }
  return best;
}

function linkAt(tokens: readonly Token[], i: number, lex: RoleLexicon): number {
  for (const link of lex.links) {
    if (link.every((w, k) => tokens[i + k]?.word && tokens[i + k]!.key === w)) return link.length;
  }
  return 0;
}

/** What may stand next to a head inside a role: a qualifier, a demonym, a known name, a portfolio. */
function modifierAt(tokens: readonly Token[], i: number, lex: RoleLexicon, gaz: Gazetteer): Piece | undefined {
  const t = tokens[i];
  if (!t?.word) return undefined;
  const g = gazetteerAt(tokens, i, gaz);
  if (g && g.type !== 'place') return pieceOf(g);
  const p = portfolioAt(tokens, i, lex);
  if (p) return { length: p };
  if (lex.qualifiers.has(t.key)) return { length: 1 };
  return undefined;
}

/**
 * The role phrase around the head at `h`: modifiers before it (English "US Defense Secretary",
 * French "nouveau patron"), then modifiers, further heads and linked complements after it
 * ("secrétaire général de l'OTAN", "chef de la diplomatie chinoise").
 */
export function rolePhraseAt(tokens: readonly Token[], h: number, headLength: number, lex: RoleLexicon, gaz: Gazetteer): RolePhrase {
  const sentence = tokens[h]!.sentence;
  let from = h;
  let of: string | undefined;
  let country: string | undefined;
  const note = (p: Piece) => {
    if (p.of && !of) of = p.of;
    if (p.country && !country) country = p.country;
  };
  // Leftwards: qualifiers, portfolios and names that end right before (English "South Korean
  // Defense Minister"); French puts only qualifiers there ("nouveau patron").
  for (let i = h - 1; i >= 0 && tokens[i]!.sentence === sentence && tokens[i]!.word; ) {
    let took = 0;
    for (let len = Math.min(3, i + 1); len >= 1 && !took; len--) {
      const g = gazetteerAt(tokens, i - len + 1, gaz);
      if (g && g.length === len && g.type !== 'place') {
        note(pieceOf(g));
        took = len;
      }
    }
    if (!took && (lex.qualifiers.has(tokens[i]!.key) || lex.portfolios.has(tokens[i]!.key) || headAt(tokens, i, lex) === 1)) took = 1;
    // "former Pennsylvania governor", "former New York mayor": names the gazetteer lacks, between a
    // qualifier and the role.
    if (!took) {
      let n = 0;
      while (n < 3 && i - n > 0 && tokens[i - n]!.word && tokens[i - n]!.cap && !tokens[i - n]!.initial && tokens[i - n]!.sentence === sentence) n++;
      if (n > 0 && tokens[i - n]?.word && tokens[i - n]!.sentence === sentence && lex.qualifiers.has(tokens[i - n]!.key)) took = n;
    }
    if (!took) break;
    from = i - took + 1;
    i -= took;
  }
  let to = h + headLength;
  let lowered = false;
  for (;;) {
    const t = tokens[to];
    if (!t?.word || t.sentence !== sentence) break;
    const more = headAt(tokens, to, lex);
    if (more) {
      to += more;
      continue;
    }
    const m = modifierAt(tokens, to, lex, gaz);
    if (m) {
      note(m);
      to += m.length;
      continue;
    }
    const link = linkAt(tokens, to, lex);
    if (link) {
      const after = to + link;
      const target = tokens[after];
      if (!target?.word) break;
      const g = gazetteerAt(tokens, after, gaz);
      if (g) {
        note(pieceOf(g));
        to = after + g.length;
        continue;
      }
      // (In lower case too: « l'adjointe à la culture », « le ministre de la santé »; a name linked
      // after that is someone else: « nommé ministre du travail de Kamal Abu-Eita ».)
      const p = portfolioAt(tokens, after, lex);
      if (p) {
        to = after + p;
        lowered ||= !target.cap;
        continue;
      }
      if (lex.complements.has(target.key) && !target.cap) {
        to = after + 1;
        continue;
      }
      // An unknown name after the link ("préfet de la Haute-Sarne", "directrice de Sarélec") when it ends
      // where a name beside the role could not follow it (a comma, a lower-case word, the sentence end).
      if (target.cap && !lowered) {
        let end = after + 1;
        while (tokens[end]?.cap && tokens[end]!.sentence === sentence && end - after < 4) end++;
        const next = tokens[end];
        if (!next || next.sentence !== sentence || next.text === ',' || (next.word && !next.cap)) {
          to = end;
          continue;
        }
      }
    }
    break;
  }
  return { from, to, head: tokens[h]!.key, ...(of ? { of } : {}), ...(country ? { country } : {}) };
}
