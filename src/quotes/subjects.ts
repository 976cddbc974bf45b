import type { MentionAnnotation } from '../model/layers.js';
import type { Token } from '../entities/tokens.js';
import { countAtMost } from '../text/search.js';
import { anyAuxiliaryAt, type Draft } from './draft.js';
import { possessiveAt, roleWord, type SpeakerContext } from './speakers.js';

/** Two to four capitalised words, particles of three letters at most in lower case between them: a name's shape. */
export const NAME_SHAPE = /^\p{Lu}\S*(?:\s+(?:\p{Ll}{1,3}\s+)?\p{Lu}\S*){1,3}$/u;
/** The most tokens past a name's comma to the comma that closes its parenthesis. */
const PARENTHESIS = 16;

/** Where a pronoun stands: before this offset, after the last person who spoke, in this paragraph (or these two). */
export interface SubjectQuery {
  before: number;
  after: number;
  paragraph: { start: number; end: number };
  /** Does the mention's gender agree with the pronoun's? */
  agrees: (m: MentionAnnotation) => boolean;
}

/**
 * The sentence subjects a pronoun may stand for ("Down by the river, baker Paul Roy was watching
 * the water. “We will rebuild,” he said"): for a query, the latest person mention after the last
 * speaker, in an earlier sentence of the pronoun's paragraph, outside quotation marks and reported
 * words (`drafts`: "Dr. Anne Berg, he said, inspected it" is the reporter's), not a possessor
 * ("Dr. Paul Roy's house was flooded") nor one of `refusers` (who declined to speak), that opens
 * its sentence's subject: its first words, or the first after the comma of an opening phrase that
 * names no other person, past a determiner, a capitalised title or a role word (« Au centre
 * hospitalier, le Dr Sophie Garnier … »; in "Roy met Dr. Anne Berg", "met" is none of them).
 * A name the recogniser left a candidate counts when it has two capitalised words or more and a
 * verb follows it (past adverbs, a verb of narration by its ending too: "Germaine Tissot still
 * drives"), right after it or past a parenthesis between commas ("Singer Mae Calloway
 * cancelled her concert. She said …", « Jean-Luc Mélenchon a pris la parole. « … », a-t-il
 * déclaré »), or a role precedes it, right before it or heading the phrase with no verb that opens
 * the sentence before its comma (« Le directeur du musée, Paolo Ricci, souriait … »). The latest
 * person or candidate after a role wins (« Le pêcheur Yann Le Bihan a sauvé l'équipage. Le chef
 * des secours, Marc Olivier, l'a salué. « … », a-t-il déclaré » is Marc Olivier's); a candidate
 * before a verb counts only when no such subject stands since the last speaker.
 */
export function subjectFinder(ctx: SpeakerContext, mentions: readonly MentionAnnotation[], drafts: readonly Draft[], refusers: ReadonlySet<number>): (q: SubjectQuery) => MentionAnnotation | undefined {
  const { tokens, lex } = ctx;
  const starts = mentions.map((m) => m.start);
  // Reported words by start, with the furthest end so far: is a mention inside one of them?
  const byStart = [...drafts].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const d of byStart) reach.push(Math.max(reach.at(-1) ?? -1, d.end));
  const reported = (m: MentionAnnotation) => {
    const n = countAtMost(byStart, m.start, (d) => d.start);
    return n > 0 && reach[n - 1]! >= m.end;
  };
  const plain = (t: Token) => t.word && ![lex.verbs, lex.auxiliaries, lex.boundaries, lex.complementizers, lex.relatives].some((set) => set.has(t.key)) && !lex.isPronoun(t.key);
  const article = (t: Token) => lex.determiners.has(t.key) || ctx.articles.has(t.key);
  // A word a subject's name may have before it: a determiner, a capitalised word of no other name,
  // or a lower-case word right after a determiner, a comma, the sentence's start or such a
  // capitalised word ("Rescue worker Selin Aydin").
  const leads = (at: number, sentence: number) => {
    const t = tokens[at]!;
    if (article(t)) return true;
    if (!plain(t) || ctx.mentionEnding.has(at)) return false;
    if (t.cap) return true;
    const p = tokens[at - 1];
    return !p || p.sentence !== sentence || p.text === ',' || article(p) || (p.cap && plain(p) && !ctx.mentionEnding.has(at - 1));
  };
  // A verb's word: an auxiliary as written, a past form in lower case, or a reporting verb.
  const verbAt = (i: number) => {
    const t = tokens[i];
    return !!t?.word && !t.cap && (anyAuxiliaryAt(ctx, i) || (!lex.participlesApart && lex.isPastForm(t.key)) || lex.verbs.has(t.key));
  };
  // A verb of narration by its ending, past adverbs in lower case ("Germaine Tissot still drives
  // to the market", « Henri Castagnet façonne encore … »), no link, article or role word.
  const narrationAfter = (i: number) => {
    let k = i;
    while (k < i + 2 && tokens[k]?.word && !tokens[k]!.cap && lex.isAdverb(tokens[k]!.key)) k++;
    const t = tokens[k];
    if (k > i && verbAt(k)) return true;
    // (Not a plural noun before its own verb: "Other Republican leaders said".)
    return !!t?.word && !t.cap && t.sentence === tokens[i - 1]!.sentence && t.key.length > 2 && lex.narrationEnding(t.key) && !lex.pluralNouns.has(t.key) && plain(t) && !article(t) && !ctx.links.has(t.key) && !ctx.roleHeads.has(t.key) && !verbAt(k + 1);
  };
  // A role in lower case right before the name, or heading the phrase with no verb that opens the
  // sentence before the name's comma, the name set between commas (« Le directeur du musée, Paolo
  // Ricci, souriait »; not "The chairman sold its best player to a rival, Sporting Vell, last week").
  const roleBefore = (at: number, last: number) => {
    const p = tokens[at - 1];
    if (!p || p.sentence !== tokens[at]!.sentence) return false;
    if (p.word) return !p.cap && roleWord(ctx, p.key);
    if (p.text !== ',' || tokens[last + 1]?.text !== ',') return false;
    let role = false;
    let j = at - 2;
    for (; j >= at - 1 - PARENTHESIS && tokens[j]?.sentence === p.sentence; j--) {
      const w = tokens[j]!;
      if (!w.word || verbAt(j) || lex.isPastForm(w.key)) return false;
      role ||= !w.cap && roleWord(ctx, w.key);
    }
    return role && tokens[j]?.sentence !== p.sentence;
  };
  // How a name may be a sentence's subject: 3 a person's or a candidate's after a role, 1 a
  // candidate's before a verb (right after it or past a parenthesis between commas), 0 none.
  const rank = (m: MentionAnnotation) => {
    if (m.type === 'person') return 3;
    if (m.form !== 'candidate') return 0;
    // (A first name alone after a determiner and a person's noun: "His daughter Mia now runs the
    // cafe", « Sa fille Mia tient le café ».)
    const at = ctx.tokenAt(m.start);
    const noun = tokens[at - 1];
    const det = tokens[at - 2];
    if (!!noun?.word && !noun.cap && lex.personNouns.has(noun.key) && !!det?.word && det.sentence === noun.sentence && article(det)) return 3;
    if (!NAME_SHAPE.test(m.name)) return 0;
    const last = ctx.tokenAt(m.end - 1);
    if (roleBefore(at, last)) return 3;
    if (verbAt(last + 1) || narrationAfter(last + 1)) return 1;
    if (tokens[last + 1]?.text !== ',') return 0;
    const sentence = tokens[last]!.sentence;
    for (let j = last + 2; j <= last + PARENTHESIS && tokens[j]?.sentence === sentence && !ctx.quoted[j]; j++) if (tokens[j]!.text === ',') return verbAt(j + 1) ? 1 : 0;
    return 0;
  };
  // Does the mention at index `i` open its sentence's subject?
  const opensSubject = (i: number) => {
    const m = mentions[i]!;
    let k = ctx.tokenAt(m.start);
    const sentence = tokens[k]!.sentence;
    for (let n = 0; n < 3 && k > 0 && tokens[k - 1]!.sentence === sentence && leads(k - 1, sentence); n++) k--;
    if (k === 0 || tokens[k - 1]!.sentence !== sentence) return true;
    if (tokens[k - 1]!.text !== ',') return false;
    // The opening phrase holds no other comma and no other person.
    let j = k - 2;
    while (j >= 0 && tokens[j]!.sentence === sentence && tokens[j]!.text !== ',') j--;
    if (j >= 0 && tokens[j]!.sentence === sentence) return false;
    // (A possessor may: "Lind's coach, Tom Reyes, was delighted".)
    for (let o = i - 1; o >= 0 && mentions[o]!.start >= tokens[j + 1]!.start; o--) if (mentions[o]!.type === 'person' && !possessiveAt(ctx, ctx.tokenAt(mentions[o]!.end - 1) + 1)) return false;
    return true;
  };
  // The latest subject of the best rank: a person's over a later candidate's ("Captain Jon Vik has
  // sailed … Northern Light sank … he said" is Vik's).
  return ({ before, after, paragraph, agrees }) => {
    const beforeSentence = tokens[ctx.tokenAt(before)]!.sentence;
    let best: MentionAnnotation | undefined;
    let bestRank = 0;
    for (let i = countAtMost(starts, before - 1, (x) => x) - 1; i >= 0; i--) {
      const m = mentions[i]!;
      if (m.start <= after || m.start < paragraph.start) break;
      const k = ctx.tokenAt(m.start);
      if (m.end > before || tokens[k]!.sentence >= beforeSentence || !agrees(m) || refusers.has(m.start) || ctx.quoted[k] || possessiveAt(ctx, ctx.tokenAt(m.end - 1) + 1) || reported(m)) continue;
      const r = rank(m);
      if (r <= bestRank || !opensSubject(i)) continue;
      best = m;
      bestRank = r;
      if (r === 3) break;
    }
    return best;
  };
}
