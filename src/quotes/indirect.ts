import type { Token } from '../entities/tokens.js';
import { keyReader, nounBeforeAuxiliary, pluralForm } from './cues.js';
import { writtenForm } from './lexicon.js';
import { countAtMost } from '../text/search.js';
import type { QuotedSpan } from './marks.js';
import { articleToken, possessiveAt, roleDescription, roleHeaded, speakerStartingAt, speakerWord, type SpeakerContext } from './speakers.js';
import { gerundOpening } from './cue-speakers.js';
import { type SpokenCue, type Draft, DASH, YEAR, accordBefore, auxiliaryAt, anyAuxiliaryAt, passiveCue, prepositionAt, hasClauseWord, inVerbCue, reducedClauseAfter, wordsBetween, mostlyQuoted, writtenAuxiliaryAt, clauseSubjectAt } from './draft.js';

/**
 * Indirect speech: the content after a verb and "que"/"that" (or straight after a verb that
 * takes a bare clause, "he said he would"), the content before a final incise ("…, sources
 * said."), and the content around a source preposition ("selon X, …", "…, according to X.").
 */
export function indirectSpeech(ctx: SpeakerContext, cues: readonly SpokenCue[], spans: readonly QuotedSpan[]): Draft[] {
  const { tokens, lex } = ctx;
  const out: Draft[] = [];
  // Where each sentence starts and ends (token indexes), and the cues of each sentence in their
  // order: worked out once, so that a very long sentence is not walked again for every cue.
  const firstOf = new Map<number, number>();
  const lastOf = new Map<number, number>();
  tokens.forEach((t, i) => {
    if (!firstOf.has(t.sentence)) firstOf.set(t.sentence, i);
    lastOf.set(t.sentence, i);
  });
  const sentenceEnd = (i: number) => lastOf.get(tokens[i]!.sentence)!;
  const sentenceStart = (i: number) => firstOf.get(tokens[i]!.sentence)!;
  const cuesOf = new Map<number, SpokenCue[]>();
  for (const c of cues) {
    const s = tokens[c.from]!.sentence;
    const list = cuesOf.get(s);
    if (list) list.push(c);
    else cuesOf.set(s, [c]);
  }
  /** Does a dash, then a conjunction, follow the cue and its speaker (past adverbs): '- "…," she said - and charged'? */
  const dashedConjunctionAfter = (c: SpokenCue, sentence: number): boolean => {
    let z = c.after && c.speaker ? ctx.tokenAt(c.speaker.end - 1) + 1 : c.to;
    while (tokens[z]?.word && tokens[z]!.sentence === sentence && lex.isAdverb(tokens[z]!.key)) z++;
    return DASH.test(tokens[z]?.text ?? '') && (lex.coordinators.has(tokens[z + 1]?.key ?? '') || lex.verbConjunctions.has(tokens[z + 1]?.key ?? ''));
  };
  /**
   * "…, and more than 4 in 10 said …", "…; 26 percent of Democrats say …": a subject the speaker
   * finder names only in part (a share, a count) between a comma and a coordinator, or a semicolon,
   * and the token `lead` (the verb, or the part of its subject that was found). Only plain words between: no verb, auxiliary, relative or complementizer, which would
   * make the verb part of the content ("…, and the plan that officials say …").
   */
  const unnamedSubjectBreak = (lead: number, sentence: number): number => {
    // Adverbs alone are no subject: "…, and then would warn that" goes on with the content's.
    const keys = keyReader(tokens, sentence);
    let noun = false;
    for (let k = lead - 1; k >= lead - 7 && k > 0; k--) {
      const t = tokens[k]!;
      if (t.sentence !== sentence || ctx.quoted[k]) return -1;
      if (noun && t.text === ';') return k;
      if (noun && lex.coordinators.has(t.key) && tokens[k - 1]!.text === ',') return k - 1;
      // A number and its sign are words here ("26 %", "4 in 10").
      if (!t.word && !/^[\p{N}%‰]/u.test(t.text)) return -1;
      noun ||= !lex.isAdverb(t.key);
      if (auxiliaryAt(ctx, k) || [lex.verbs, lex.complementizers, lex.relatives, lex.coordinators].some((set) => set.has(t.key)) || lex.subordinators.match(keys, k)) return -1;
    }
    return -1;
  };
  /**
   * "said that during the meeting, she would raise the issue", « a précisé qu'au cours de son
   * entretien, elle évoquerait … »: is the comma at `comma` the end of a phrase that an adjunct's
   * preposition opens right after a cue's complementizer? The clause after it is then the
   * complementizer's, and a report in it is nested in the content, which goes on.
   */
  const frontedInContent = (comma: number, sentence: number): boolean => {
    for (let k = comma - 1; k >= comma - 12 && k > 0; k--) {
      const t = tokens[k]!;
      if (t.sentence !== sentence || ctx.quoted[k] || t.text === ',') return false;
      if (!lex.complementizers.has(t.key)) continue;
      return k + 1 < comma - 1 && opensAdjunct(ctx, keyReader(tokens, sentence), k + 1) && !lex.isAdverb(tokens[k + 1]!.key) && (cuesOf.get(sentence) ?? []).some((c) => c.kind === 'verb' && c.to === k);
    }
    return false;
  };
  /** Is cue `c`, right after a conjunction, a past participle that shares the passive auxiliary of the participle before that conjunction? */
  const sharedPassive = (c: SpokenCue, sentence: number) => {
    const v = tokens[c.from]!;
    const before = tokens[c.from - 2];
    if (!v.word || v.cap || !lex.isPastParticiple(v.text.toLowerCase()) || !before?.word || before.cap || before.sentence !== sentence || !lex.isPastParticiple(before.text.toLowerCase())) return false;
    let a = c.from - 3;
    while (a > 0 && tokens[a]!.word && lex.isAdverb(tokens[a]!.key)) a--;
    if (!anyAuxiliaryAt(ctx, a)) return false;
    // (A preposition or a link: "by", "with", "of", « d' ».)
    const linking = (k: number) => !!tokens[k]?.word && (lex.boundaries.has(tokens[k].key) || ctx.links.has(tokens[k].key)) && ![lex.complementizers, lex.coordinators, lex.verbConjunctions, lex.relatives].some((set) => set.has(tokens[k]!.key));
    const next = tokens[c.to];
    return (c.to - c.from > 1 && linking(c.to - 1)) || !next || next.sentence !== sentence || !next.word || linking(c.to);
  };
  const reportsOf = new Map<number, Break[]>();
  /**
   * "Barkley, who said he votes Democratic, said …", "He said X and said that Y", "…, and he,
   * once again, pledged": where another report of the sentence begins, as the comma or "and"
   * before its subject (or before its verb).
   */
  const reportBreaks = (sentence: number): Break[] => {
    let list = reportsOf.get(sentence);
    if (list) return list;
    list = [];
    for (const c of cuesOf.get(sentence) ?? []) {
      if (c.kind !== 'verb' || c.verb?.participle) continue;
      // "…, l'armée syrienne a lancé des missiles": after a comma, a verb that takes neither a bare
      // clause nor an object as its report, with an object and no colon, quotation or complementizer
      // after it in its clause, reports nothing: a clause of the content like any other (not a
      // warning: « …, le préfet a prévenu les habitants »; a coordinator before the subject or a
      // relative subject still ends the content: « …, et le préfet a lancé un appel au calme »,
      // « …, qui prévoit une action commune »).
      if (!c.after && c.verb && !c.verb.bare && !c.verb.object && c.class !== 'warn' && c.speaker && c.speaker.form !== 'relative' && tokens[ctx.tokenAt(c.speaker.start) - 1]?.text === ',' && objectAfterVerb(ctx, c, lastOf.get(sentence)!)) {
        let introduces = false;
        for (let k = c.to; k <= lastOf.get(sentence)! && tokens[k]!.text !== ',' && !introduces; k++) introduces = tokens[k]!.text === ':' || !!ctx.quoted[k] || lex.complementizers.has(tokens[k]!.key);
        if (!introduces) continue;
      }
      // The subject, when it stands right before the verb (adverbs or a short parenthesis between).
      const subject = c.speaker && !c.after && c.speaker.end <= tokens[c.from]!.start ? ctx.tokenAt(c.speaker.start) : -1;
      const lead = subject >= 0 && ctx.tokenAt(c.speaker!.end - 1) >= c.from - 5 ? subject : c.from;
      const before = tokens[lead - 1];
      // "…, but argues that", "… and calls her …": a second verb of the same subject after the
      // conjunction; "…, but he feels": one with its own subject. Not a "but" that means "except"
      // (`exceptionHeads` before it, then a subject: "nobody but the mayor knew"; or after an
      // auxiliary: "had all but admitted", "did nothing but insist"), while "evacuated everyone but
      // warned that" is a second report. A naming verb counts only straight after the conjunction.
      const except = lex.exceptionHeads.has(tokens[lead - 2]?.key ?? '') && (lead !== c.from || auxiliaryAt(ctx, lead - 3));
      const joins = !!before && (lex.coordinators.has(before.key) || (lex.verbConjunctions.has(before.key) && !except));
      // (Or after a comma, with its subject before it: "Christie, hoping to surge in New Hampshire,
      // called Obama a …".)
      if (c.verb?.naming && !(joins && lead === c.from) && !(before?.text === ',' && lead === c.from && !!c.speaker && !c.after && c.speaker.end < before.start)) continue;
      // "said the mayor was aware and would respond in due course": a verb right after a modal after
      // the conjunction, with no subject of its own, is the content's next predicate in the future
      // of the past, no report of the speaker's (not with a word between: "and would not say").
      if (joins && lead === c.from && c.to === c.from + 2 && lex.modalAuxiliaries.has(tokens[c.from]!.key)) continue;
      // "said two men were arrested and charged with arson", « ont été arrêtés et accusés de … »: a
      // past participle right after the conjunction, after a participle that an auxiliary governs,
      // then a preposition or the clause's end, shares that auxiliary: the content's passive
      // predicate, no report (not "were arrested and said they …", whose verb takes a clause).
      if (joins && lead === c.from && sharedPassive(c, sentence)) continue;
      // "said the engineers, told of the cracks, did nothing", "hoped the meeting, requested by
      // Sanders, would be …": a verb with no speaker set between commas, after which the clause goes
      // on with a word that no coordinator opens, is a reduced clause inside the content.
      if (!c.speaker && before?.text === ',' && reducedClauseAfter(ctx, c)) continue;
      // (Nor a verb after a name's apposition in the content: « a indiqué que Denton, un maçon,
      // avait menacé un voisin », whose subject is the name.)
      if (c.after && before?.text === ',' && apposedSubjectBefore(-1, lead - 2, sentence)) continue;
      // "was unserious - "Again, we need details," she said - and charged": a quotation and its
      // cue between dashes, then a clause joined by a conjunction (not "the levee - "a relic," Lee
      // said - would fail", whose clause goes on after the dashes).
      let q = lead - 1;
      while (q > 0 && tokens[q]!.sentence === sentence && (ctx.quoted[q] || tokens[q]!.text === ',')) q--;
      if (q < lead - 1 && DASH.test(tokens[q]?.text ?? '') && tokens[q]!.sentence === sentence && dashedConjunctionAfter(c, sentence)) list.push({ at: q, closes: 0 });
      else if (before && before.sentence === sentence && (before.text === ',' || joins || (before.text === ';' && lead !== c.from)) && !(before.text === ',' && frontedInContent(lead - 1, sentence))) list.push({ at: lead - 1, closes: 0, ...(joins && lead === c.from && c.verb?.stance && sForm(c) ? { sForm: true as const } : {}), ...(joins && lead === c.from && plainCue(c) ? { plain: true as const } : {}) });
      // "…, as the engineers had promised", "…, when the mayor said …": a report in a subordinate
      // clause after a comma; not a condition ("…, if engineers warned that …", « …, si le préfet dit vrai »).
      else if (before && before.sentence === sentence && tokens[lead - 2]?.text === ',' && lex.subordinators.match(keyReader(tokens, sentence), lead - 1)?.words.length === 1 && !lex.conditionals.has(before.key)) list.push({ at: lead - 2, closes: 0 });
      // "thanked Miami and said …": a verb joined by "and" to the one before, with its subject.
      else if (lead !== c.from && lex.coordinators.has(tokens[c.from - 1]?.key ?? '') && tokens[c.from - 1]!.sentence === sentence) list.push({ at: c.from - 1, closes: 0 });
      // Not a relative clause with no "that" whose verb takes a clause missing its subject ("the
      // levee most engineers say is weak").
      else if (!c.after && !(auxiliaryAt(ctx, c.to) || lex.verbs.has(tokens[c.to]?.key ?? ''))) {
        const at = unnamedSubjectBreak(lead, sentence);
        if (at >= 0) list.push({ at, closes: 0 });
      }
    }
    list.sort((a, b) => a.at - b.at);
    reportsOf.set(sentence, list);
    return list;
  };
  /**
   * "…, but critics say", "…, adding that": commas after which the writer takes over (a content
   * break, a participle; a relative clause only when it runs to the end of the sentence). A comma
   * inside a quotation counts only as its last token ('"…," adding that': `closes` is 1, the
   * closing mark's tokens; 2 for ''…,'' typed with two apostrophes).
   */
  const writersOf = new Map<number, Break[]>();
  /**
   * "…, a move that could split the alliance.", "…, the 12-country trade deal.": a noun phrase
   * opened by one of `appositionArticles` after the last comma of the sentence is the writer's
   * apposition to the content's last noun. Not the last item of a list ("…, the Senate and the
   * House"), nor a clause: an auxiliary or a reporting verb before any relative word, or a
   * subordinate clause before the comma ("if the levee fails, the town floods").
   */
  const apposition = (from: number, last: number) => {
    if (!lex.appositionArticles.has(tokens[from]!.key) || ['person', 'other'].includes(ctx.mentionEnding.get(from - 2)?.type ?? '')) return false;
    const keys = keyReader(tokens, tokens[from]!.sentence);
    for (let k = from - 2; k >= 0 && tokens[k]!.sentence === tokens[from]!.sentence && tokens[k]!.text !== ','; k--) {
      if (lex.subordinators.match(keys, k)) return false;
      // "insisted that despite the divisions that remain, the country remains …": a phrase opened by
      // a preposition right after the complementizer is the clause's adjunct; its subject follows the
      // comma. Not when the phrase holds a clause of its own before any relative word ("said that
      // during the night the levee failed, a disaster that …": an auxiliary or a past participle).
      const before = tokens[tokens[k - 1]?.text === ',' ? k - 2 : k - 1];
      // ("said that about 40 percent …, a proportion that …": not an amount.)
      const amount = /^\p{N}/u.test(tokens[k + 1]?.text ?? '') || lex.quantifiers.has(tokens[k + 1]?.key ?? '');
      if (lex.boundaries.has(tokens[k]!.key) && !lex.coordinators.has(tokens[k]!.key) && !amount && before?.sentence === tokens[k]!.sentence && lex.complementizers.has(before.key) && !clauseIn(k + 1, from - 1)) return false;
    }
    let relative = false;
    for (let k = from + 1; k <= last; k++) {
      const t = tokens[k]!;
      if (!t.word) continue;
      if (lex.coordinators.has(t.key)) return false;
      // (A determiner right after the head noun opens a relative clause with no pronoun: "…, a
      // charge the government denies".)
      if (lex.relatives.has(t.key) || lex.complementizers.has(t.key) || (k === from + 2 && lex.determiners.has(t.key) && !lex.quantifiers.has(t.key))) relative = true;
      // (A verb form after a determiner or a hyphen is a noun's: "a 16-point margin", "the report".)
      else if (!relative && (auxiliaryAt(ctx, k) || (lex.verbs.has(t.key) && !lex.determiners.has(tokens[k - 1]!.key) && !(tokens[k - 1]!.text === '-' && tokens[k - 1]!.end === t.start)))) return false;
    }
    return true;
  };
  /** A verb of its own between tokens `from` and `to` (an auxiliary or a past participle) before any relative word. */
  const clauseIn = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const t = tokens[i]!;
      if (lex.relatives.has(t.key) || lex.complementizers.has(t.key)) return false;
      if (t.word && !t.cap && (auxiliaryAt(ctx, i) || lex.isPastParticiple(t.key))) return true;
    }
    return false;
  };
  /**
   * "not for what I did, but because of who I am", "not only …, but also …": a conjunction at
   * `after - 1` that answers a negation of the clause before the comma at `comma` goes on with the
   * content, before "also", "rather", "instead", or before a preposition or subordinator when one
   * follows the negation too, or the very word that follows it (« pas pour l'argent, mais pour le
   * pays »). Not before a reporting verb ("…, but also warned that").
   */
  const contrastGoesOn = (comma: number, after: number, keys: (k: number) => string | undefined) => {
    const sentence = tokens[comma]!.sentence;
    const first = firstOf.get(sentence)!;
    let n = comma - 1;
    while (n >= first && tokens[n]!.text !== ',' && !lex.contrastNegations.has(tokens[n]!.key)) n--;
    const t = tokens[after];
    if (n < first || !lex.contrastNegations.has(tokens[n]!.key) || !t?.word || t.sentence !== sentence) return false;
    const linking = (k: number) => lex.adjunctPrepositions.has(tokens[k]?.key ?? '') || !!lex.subordinators.match(keys, k);
    // (Not a comparison: "but rather than cut spending, …", « mais plutôt que de réduire … ».)
    if (lex.contrastAdverbs.has(t.key)) {
      const then = tokens[after + 1];
      return !!then && then.sentence === sentence && !lex.verbs.has(then.key) && !auxiliaryAt(ctx, after + 1) && !lex.complementizers.has(then.key) && !lex.comparisonWords.has(then.key);
    }
    let m = n + 1;
    while (m < comma && lex.isAdverb(tokens[m]!.key)) m++;
    return m < comma && ((linking(m) && linking(after)) || (tokens[m]!.key === t.key && !lex.determiners.has(t.key) && !lex.isPronoun(t.key)));
  };
  /**
   * Whether a complementizer at `at` is exceptive: the last particle of negation since `from` (« ne »,
   * « n' ») has no completion after it nor right before it (« pas », « jamais », « personne ne
   * pense que »), so the « que » means "only": « qui n'a donné que son prénom ».
   */
  const exceptiveBefore = (from: number, at: number) => {
    let particle = -1;
    for (let n = from; n < at; n++) {
      if (lex.exceptiveParticles.has(tokens[n]!.key)) particle = n;
      else if (particle >= 0 && lex.plainNegations.has(tokens[n]!.key)) particle = -1;
    }
    for (let n = particle - 1; n >= Math.max(0, particle - 3) && particle >= 0; n--) if (tokens[n]!.sentence === tokens[at]!.sentence && lex.plainNegations.has(tokens[n]!.key)) return false;
    return particle >= 0;
  };
  /**
   * "said the plan was late, but the money was there", "…, although it is costly": whether the
   * contrast or concession that opens at `at` is still the content's (`contrastClauses`): only
   * before a clause's subject (`clauseSubjectAt`; not an adverb, a preposition, a verb or a
   * participle: "…, but ultimately …", "…, but declined to say", "…, while acknowledging …") that
   * is no singular subject pronoun, the speaker's own ("…, but she has bristled at …"). The caller
   * asks only where no reporting verb follows in the sentence ("…, while critics say …"), and
   * `contentEnd` only for a clause's content (`finiteBefore`).
   */
  const contrastClauseGoesOn = (at: number, sentence: number, keys: (k: number) => string | undefined) => {
    const m = lex.contrastClauses.match(keys, at);
    if (!m) return false;
    const k = at + m.words.length;
    const t = tokens[k];
    if (!clauseSubjectAt(ctx, k, sentence) || lex.verbs.has(t!.key) || auxiliaryAt(ctx, k)) return false;
    return !(lex.pronouns.has(t!.key) && !lex.pluralPronouns.has(t!.key) && !lex.impersonalPronouns.has(t!.key));
  };
  /** Does the contrast clause at `at` have an impersonal subject ("it"), which may stand for a body that speaks? */
  const impersonalContrast = (at: number, keys: (k: number) => string | undefined) => lex.impersonalPronouns.has(tokens[at + (lex.contrastClauses.match(keys, at)?.words.length ?? 0)]?.key ?? '');
  /** Is there an auxiliary or a past form, outside quotation marks, from `from` to before `at`, with no infinitive or its marker opening the span? */
  const finiteBefore = (from: number, at: number) => {
    if (lex.infinitiveMarkers.has(tokens[from]!.key) || lex.isBareInfinitive(tokens[from]!.key)) return false;
    for (let k = from; k < at; k++) if (tokens[k]!.word && !tokens[k]!.cap && !ctx.quoted[k] && (auxiliaryAt(ctx, k) || lex.isPastForm(tokens[k]!.key))) return true;
    return false;
  };
  const writerBreaks = (sentence: number, object: boolean): Break[] => {
    let list = writersOf.get(2 * sentence + (object ? 1 : 0));
    if (list) return list;
    list = [];
    const keys = keyReader(tokens, sentence);
    const last = lastOf.get(sentence)!;
    let nextComma = -1;
    let cueAhead = false;
    // Right to left, so that whether a comma or a reporting verb follows is known without a scan.
    for (let i = last; i >= firstOf.get(sentence)!; i--) {
      if (tokens[i]!.word && !tokens[i]!.cap && !ctx.quoted[i] && lex.verbs.has(tokens[i]!.key)) cueAhead = true;
      if (tokens[i]!.text !== ',') continue;
      const commaAfter = nextComma;
      nextComma = i;
      // Two straight apostrophes ('') close as one mark.
      const marks = /^[”"’»]$/.test(tokens[i + 1]?.text ?? '') ? 1 : /^'$/.test(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.text === "'" && tokens[i + 2]!.start === tokens[i + 1]!.end ? 2 : 0;
      const closes = ctx.quoted[i] && !ctx.quoted[i + 1] ? 0 : ctx.quoted[i] && marks && !ctx.quoted[i + 1 + marks] ? marks : ctx.quoted[i] ? -1 : 0;
      const next = tokens[i + 1 + closes];
      if (closes === -1 || !next || next.sentence !== sentence) continue;
      // (Past adverbs, not a degree's: "…, falsely suggesting that …", not « …, très pratiquant ».)
      let g = i + 1 + closes;
      while (g < i + 4 + closes && tokens[g]?.word && !tokens[g]!.cap && tokens[g]!.sentence === sentence && lex.isAdverb(tokens[g]!.key) && !lex.isGerund(tokens[g]!.key) && !lex.degreeWords.has(tokens[g]!.key)) g++;
      // (Past a reflexive pronoun: « …, s'appuyant sur une enquête ».)
      if (lex.reflexives.has(tokens[g]?.key ?? '') && tokens[g + 1]?.word && lex.isGerund(tokens[g + 1]!.key)) g++;
      const gerund = tokens[g];
      const participle = !!gerund?.word && !gerund.cap && gerund.sentence === sentence && lex.isGerund(gerund.key) && (gerund.key.length >= 7 || lex.verbs.has(gerund.key));
      // "said the deal was weak, but would pass", "…, but not for cases of rape": "but" with no
      // subject of its own goes on with the content's; after an object ("praised the plan, but
      // would not vote for it") with the sentence's.
      // Not before a reporting verb ("…, but declined to say") nor a subject after an adverb ("but
      // ultimately Prager thinks", "but then officials announced", "but now voters are").
      let sharesSubject = false;
      if (!object && lex.verbConjunctions.has(next.key)) {
        let k = i + 2 + closes;
        while (k < i + 5 + closes && tokens[k]?.word && tokens[k]!.sentence === sentence && (auxiliaryAt(ctx, k) || lex.isAdverb(tokens[k]!.key))) k++;
        const then = tokens[k];
        const verbAfter = lex.auxiliaries.has(tokens[k + 1]?.key ?? '') || lex.verbs.has(tokens[k + 1]?.key ?? '');
        const subject = lex.quantifiers.has(then?.key ?? '') || (!auxiliaryAt(ctx, k - 1) && (lex.determiners.has(then?.key ?? '') || verbAfter));
        sharesSubject = k > i + 2 + closes && !!then?.word && then.sentence === sentence && !then.cap && !lex.verbs.has(then.key) && !lex.isPronoun(then.key) && !subject;
      }
      const contrast = !object && lex.verbConjunctions.has(next.key) && contrastGoesOn(i, i + 2 + closes, keys);
      // "said that the dam held, and that the town was safe": a second clause of the same verb.
      // (A subject after the "that": a pronoun, a determiner, a name or a number; not "but that
      // claim was false", "but that didn't stop him", where "that" is the writer's.)
      const secondClause = [lex.coordinators, lex.verbConjunctions].some((set) => set.has(next.key)) && lex.complementizers.has(tokens[i + 2 + closes]?.key ?? '') && clauseSubjectAt(ctx, i + 3 + closes, sentence);
      const runsOn = (lex.relatives.has(next.key) && commaAfter > i + 1 + closes) || sharesSubject || secondClause || contrast;
      const apposed = commaAfter === -1 && closes === 0 && apposition(i + 1, last);
      // (« …, avant d'ajouter que », "…, before adding that": a verb of saying after the words, an
      // infinitive or a gerund, reports anew.)
      const saying = lex.sayingAfter.match(keys, i + 1 + closes);
      const verbAt = saying ? i + 1 + closes + saying.words.length : -1;
      const says = verbAt > 0 && !!tokens[verbAt]?.word && tokens[verbAt].sentence === sentence && (!!lex.infinitives.match(keys, verbAt) || lex.verbs.has(tokens[verbAt].key));
      if (participle || says) list.push({ at: i, closes });
      else if (lex.contentBreaks.match(keys, i + 1 + closes) && !runsOn) list.push(!cueAhead && contrastClauseGoesOn(i + 1 + closes, sentence, keys) ? { at: i, closes, contrast: true, ...(impersonalContrast(i + 1 + closes, keys) ? { impersonal: true as const } : {}) } : { at: i, closes });
      else if (apposed) list.push({ at: i, closes, apposition: true });
    }
    list.reverse();
    writersOf.set(2 * sentence + (object ? 1 : 0), list);
    return list;
  };
  /**
   * "vowed to cut regulations, and Clinton is promising …": an infinitive (a content that its
   * marker opens) has no subject of its own, so a comma and a coordinator before a clause with one
   * end it; not a list's last item ("by scheduling fundraisers, speeches, and other events designed
   * …"). Gives that comma's token, or -1.
   */
  const infinitiveClauseBreak = (from: number, e: number) => {
    if (!lex.infinitiveMarkers.has(tokens[from]!.key)) return -1;
    for (let i = from + 2; i < e; i++) {
      if (tokens[i]!.text !== ',' || ctx.quoted[i] || !lex.coordinators.has(tokens[i + 1]?.key ?? '') || !clauseOpensAt(i + 2, e + 1)) continue;
      let list = false;
      for (let k = i - 1; k >= Math.max(from, i - 4) && !list; k--) list = tokens[k]!.text === ',';
      if (!list) return i;
    }
    return -1;
  };
  /**
   * « a dit que la digue tiendrait et il est reparti », « J'ai demandé à quel service ils
   * appartenaient et ils m'ont frappé »: where a clause joined to the content's repeats the
   * complementizer (`complementizerRepeated`), a coordinator before a clause with a subject and a
   * verb of its own, once the content has its verb, opens the writer's clause. Not a subject of two
   * (« a dit que son frère et elle étaient partis »), nor « et qu'il … ». Gives the coordinator's
   * token, or -1.
   */
  const writerClauseAfter = (from: number, e: number) => {
    if (!lex.complementizerRepeated) return -1;
    // A verb as written: an auxiliary (not « ne », « pas », « de », which the lexicon lists with
    // them), a past form, or a finite ending.
    const verbAt = (k: number) => {
      const w = tokens[k]!;
      return w.word && !w.cap && !ctx.quoted[k] && !lex.negationWords.has(w.key) && (anyAuxiliaryAt(ctx, k) || lex.isPastForm(w.key) || lex.finiteEnding(w.key));
    };
    // After a subject pronoun (past « ne » and object clitics, articles among them: « ils l'ont
    // frappé »), the word that is its verb.
    const verbAfterPronoun = (j: number) => {
      const p = tokens[j];
      if (!p?.word || p.cap || !lex.isPronoun(p.key) || lex.reflexives.has(p.key) || lex.objectClitics.has(p.key)) return -1;
      let k = j + 1;
      while (tokens[k]?.word && [lex.negationWords, lex.objectClitics, lex.reflexives, ctx.articles].some((set) => set.has(tokens[k]!.key))) k++;
      const v = tokens[k];
      return v?.word && !v.cap && !ctx.quoted[k] && (anyAuxiliaryAt(ctx, k) || ![lex.boundaries, lex.determiners, ctx.articles, lex.interrogatives].some((set) => set.has(v.key))) ? k : -1;
    };
    // A noun phrase that a determiner opens, then its verb, with no clause word between (not an
    // object clitic that reads as one: « et les avait justifiés »).
    const nounClauseAt = (j: number) => {
      if (!tokens[j]?.word || !(lex.determiners.has(tokens[j].key) || ctx.articles.has(tokens[j].key)) || lex.infinitiveMarkers.has(tokens[j].key)) return false;
      for (let n = j + 2; n <= j + 6 && n <= e; n++) {
        const w = tokens[n]!;
        if (!w.word || ctx.quoted[n] || lex.isPronoun(w.key) || [lex.relatives, lex.complementizers, lex.coordinators, lex.verbConjunctions].some((set) => set.has(w.key))) return false;
        if (verbAt(n)) return true;
      }
      return false;
    };
    let verb = false;
    for (let i = from; i < e; i++) {
      const t = tokens[i]!;
      if (ctx.quoted[i] || !t.word) continue;
      // (A clause inside the content needs a verb of its own: « parce que les Chinois et les Indiens vont … ».)
      if ([lex.complementizers, lex.relatives, lex.interrogatives].some((set) => set.has(t.key)) || lex.subordinators.match(keyReader(tokens, t.sentence), i)) verb = false;
      else if (verb && lex.coordinators.has(t.key)) {
        let j = i + 1;
        while (j < e && tokens[j]!.word && lex.isAdverb(tokens[j]!.key) && !lex.interrogatives.has(tokens[j]!.key)) j++;
        // (Quoted words after it are still the speaker's: « … et il n'y avait "aucune raison" ».)
        let quotedAfter = false;
        for (let k = j; k <= e && !quotedAfter; k++) quotedAfter = !!ctx.quoted[k];
        if (!quotedAfter && (verbAfterPronoun(j) >= 0 || nounClauseAt(j))) return i;
      } else verb ||= verbAt(i) || verbAfterPronoun(i - 1) === i;
    }
    return -1;
  };
  /** Is the cue a noun: one word in lower case after a possessive, an article or a determiner that is no quantifier ("Hale's claim", "the warning")? */
  const nounCue = (c: SpokenCue) => {
    const det = tokens[c.from - 1]?.key ?? '';
    return c.kind === 'verb' && c.to - c.from === 1 && !tokens[c.from]!.cap && (lex.possessiveClitics.has(det) || ((lex.determiners.has(det) || ctx.articles.has(det)) && !lex.quantifiers.has(det) && !lex.complementizers.has(det)));
  };
  /**
   * "Hale's claim that the dam was safe has angered residents", "The mayor's warning that the dam
   * could fail was ignored": the clause after a noun cue, past its own verb, ends before a second
   * auxiliary that no conjunction, relative, subordinator or comma joins, the verb of the sentence
   * whose subject the noun heads. Gives that auxiliary's token, or -1.
   */
  const sentenceVerbAfter = (from: number, e: number) => {
    let verbSeen = false;
    for (let k = from; k <= e; k++) {
      const w = tokens[k]!;
      if (ctx.quoted[k] || !w.word) {
        if (w.text === ',' || ctx.quoted[k]) return -1;
        continue;
      }
      if ([lex.coordinators, lex.verbConjunctions, lex.relatives, lex.complementizers].some((set) => set.has(w.key)) || lex.subordinators.match(keyReader(tokens, w.sentence), k)) return -1;
      const aux = auxiliaryAt(ctx, k) && !auxiliaryAt(ctx, k - 1) && !lex.isAdverb(tokens[k - 1]!.key);
      if (aux && verbSeen && !lex.isPronoun(tokens[k - 1]!.key)) return k;
      verbSeen ||= aux;
    }
    return -1;
  };
  /** The last word or closing mark before the sentence's final punctuation, or before a trailing incise. */
  const contentEnd = (from: number, last: number, own: SpokenCue, object = false) => {
    let e = last;
    for (const c of trailingCues(tokens[last]!.sentence)) {
      // (Not a verb whose subject opens the content, set apart by an apposition: "said Denton, a
      // builder, had threatened a man", « a indiqué que Denton, un maçon, avait menacé un voisin ».)
      if (c === own || c.from <= from || c.from > last || c.speaker!.start <= tokens[from]!.start || (c.after && apposedSubjectBefore(-1, c.from - 2, tokens[last]!.sentence))) continue;
      const comma = tokens[c.from - 1]?.text === ',' ? c.from - 1 : c.speaker!.start < tokens[c.from]!.start && tokens[ctx.tokenAt(c.speaker!.start) - 1]?.text === ',' ? ctx.tokenAt(c.speaker!.start) - 1 : -1;
      if (comma > from) {
        e = comma - 1;
        break;
      }
    }
    // Another report of the sentence, or the writer's clause, after the content's start: the
    // first of each, found by binary search in lists made once per sentence.
    const sentence = tokens[from]!.sentence;
    let report = firstAfter(reportBreaks(sentence), from);
    // ("said the group is not an advocacy group and supports candidates": an "-s" form of a stance
    // verb joined to the content after a cue in any other form agrees with the content's subject, not
    // the speaker; a verb of saying is the speaker's next report: "said the war is over and insists …".)
    while (report && report.at <= e && ((!object && coordinatedSubject(from, report.at)) || (report.sForm && agreesInside(from, report.at, own)) || (report.plain && finiteCue(own)))) report = firstAfter(reportBreaks(sentence), report.at);
    if (report && report.at <= e) e = report.at - 1;
    const gerund = coordinatedGerund(from, e, own);
    if (gerund >= 0) e = gerund - 1;
    let writer = firstAfter(writerBreaks(sentence, object), from);
    if (writer && !object) {
      const close = subjectParenthesis(from, writer.at, e);
      if (close >= 0) writer = firstAfter(writerBreaks(sentence, object), close);
    }
    // (A contrast the content may own goes on with a clause that has a finite verb before it; it
    // ends an infinitive, an object or a phrase with no such verb: "had hoped to win Texas, but his
    // chances faded", "considers Lee untrustworthy, but …". With "it" as its subject, only a
    // person's content: a body's "it" is the speaker itself, "State said it would take two months,
    // but it managed …".)
    const person = own.speaker?.type === 'person' || own.speaker?.ref?.type === 'person';
    while (writer?.contrast && !object && finiteBefore(from, writer.at) && (person || !writer.impersonal)) writer = firstAfter(writerBreaks(sentence, object), writer.at);
    if (writer && writer.at < e && !(writer.apposition && wordsBetween(tokens, from, writer.at - 1) < 3)) e = writer.closes ? writer.at + writer.closes : writer.at - 1;
    // ("reported a pressure anomaly, and the flight was terminated": a content with no verb before
    // its first comma is a noun phrase, which a coordinator opening a clause of its own ends.)
    const clause = object ? -1 : objectComma(from, e, true, own.kind === 'verb');
    if (clause >= 0) e = clause - 1;
    if (object) {
      const second = secondPredicate(from, e, own);
      if (second >= 0) e = second - 1;
      const verb = verbAfterObject(from, e, own);
      if (verb >= 0) e = verb - 1;
      const comma = objectComma(from, e);
      if (comma >= 0) e = comma - 1;
      const subject = reducedRelativeEnd(own, from, e);
      if (subject >= 0) e = subject - 1;
      const subordinate = own.verb?.class === 'demand' ? -1 : objectSubordinate(from, e, !!own.verb?.naming);
      if (subordinate >= 0) e = subordinate - 1;
      const means = meansAfterObject(from, e);
      if (means >= 0) e = means - 1;
      // ("confirmed the departure of its captain on social media: “Thank you, Jamie.”": a colon
      // before a quotation ends the object, and the quotation is a report of its own.)
      for (let i = from + 1; i < e; i++) {
        if (tokens[i]!.text === ':' && !ctx.quoted[i] && ctx.quoted[i + 1] && !tokens[i + 1]!.word) {
          e = i - 1;
          break;
        }
      }
    }
    const infinitive = infinitiveClauseBreak(from, e);
    if (infinitive >= 0) e = infinitive - 1;
    const writerClause = object || own.kind !== 'verb' ? -1 : writerClauseAfter(from, e);
    if (writerClause >= 0) e = writerClause - 1;
    const sentenceVerb = !object && nounCue(own) ? sentenceVerbAfter(from, e) : -1;
    if (sentenceVerb >= 0) e = sentenceVerb - 1;
    const dash = dashBreak(from, e);
    if (dash >= 0) e = dash - 1;
    // "thinks that reducing the deficit matters more; that's a sure ticket to …": a semicolon
    // outside quotation marks ends the report, unless it parts the items of a list, whose last
    // one a coordinator opens ("$5 million; the bridge, $2 million; and the road, $1 million").
    // (Nor when the words after it open as the content does: « soit …; soit … ».)
    let semicolon = -1;
    for (let i = from + 1; i <= last; i++) {
      if (tokens[i]!.text !== ';' || ctx.quoted[i]) continue;
      if (lex.coordinators.has(tokens[i + 1]?.key ?? '') || parallelAfter(from, i)) {
        semicolon = -1;
        break;
      }
      if (semicolon < 0) semicolon = i;
    }
    if (semicolon > from && semicolon <= e) e = semicolon - 1;
    // "(her campaign later disclosed that she has pneumonia) renewed questions": a bracket that
    // closes one opened before the content ends it.
    let depth = 0;
    for (let i = from; i <= e; i++) {
      const b = tokens[i]!.text;
      if (b === '(' || b === '[') depth++;
      else if ((b === ')' || b === ']') && --depth < 0) {
        e = i - 1;
        break;
      }
    }
    const whole = e === last;
    // (A percent sign or a bracket that the content opened stays: "would reach 2%;", "(about £4 billion);".)
    while (e > from && !tokens[e]!.word && !closingMark(tokens, e) && !keptSign(tokens, from, e)) e--;
    if (whole) e = quotationClose(from, e);
    return tokens[e]!.end;
  };
  /**
   * "said Trump, despite his wealth, is …", "says millennials, numbering 75.3 million, surpassed
   * …": a parenthesis between the subject of a clause (four words at most, no verb, a name, a
   * pronoun or a phrase opened by a determiner or a capital) and its verb, an auxiliary, a
   * reporting verb or a past form right after the closing comma. Gives that comma, or -1.
   */
  const subjectParenthesis = (from: number, comma: number, e: number) => {
    if (tokens[comma]?.text !== ',' || ctx.quoted[comma] || comma - from < 1 || comma - from > 4) return -1;
    const t = tokens[from]!;
    if (!t.word || !(t.cap || lex.determiners.has(t.key) || lex.isPronoun(t.key))) return -1;
    for (let i = from; i < comma; i++) if (!tokens[i]!.word || auxiliaryAt(ctx, i) || lex.verbs.has(tokens[i]!.key) || lex.boundaries.has(tokens[i]!.key)) return -1;
    for (let i = comma + 2; i < e && i <= comma + 10; i++) {
      const w = tokens[i]!;
      if (ctx.quoted[i] || (!w.word && w.text !== ',')) return -1;
      if (w.text !== ',') continue;
      const v = tokens[i + 1];
      return v?.word && !v.cap && (auxiliaryAt(ctx, i + 1) || lex.verbs.has(v.key) || lex.isPastParticiple(v.key)) ? i : -1;
    }
    return -1;
  };
  /**
   * 'argued that Cruz was "for the oil" because "Oil pays him a lot. He's got to be for oil, right?"':
   * content that runs to the end of its sentence inside a quotation opened within it goes on to
   * the closing mark, in the same paragraph. Gives the token to end on.
   */
  const quotationClose = (from: number, e: number) => {
    // The content's last word is inside a quotation (of any marks; `quoted` covers the marks too)
    // that goes on past it.
    if (!tokens[e]!.word || !ctx.quoted[e] || !ctx.quoted[e + 1]) return e;
    let mark = e;
    while (mark > from && ctx.quoted[mark - 1]) mark--;
    // The quotation opens in the content or at its start, after a word, not a mark (after ', “So,
    // …' or ': “…' the quotation is a report of its own).
    if (tokens[mark]!.word || !tokens[mark - 1]?.word) return e;
    // It ends on its first closing mark (`closingMark`: not the next quotation's opening one,
    // '“Fox and Friends.” “I mean …'), in the same paragraph and within three sentences.
    for (let i = e + 1; ctx.quoted[i] && tokens[i]!.sentence <= tokens[e]!.sentence + 3; i++) {
      if (ctx.text.slice(tokens[i - 1]!.end, tokens[i]!.start).includes('\n')) return e;
      if (!tokens[i]!.word && /^[”»"']$/.test(tokens[i]!.text)) {
        const twice = tokens[i]!.text === "'" && tokens[i + 1]?.text === "'" && tokens[i + 1]!.start === tokens[i]!.end;
        return twice ? i + 1 : tokens[i]!.text === "'" ? e : i;
      }
    }
    return e;
  };
  /**
   * Do the words after the semicolon at token `at` open as a clause of the content from token `from`
   * does, at its start or after a colon or an opening mark (« : «Soit …» …; soit … »)?
   */
  const parallelAfter = (from: number, at: number) => {
    const next = tokens[at + 1];
    // ("the average age of Latinos … was 18; the average age of white Californians was 44": the
    // content's first three words again.)
    let same = 0;
    while (same < 3 && tokens[at + 1 + same]?.word && tokens[from + same]?.word && tokens[at + 1 + same]!.key === tokens[from + same]!.key) same++;
    if (same === 3) return true;
    // (A word of its own: not a determiner or a pronoun, which any clause may open with.)
    if (!next?.word || lex.determiners.has(next.key) || ctx.articles.has(next.key) || lex.isPronoun(next.key)) return false;
    for (let i = from; i < at; i++) if (tokens[i]!.word && tokens[i]!.key === next.key && (i === from || tokens[i - 1]!.text === ':' || (ctx.quoted[i] && !ctx.quoted[i - 1]))) return true;
    return false;
  };
  /**
   * The first token of a passive verb's subject, the words from its clause's opening (the sentence's
   * start, a comma, a colon or semicolon, a complementizer, a relative or a coordinator) to the verb,
   * twelve at most with no verb or auxiliary among them; -1 when there is none.
   */
  const passiveSubject = (from: number) => {
    const sentence = tokens[from]!.sentence;
    let k = from;
    while (k > 0 && from - k < 12) {
      const w = tokens[k - 1]!;
      if (w.sentence !== sentence || ctx.quoted[k - 1] || /^[,;:]$/.test(w.text) || DASH.test(w.text) || [lex.relatives, lex.complementizers, lex.coordinators].some((set) => set.has(w.key)) || lex.subordinators.match(keyReader(tokens, sentence), k - 1)) break;
      if (w.word && (auxiliaryAt(ctx, k - 1) || (lex.verbs.has(w.key) && !w.cap))) return -1;
      k--;
      // ("He is expected to attend": a pronoun is the whole subject.)
      if (lex.isPronoun(w.key)) break;
    }
    const opens = k === 0 || tokens[k - 1]!.sentence !== sentence || !tokens[k - 1]!.word || clauseWord(tokens[k - 1]!) || lex.coordinators.has(tokens[k - 1]!.key) || !!lex.subordinators.match(keyReader(tokens, sentence), k - 1);
    return opens && k < from && tokens[k]!.word ? k : -1;
  };
  /**
   * "said that she and her supporters never doubted each other", "showed voters in union
   * households, suburbanites and non-white voters backed Clinton": a coordinator at token `at`
   * after words with no verb form since the content's start, its last comma or complementizer,
   * joins the subjects of one clause, not a second report.
   */
  const coordinatedSubject = (from: number, at: number) => {
    if (!lex.coordinators.has(tokens[at]!.key) || at <= from || !tokens[at - 1]!.word) return false;
    // (A verb right after the coordinator, past adverbs, is the speaker's next predicate: « salue
    // la proposition et pense que », "praised the plan and then said".)
    let next = at + 1;
    while (tokens[next]?.word && lex.isAdverb(tokens[next]!.key)) next++;
    // (Nor a subject pronoun, which opens a clause of its own: « et il demande ».)
    if (!tokens[next]?.word || verbCueAt(next) || auxiliaryAt(ctx, next) || lex.verbs.has(tokens[next]!.key) || lex.isPronoun(tokens[next]!.key)) return false;
    for (let i = at - 1; i >= from; i--) {
      const w = tokens[i]!;
      if (w.text === ',' || lex.complementizers.has(w.key)) return i < at - 1;
      if (ctx.quoted[i] || !w.word) return false;
      // (A pronoun with words after it is a clause's subject: « il a du fuir la Syrie et … ».)
      if (auxiliaryAt(ctx, i) || lex.verbs.has(w.key) || (!w.cap && (lex.isPastParticiple(w.key) || lex.isGerund(w.key))) || lex.relatives.has(w.key) || (lex.isPronoun(w.key) && i < at - 1)) return false;
    }
    return true;
  };
  /**
   * "acknowledging that Mr. Trump had tapped into a vein but warning that …", "tweeting that it
   * was a disaster and asking, …": a reporting gerund after a coordinator (past adverbs) is the
   * speaker's next report, which the participles left out of the report breaks. After a gerund's
   * content, so is any gerund ("emphasizing the state's importance and making his pitch"). Not
   * when the content holds a gerund of its own that it may go on ("said the city is growing and
   * attracting …", "the cost of crafting the platform and holding …"). Gives the coordinator's
   * token (or the comma before it), or -1.
   */
  const coordinatedGerund = (from: number, e: number, own: SpokenCue) => {
    const cues = cuesOf.get(tokens[from]!.sentence) ?? [];
    for (let v = from + 2; v <= e; v++) {
      const w = tokens[v]!;
      // (Not a compound's last part: "cronyism and access-peddling".)
      if (!w.word || w.cap || ctx.quoted[v] || !lex.isGerund(w.key) || /[-‐]/.test(w.text)) continue;
      let k = v - 1;
      while (k > from && tokens[k]!.word && lex.isAdverb(tokens[k]!.key) && !lex.coordinators.has(tokens[k]!.key)) k--;
      if (!(lex.coordinators.has(tokens[k]!.key) || lex.verbConjunctions.has(tokens[k]!.key)) || ctx.quoted[k]) continue;
      // (A report of the content's speaker, with its complement after it: not an adjective, "an
      // awkward but promising transition", nor a list's item, "its positions against X, in support
      // of Y, and backing Z".)
      const c = cues.find((o) => o.kind === 'verb' && o.verb?.participle && o.from <= v && v < o.to);
      if (c ? c.speaker?.start !== own.speaker?.start : !own.verb?.participle) continue;
      const after = tokens[c ? c.to : v + 1];
      if (after?.word && !after.cap && ![lex.complementizers, lex.determiners, lex.objectPronouns, lex.infinitiveMarkers, lex.boundaries, lex.interrogatives].some((set) => set.has(after.key)) && !lex.isPronoun(after.key)) continue;
      for (let g = from; g < k; g++) if (tokens[g]!.word && lex.isGerund(tokens[g]!.key)) return -1;
      // After a verb that is no participle, a gerund may go on with a copula's predicate in the
      // content ("said the man was drunk and threatening to …", "the plan was ambitious but
      // promising"), or open a clause as its subject ("said voters deserve honesty and telling the
      // truth still matters"): it stays.
      if (!own.verb?.participle) {
        let copula = false;
        for (let g = from; g < k && !copula; g++) copula = tokens[g]!.word && lex.passiveAuxiliaries.has(tokens[g]!.key);
        let subject = false;
        for (let g = (c ? c.to : v + 1); g <= Math.min(e, v + 10) && !subject && tokens[g]!.text !== ',' && !lex.complementizers.has(tokens[g]!.key) && !ctx.quoted[g]; g++) subject = tokens[g]!.word && auxiliaryAt(ctx, g);
        if (copula || subject) return -1;
      }
      return tokens[k - 1]?.text === ',' ? k - 1 : k;
    }
    return -1;
  };
  /** Is the cue one verb's plain form, past adverbs ("defend", « défendre »)? */
  const plainCue = (c: SpokenCue) => {
    if (c.kind !== 'verb' || tokens[c.to - 1]!.cap || !lex.isPlainForm(tokens[c.to - 1]!.key)) return false;
    for (let i = c.from; i < c.to - 1; i++) if (!lex.isAdverb(tokens[i]!.key)) return false;
    return true;
  };
  /**
   * Is the cue a finite verb that a plain form cannot be joined to: past, "-s" or with an
   * auxiliary that is neither a modal nor plural ("said", "says", "has said", « a déclaré »; not
   * "say", "will say", "to say", "have said", whose plural subject may go on: "… and say")? Then
   * "said they will stand up for Mexicans and defend …" goes on past "and defend", the content's
   * own predicate.
   */
  const finiteCue = (c: SpokenCue) => {
    if (c.kind !== 'verb' || c.catenative || lex.isPlainForm(tokens[c.to - 1]!.key)) return false;
    for (let i = c.from; i < c.to; i++) if ([lex.modalAuxiliaries, lex.infinitiveMarkers, lex.pluralAuxiliaries].some((set) => set.has(tokens[i]!.key))) return false;
    return true;
  };
  /** Is the cue a verb's "-s" form, with adverbs at most before it ("supports", "also says")? */
  const sForm = (c: SpokenCue) => {
    if (c.kind !== 'verb' || !lex.isPresentSingular(tokens[c.to - 1]!.key)) return false;
    for (let i = c.from; i < c.to - 1; i++) if (!lex.isAdverb(tokens[i]!.key)) return false;
    return true;
  };
  /**
   * Does a verb's "-s" form joined at token `at` agree with the subject of a content from token
   * `from` rather than with its speaker: is the cue in a form that the "-s" form is not, past or
   * with an auxiliary ("said", "has said"; not "tell", whose "-s" form "tells" is the speaker's
   * too, nor "is telling"), and does the content hold a verb of its own in the same person and
   * tense ("the group is not …", "she supports …", "he drinks …"; not "said he would win and
   * calls …")?
   */
  const agreesInside = (from: number, at: number, own: SpokenCue) => {
    const last = tokens[own.to - 1]!;
    if (own.kind !== 'verb' || lex.isPresentSingular(last.key) || lex.oneWordVerbs.has(`${last.key}s`)) return false;
    // (Nor the present's progressive: "is telling reporters that … and says".)
    for (let k = own.from; k < own.to - 1; k++) if (lex.presentSingularAuxiliaries.has(tokens[k]!.key) && lex.isGerund(last.key)) return false;
    for (let k = from; k < at; k++) {
      const w = tokens[k]!;
      if (ctx.quoted[k] || !w.word || w.cap) continue;
      if (lex.presentSingularAuxiliaries.has(w.key) || lex.isPresentSingular(w.key) || (lex.isPronoun(tokens[k - 1]?.key ?? '') && lex.presentSingularEnding(w.key))) return true;
    }
    return false;
  };
  /** A word that opens a clause inside a noun phrase: a relative, a complementizer or a subject pronoun ("a report that …", "the impact it said …"). */
  const clauseWord = (w: Token) => [lex.relatives, lex.complementizers].some((set) => set.has(w.key)) || lex.isPronoun(w.key);
  /**
   * "Voters supporting the plan said the levee failed", "Residents worried about the levee have
   * called for …": a noun phrase object takes no finite verb, so a reporting verb (not a
   * participle: "called on Trump to stop attacking Machado", nor an infinitive: « a accusé Damas
   * d'avoir lancé … ») whose subject the speaker finder reads from the object's start, right after
   * a word of it (not a conjunction), is the sentence's main verb. Not after a clause inside the
   * object (a relative, a complementizer or a pronoun: "a report that the levee was weak"), nor a
   * form that may be a noun ("the official figures"). Gives that verb's token, or -1.
   */
  const verbAfterObject = (from: number, e: number, own: SpokenCue) => {
    const cues = cuesOf.get(tokens[from]!.sentence) ?? [];
    for (let k = from + 1; k <= e; k++) {
      const w = tokens[k - 1]!;
      if (clauseWord(w)) return -1;
      if (ctx.quoted[k] || !w.word || [lex.coordinators, lex.infinitiveMarkers, lex.infinitiveAuxiliaries].some((set) => set.has(w.key)) || lex.nounLike.has(tokens[k]!.key)) continue;
      const c2 = cues.find((o) => o.kind === 'verb' && o.from === k);
      // (Or whose subject is the object cue's own, that of a reduced relative: "Voters supporting the plan said".)
      const subject = c2?.speaker && (c2.speaker.start === tokens[from]!.start || (c2.speaker.start === own.speaker?.start && c2.speaker.end <= tokens[own.from]!.start));
      if (!c2 || c2.after || c2.verb?.participle || !subject || c2.speaker!.end > tokens[k]!.start) continue;
      // (The cue may hold the infinitive's marker: « d'avoir lancé ».)
      let infinitive = false;
      for (let i = c2.from; i < c2.to && !infinitive; i++) infinitive = lex.infinitiveMarkers.has(tokens[i]!.key);
      if (!infinitive) return k;
    }
    return -1;
  };
  /**
   * "Democrats supporting Mrs. Clinton have pointed to …", "the super PAC supporting Rubio's
   * campaign, Conservative Solutions PAC, led the way": a participle right after its subject's noun
   * is a reduced relative inside the sentence's subject, and its object ends before the main verb's
   * auxiliary, or at a comma after which an apposition and a comma lead to a word that no
   * coordinator opens. Gives that token, or -1.
   */
  const reducedRelativeEnd = (c: SpokenCue, from: number, e: number) => {
    const noun = tokens[c.from - 1];
    if (!c.verb?.participle || c.to !== c.from + 1 || !noun?.word || !c.speaker || c.after || c.speaker.end !== noun.end) return -1;
    if ([lex.auxiliaries, lex.boundaries, lex.coordinators, lex.verbs].some((set) => set.has(noun.key)) || lex.isPronoun(noun.key) || lex.isAdverb(noun.key)) return -1;
    for (let i = from + 1; i <= e; i++) {
      const w = tokens[i]!;
      if (ctx.quoted[i]) continue;
      // Not past a clause or a parenthesis inside the object ("dismissing the notion that skills
      // had …", "attacking Christie (who was …)").
      if (clauseWord(w) || /^[([]$/.test(w.text)) return -1;
      if (auxiliaryAt(ctx, i) && !w.cap) return i;
      if (w.text !== ',') continue;
      let k = i + 1;
      while (k <= e && tokens[k]!.text !== ',' && !lex.coordinators.has(tokens[k]!.key)) k++;
      const after = tokens[k + 1];
      if (k < e && tokens[k]!.text === ',' && after?.word && !after.cap && !lex.coordinators.has(after.key)) return i;
      return -1;
    }
    return -1;
  };
  /**
   * "attacked Fiorina by reminding voters that …", "dismissed the charges by pointing out …", « a
   * fait état de 83 morts en précisant que … »: one of `meansPrepositions` and a gerund after a
   * noun phrase object say how the speaker spoke, and end the object (not the first word, nor past
   * a clause inside the object). Gives the preposition's token, or -1.
   */
  const meansAfterObject = (from: number, e: number) => {
    for (let i = from + 1; i < e; i++) {
      const w = tokens[i]!;
      if (ctx.quoted[i] || !w.word) continue;
      // (Nor past an infinitive or a gerund inside the object, whose verb the means may be: « a
      // critiqué l'habitude de conduire en téléphonant », "the plan to cut taxes by raising fees".)
      const next = tokens[i + 1];
      // (An infinitive as written, or after a marker that only infinitives follow: "to"; « de » is
      // a noun's link as often.)
      const infinitive = lex.infinitiveMarkers.has(w.key) && !!next?.word && !next.cap && (lex.isBareInfinitive(next.key) || (lex.catenativeMarkers.has(w.key) && ![lex.boundaries, lex.determiners, ctx.articles].some((set) => set.has(next.key))));
      if (clauseWord(w) || auxiliaryAt(ctx, i) || lex.isGerund(w.key) || infinitive) return -1;
      const means = lex.meansPrepositions.match(keyReader(tokens, w.sentence), i);
      if (!means) continue;
      let k = i + means.words.length;
      while (k <= e && tokens[k]!.word && lex.isAdverb(tokens[k]!.key) && !lex.isGerund(tokens[k]!.key)) k++;
      if (tokens[k]?.word && !tokens[k]!.cap && lex.isGerund(tokens[k]!.key)) return i;
    }
    return -1;
  };
  /**
   * "supported the bill when it came to the Senate", "is backing Clinton because he worries …": a
   * subordinating word and a clause after a noun phrase object open the verb's adjunct, not the
   * object's. Not inside a clause of the object ("the man who left when …"), a condition, a role or
   * a comparison ("as"), nor the first word; not after a demand, whose clause may be part of what
   * is demanded ("demanded the release of prisoners before talks resume"). Gives the word's token,
   * or -1.
   */
  const objectSubordinate = (from: number, e: number, naming: boolean) => {
    const keys = keyReader(tokens, tokens[from]!.sentence);
    // ("cautioned against drawing conclusions before investigators had examined it": a gerund object is a clause.)
    if (lex.isGerund(tokens[from]!.key)) return -1;
    // Whether the object so far holds only names, pronouns and coordinators.
    let names = tokens[from]!.cap || lex.objectPronouns.has(tokens[from]!.key) || lex.isPronoun(tokens[from]!.key);
    for (let i = from + 1; i <= e; i++) {
      const w = tokens[i]!;
      if (ctx.quoted[i] || !w.word) continue;
      // (Nor after a verb form: a gerund or an infinitive opens a clause inside the object,
      // which the subordinate clause may belong to: "accused her of being asleep when …".)
      const infinitive = lex.infinitiveMarkers.has(w.key) && !!tokens[i + 1]?.word && ![lex.determiners, lex.boundaries].some((set) => set.has(tokens[i + 1]!.key)) && !tokens[i + 1]!.cap;
      // (Nor after a link, whose noun the clause may qualify: "criticized the use of force when
      // protesters gathered", "condemned the treatment of prisoners while they were in custody".)
      if (clauseWord(w) || ctx.links.has(w.key) || auxiliaryAt(ctx, i) || lex.isGerund(w.key) || infinitive) return -1;
      // "criticized Sanders and Clinton after the event", "defends Trump amid …": after an object
      // of names and pronouns, a preposition of time or circumstance ends it too, with no clause
      // after it (not a noun's, which it may qualify: "condemned the violence after the match",
      // "the period before 1972"; not before a gerund, which the object's verb may own; nor a
      // naming verb's, whose second complement may hold it: "calling himself a Democrat after …").
      if (!naming && names && lex.circumstancePrepositions.has(w.key) && !lex.isGerund(tokens[i + 1]?.key ?? '')) return i;
      names &&= w.cap || lex.objectPronouns.has(w.key) || lex.isPronoun(w.key) || lex.coordinators.has(w.key);
      const sub = lex.subordinators.match(keys, i);
      // (Not a complementizer, a condition, which may be part of what is reported: "joked about
      // moving to New Zealand if Trump is elected", nor a role: "slammed his proposal as too vague".)
      if (!sub || [lex.complementizers, lex.conditionals].some((set) => set.has(w.key)) || lex.accordClauses.match(keys, i)) continue;
      // A clause follows: a subject pronoun, or a verb within five words ("after statewide polls closed").
      let clause = false;
      for (let k = i + sub.words.length; k <= Math.min(e, i + 5) && !clause; k++) clause = tokens[k]!.word && !ctx.quoted[k] && (lex.isPronoun(tokens[k]!.key) || auxiliaryAt(ctx, k) || (!tokens[k]!.cap && (lex.verbs.has(tokens[k]!.key) || lex.isPastParticiple(tokens[k]!.key))));
      if (!clause) continue;
      // (Two words at least are left, or a name: "urged patience while the inquiry continues" keeps its clause.)
      const named = ctx.mentionStarting.get(from);
      return wordsBetween(tokens, from, i - 1, 2) >= 2 || (!!named && ctx.tokenAt(named.end - 1) === i - 1) ? i : -1;
    }
    return -1;
  };
  /**
   * "denounced the deal, which would slash …", "cited the program, the federally funded …": a
   * noun phrase object ends at its first comma, after which the writer describes it. Not a list
   * ("praised the police, the firefighters and the volunteers": a coordinator before the next
   * comma or the end, or a short item before it), nor examples ("…, including …"), nor after a
   * clause inside the phrase. Gives the comma's token, or -1. With `clauseOnly` (a verb whose
   * content may be a clause), only a first comma after a noun phrase that a coordinator and a
   * clause of its own follow.
   */
  const objectComma = (from: number, e: number, clauseOnly = false, verb = false) => {
    const keys = keyReader(tokens, tokens[from]!.sentence);
    for (let i = from + 1; i < e; i++) {
      // Not after a clause inside the phrase ("the impact it said Clinton, the first woman …, would have").
      const w = tokens[i]!;
      // (An infinitive is the noun's: "his ability to continue his campaign, …".)
      if (w.word && !ctx.quoted[i] && (auxiliaryAt(ctx, i) || [lex.relatives, lex.complementizers, lex.pronouns].some((set) => set.has(w.key)) || (lex.verbs.has(w.key) && ![lex.determiners, lex.infinitiveMarkers].some((set) => set.has(tokens[i - 1]!.key))))) return -1;
      if (w.text !== ',' || ctx.quoted[i]) continue;
      if (clauseOnly) {
        // (Only after a noun phrase: no word before the comma may be a verb's, "said she intends to
        // …, and Ms. Brainard is …"; nor a parenthesis between commas that the content's verb
        // follows: "said the strike, and the chaos it caused, had cost millions".)
        // (An article that opens the phrase is no pronoun: « le », « la ».)
        for (let j = ctx.articles.has(tokens[from]!.key) ? from + 1 : from; j < i; j++) {
          const v = tokens[j]!;
          if (v.word && !v.cap && (lex.isPronoun(v.key) || auxiliaryAt(ctx, j) || lex.isPastForm(v.key) || lex.isPresentSingular(v.key))) return -1;
        }
        let next = i + 2;
        while (next < e && (tokens[next]!.text !== ',' || ctx.quoted[next])) next++;
        const resumes = next < e && (auxiliaryAt(ctx, next + 1) || lex.isPastForm(tokens[next + 1]!.key));
        if (resumes) return -1;
        // (« a promis le Kärcher, on a eu droit à … »: after a verb's object that a determiner
        // opens, a subject pronoun and its verb open a clause too; not a reporting verb's incise,
        // « …, a-t-il dit », "…, he said"; not after an adverbial, « en Syrie, il n'y a … », nor a
        // source's list, « Aux dires de pilotes, d'avocats …, il est curieux que … ».)
        const pronoun = tokens[i + 1];
        const phrase = lex.determiners.has(tokens[from]!.key) || ctx.articles.has(tokens[from]!.key);
        if (verb && phrase && pronoun?.word && lex.pronouns.has(pronoun.key) && (writtenAuxiliaryAt(ctx, i + 2) || clauseOpensAt(i + 1, e)) && !lex.verbs.has(tokens[i + 2]!.key)) return i;
        // (Nor an auxiliary right after the comma, the verb of a subject before a relative clause
        // that holds the cue: « Les Frères, qui avaient annoncé des manifestations, ont fait marche
        // arrière »; not one of a cue's incise.)
        if (verb && phrase && writtenAuxiliaryAt(ctx, i + 1) && !verbCueAt(i + 1) && !lex.isPronoun(tokens[i + 2]?.key ?? '')) return i;
        return lex.coordinators.has(tokens[i + 1]?.key ?? '') && !lex.complementizers.has(tokens[i + 2]?.key ?? '') && clauseOpensAt(i + 2, e) ? i : -1;
      }
      // "…, including its annexation of Crimea", « …, notamment l'incendie »: examples go on with the phrase.
      if (lex.exampleMarkers.match(keys, i + 1)) return -1;
      // "added the words, ''Hillary Clinton.''": a quotation after the comma gives the words named;
      // not one that opens in lower case on a conjunction or a pronoun, which resumes a quotation
      // that an incise broke ('"We will appeal," he said, referring to the ruling, "and we will win."').
      if (!tokens[i + 1]?.word && ctx.quoted[i + 2]) {
        const q = tokens[i + 2]!;
        return q.word && !q.cap && (lex.coordinators.has(q.key) || lex.verbConjunctions.has(q.key) || lex.isPronoun(q.key)) ? i : -1;
      }
      // A relative clause after the comma describes the object, whatever follows it.
      if (lex.relatives.has(tokens[i + 1]?.key ?? '')) return i;
      // ", and Emanuel released the video", ", and he renewed …": a coordinator that opens a clause
      // of its own ends the phrase; "…, and the firefighters" is a list's last item.
      if (lex.coordinators.has(tokens[i + 1]?.key ?? '') && clauseOpensAt(i + 2, e)) return i;
      let k = i + 1;
      for (; k <= e && tokens[k]!.text !== ','; k++) if (lex.coordinators.has(tokens[k]!.key) && !ctx.quoted[k]) return -1;
      // A short item and another comma, or a comma and a coordinator further on: a list too ("GOP
      // voters, lawmakers, and thinkers", "the attack on the mill, the arson at the school, and …").
      if (k <= e && k - i <= 4) return -1;
      for (let n = k; n < e; n++) if (tokens[n]!.text === ',' && !ctx.quoted[n] && lex.coordinators.has(tokens[n + 1]?.key ?? '')) return -1;
      return i;
    }
    return -1;
  };
  /**
   * Does a clause with its own subject open at token `j` (past adverbs): a subject pronoun and a
   * verb form, or a name or a determiner's phrase of six words at most, then an auxiliary or a
   * past form before any comma or relative ("he renewed", "Emanuel released", "the hashtag was")?
   */
  const clauseOpensAt = (j: number, e: number) => {
    while (j < e && tokens[j]!.word && lex.isAdverb(tokens[j]!.key) && !lex.boundaries.has(tokens[j]!.key)) j++;
    const t = tokens[j];
    if (!t?.word || j >= e || ctx.quoted[j]) return false;
    const next = tokens[j + 1];
    // ("it’s sparking", "they've said": a pronoun and a contracted auxiliary glued to it.)
    const clitic = tokens[j + 2];
    const contracted = !!next && !next.word && /^['’]$/.test(next.text) && next.start === t.end && !!clitic?.word && clitic.start === next.end && clitic.key.length <= 2;
    if (lex.isPronoun(t.key)) return contracted || (!!next?.word && !next.cap && (auxiliaryAt(ctx, j + 1) || lex.verbs.has(next.key) || lex.isPastParticiple(next.key)));
    if (!t.cap && !lex.determiners.has(t.key)) return false;
    for (let n = j + 1; n <= j + 7 && n <= e; n++) {
      const w = tokens[n]!;
      if (!w.word || ctx.quoted[n] || [lex.relatives, lex.complementizers, lex.coordinators].some((set) => set.has(w.key))) return false;
      if (!w.cap && (auxiliaryAt(ctx, n) || (lex.isPastParticiple(w.key) && !lex.determiners.has(tokens[n - 1]!.key)))) return true;
    }
    return false;
  };
  /**
   * "attacked her skills and even questioned her identity", "criticizing the pipeline and calling
   * for …": after an object, a coordinator and a reporting verb (past adverbs) is the speaker's next
   * report, not part of the object ("the plan and the levee"). Gives the coordinator's token, or -1.
   */
  const verbCueAt = (k: number) => inVerbCue(cuesOf.get(tokens[k]!.sentence) ?? [], k);
  /** Does a word that opens a clause (`clauseWord`) stand between tokens `from` and `to`? */
  const clauseBefore = (from: number, to: number) => {
    for (let g = from; g < to; g++) if (clauseWord(tokens[g]!)) return true;
    return false;
  };
  const secondPredicate = (from: number, e: number, own: SpokenCue) => {
    for (let i = from + 1; i < e; i++) {
      // ("acknowledged the breach but said …": a conjunction of verbs joins predicates too.)
      if (!(lex.coordinators.has(tokens[i]!.key) || lex.verbConjunctions.has(tokens[i]!.key)) || ctx.quoted[i]) continue;
      let k = i + 1;
      while (k < e && tokens[k]!.word && lex.isAdverb(tokens[k]!.key) && !lex.boundaries.has(tokens[k]!.key)) k++;
      const v = tokens[k]!;
      if (!v.word || k > e) continue;
      if (v.cap) {
        // "charged the officer with murder and Emanuel fired his police chief": a name (its words
        // in capitals), then a past form and what a verb takes, opens a clause of its own, which no
        // object holds. (Not after a verb that takes a bare clause, whose subject the name may join:
        // "acknowledged the former secretary and Sanders split the first two contests".)
        let n = k;
        while (n < k + 5 && tokens[n]?.word && tokens[n]!.cap) n++;
        const w = tokens[n];
        if (!own.verb?.bare && ctx.mentionEnding.has(n - 1) && n < e && !!w?.word && !w.cap && w.sentence === v.sentence && !ctx.quoted[n] && lex.isPastForm(w.key) && objectFollows(ctx, n + 1) && !clauseBefore(from, i)) return i;
        continue;
      }
      // "blamed the debt for keeping rates low and making …": a gerund goes on with one in the object.
      let gerund = false;
      for (let g = from; g < i && !gerund; g++) gerund = lex.isGerund(tokens[g]!.key) && lex.boundaries.has(tokens[g - 1]?.key ?? '');
      if (verbCueAt(k) && !(gerund && lex.isGerund(v.key))) return i;
      // "denied the charges and counter-accused her", "praised the plan and embraced its aims",
      // "attacking Mr. Trump and visiting the …", "has not endorsed him and has been …": a noun
      // phrase takes no verb, so a verb form that takes its own object, an infinitive or a
      // participle is the speaker's next predicate ("praised the police and armed volunteers" is one object).
      // Not when a clause inside the object may own the verb ("mocked Rubio as a neophyte who
      // memorized talking points and lacked …"), nor a gerund after one ("accused him of catering to
      // donors and failing to …").
      let clause = false;
      let gerundBefore = false;
      let participleBefore = false;
      for (let g = from; g < i; g++) {
        clause ||= clauseWord(tokens[g]!);
        gerundBefore ||= lex.isGerund(tokens[g]!.key);
        participleBefore ||= lex.isPastParticiple(tokens[g]!.key) && !!tokens[g - 1]?.word && !lex.coordinators.has(tokens[g - 1]!.key);
      }
      const after = tokens[k + 1];
      // (Nor a participle after one that follows a word of the object: "criticized the repairs
      // started and abandoned the previous year", while "rejected both objections, ruled Cruz
      // eligible and ordered …" lists predicates.)
      // (A past form as written may go on with an adverb: "barely mentioned her remarks and went
      // right back to …".)
      const verbForm = !clause && (auxiliaryAt(ctx, k) || (lex.isPastForm(v.key) && !participleBefore) || (lex.isGerund(v.key) && !gerundBefore));
      const complement = !!after?.word && after.sentence === v.sentence && (auxiliaryAt(ctx, k) ? lex.isPastParticiple(after.key) || lex.isGerund(after.key) || lex.isAdverb(after.key) || lex.determiners.has(after.key) || lex.auxiliaries.has(after.key) : lex.determiners.has(after.key) || lex.objectPronouns.has(after.key) || lex.infinitiveMarkers.has(after.key) || (after.cap && ctx.mentionStarting.has(k + 1)) || (lex.isPastForm(v.key) && lex.nounPrepositions.has(after.key)) || (lex.isPastForm(v.key) && !lex.isPastParticiple(v.key) && lex.isAdverb(after.key)));
      if (verbForm && complement) return i;
    }
    return -1;
  };
  /**
   * "…, 46 percent to 44 percent - within the margin of error", "… — and why he wants …": a dash
   * after the content's first three words opens the writer's aside. Not one of a pair inside the
   * content whose clause goes on after the second ("the levee -- built in 1950 -- would fail"),
   * nor a hyphen, a minus or a range. Gives the dash's first token, or -1.
   */
  const dashBreak = (from: number, e: number) => {
    // A dash between spaces ("EB-5", "low-income" hold hyphens, "-5" is a minus), typed as one
    // mark or two; not between two amounts ("$5 million - $10 million").
    const runEnd = (i: number) => {
      let j = i;
      while (DASH.test(tokens[j + 1]?.text ?? '') && tokens[j + 1]!.start === tokens[j]!.end) j++;
      return j;
    };
    // (An amount on both sides, within three tokens before: "$5 million - $10 million"; not "all
    // Muslims ― 1.6 billion members … ―".)
    const amount = (t: Token | undefined) => /^[\p{N}$€£]/u.test(t?.text ?? '');
    const range = (i: number) => amount(tokens[runEnd(i) + 1]) && [1, 2, 3].some((d) => amount(tokens[i - d]));
    const spaced = (i: number) => DASH.test(tokens[i]!.text) && /\s/.test(ctx.text[tokens[i]!.start - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(ctx.text[tokens[runEnd(i)]!.end] ?? ' ') && !range(i);
    for (let i = from + 2; i < e; i++) {
      if (!spaced(i) || ctx.quoted[i]) continue;
      let j = i + 1;
      while (j < e && DASH.test(tokens[j]!.text)) j++;
      let close = j;
      while (close < e && !spaced(close)) close++;
      if (close < e) {
        while (close < e && DASH.test(tokens[close + 1]!.text)) close++;
        const after = tokens[close + 1];
        // A pair after fewer than three words is inside the content ("the levee -- built in 1950 -- and the dam").
        if ((after?.word && !lex.coordinators.has(after.key) && !lex.verbConjunctions.has(after.key)) || wordsBetween(tokens, from, i - 1) < 3) {
          i = close;
          continue;
        }
      }
      if (wordsBetween(tokens, from, i - 1) < 3) continue;
      return i;
    }
    return -1;
  };
  /**
   * "…, according to Brian Wieser, an analyst at Pivotal Research Group.": after a source inside
   * the sentence, a noun phrase opened by one of `appositionArticles` or a possessor, with no verb of its own
   * before its relative clause, the next comma or the sentence's end, describes the source (not
   * after a pronoun: « et illustre, selon lui, l'incapacité de … » goes on with the clause).
   */
  const sourceApposition = (from: number, last: number) => {
    const t = tokens[from];
    if (!t?.word) return false;
    let possessor = false;
    for (let k = from; k < from + 4 && k < last && !possessor; k++) possessor = possessiveAt(ctx, k + 1) && tokens[k]!.cap;
    if (!lex.appositionArticles.has(t.key) && !possessor) return false;
    for (let k = from + 1; k <= last && tokens[k]!.text !== ','; k++) {
      const w = tokens[k]!;
      if (!w.word || ctx.quoted[k]) continue;
      if (lex.relatives.has(w.key) || lex.complementizers.has(w.key)) return true;
      if (auxiliaryAt(ctx, k) || verbCueAt(k) || lex.isPronoun(w.key)) return false;
    }
    return true;
  };
  /**
   * "…, according to the Labor Department, taking a step toward …", "…, according to three polls,
   * including one from Fox News", "…, according to Andy Smith, director of the center": after a
   * source inside the sentence, a participle, examples, a subordinate clause, or a noun phrase with
   * no verb that describes a person named, is the writer's, and closes the words before the source.
   */
  const writersTail = (c: SpokenCue, from: number, last: number) => {
    const t = tokens[from];
    if (!t?.word || ctx.quoted[from]) return false;
    const keys = keyReader(tokens, t.sentence);
    // (Or a comparison: "…, according to company leaders, compared with its 25 percent rate", "…,
    // according to the Tax Foundation, more than twice what it projected for …".)
    const comparison = lex.degreeWords.has(t.key) && lex.comparisonWords.has(tokens[from + 1]?.key ?? '');
    if (comparison || (!t.cap && lex.isGerund(t.key)) || lex.exampleMarkers.match(keys, from) || (lex.subordinators.match(keys, from) && !lex.conditionals.has(t.key)) || (lex.contentBreaks.match(keys, from) && lex.isPastParticiple(t.key))) return true;
    if (!c.speaker || c.speaker.form !== 'name' || c.speaker.type !== 'person' || t.cap || lex.determiners.has(t.key)) return false;
    for (let k = from; k <= last && tokens[k]!.text !== ','; k++) if (tokens[k]!.word && (auxiliaryAt(ctx, k) || lex.verbs.has(tokens[k]!.key) || lex.isPronoun(tokens[k]!.key) || lex.relatives.has(tokens[k]!.key) || lex.complementizers.has(tokens[k]!.key))) return false;
    return true;
  };
  /** Is `c` a verb cue whose sentence, ending at token `last`, ends on a colon outside quotation marks? */
  const colonEnds = (c: SpokenCue, last: number) => c.kind === 'verb' && tokens[last]!.text === ':' && !ctx.quoted[last];
  /** A cue whose speaker and a short adjunct (six words at most) run to the end of the sentence. */
  const trailing = (c: SpokenCue, last: number) => {
    // "…, President Obama told his closest advisers as he …": past the person told.
    const end = Math.max(c.after ? c.to : recipientEnd(ctx, c), c.speaker && c.after ? ctx.tokenAt(c.speaker.end - 1) + 1 : c.to);
    // "…, said David Wasserman, an elections analyst at the Cook Political Report.": an
    // apposition after the speaker, however long, to the end of the sentence; and whatever
    // follows a source preposition's noun phrase ("…, according to a report Tuesday from WKOW").
    // ", said a former spokesman, Oleg Voloshyn, who …": a name in apposition, too.
    // ", said Tom Reyes, who …": a relative clause describes the speaker; ", said Tom Reyes,
    // director of …": a role with no determiner does too.
    const describes = (w: Token | undefined) => !!w && (lex.determiners.has(w.key) || lex.relatives.has(w.key));
    // ", the union told Tom Hale, who …": a relative clause describes the person told.
    // ", said Ms. Gil, with games of capture the flag and hikes …": a preposition's phrase after the
    // name's comma is the writer's adjunct.
    const adjunctAfter = (w: Token | undefined) => !!w?.word && lex.nounPrepositions.has(w.key) && !lex.subordinators.match(keyReader(tokens, w.sentence), end + 1);
    const apposition = c.kind === 'source' || (c.after && c.speaker?.form !== 'pronoun' && tokens[end]?.text === ',' && (describes(tokens[end + 1]) || adjunctAfter(tokens[end + 1]) || bareRole(ctx, end + 1) || (ctx.mentionStarting.get(end + 1)?.type ?? 'place') !== 'place')) || (!c.after && tokens[end]?.text === ',' && lex.relatives.has(tokens[end + 1]?.key ?? ''));
    // "…, l'armée syrienne a lancé des missiles": a verb with its object is a clause, no incise
    // (not a verb that takes the person told or warned: « …, le préfet a assuré les riverains »,
    // "…, Hale promised voters").
    // (A verb that reports its object has none of a person: "…, Kofi Annan craint une guerre civile".)
    if (c.kind === 'verb' && !c.after && end === c.to && ((c.class !== 'assert' && c.class !== 'warn') || c.verb?.object) && objectAfterVerb(ctx, c, last)) return false;
    // « Basé à Londres, Karl Sharro tweete : », « Quelques minutes plus tard, il tweete à nouveau : »:
    // a verb whose sentence ends on a colon opens the content after it; the words before the speaker
    // are the writer's.
    if (colonEnds(c, last)) return false;
    let words = 0;
    // Only adverbs, days and prepositions so far ("said on Tuesday"), no object ("urged a strong stand").
    let adjunct = true;
    for (let i = end; i <= last; i++) {
      const t = tokens[i]!;
      // "…, political analysts say; in 2012, …": a semicolon ends the clause.
      if (t.text === ';' && !ctx.quoted[i]) break;
      // « …, a indiqué le ministère de la Santé en accusant des "terroristes" »: a gerund's phrase
      // right after an inverted speaker tells how they spoke.
      const means = i === end && c.after && t.word ? lex.meansPrepositions.match(keyReader(tokens, t.sentence), i) : undefined;
      if (means && lex.isGerund(tokens[i + means.words.length]?.key ?? '')) return true;
      // "…, President Obama told his closest advisers as he labored over …", "…, Wilkin said
      // during his campaign speech to be …": right after the verb (and the person told), a
      // subordinate clause (past the person told, or an inverted speaker) or a phrase of where the
      // speaker spoke is the writer's; not before a colon, a quotation or a complementizer, which
      // the verb introduces ("said in a statement: …", "lamented in an interview with …, ''We …''",
      // « annonçait sur Twitter à 15h27 que … »).
      // (Nor for a verb in a relative clause: « …, nouvel homme fort du pays qui a annoncé à la
      // télévision la destitution … ».)
      if (i === end && c.kind === 'verb' && t.word && !lex.relatives.has(tokens[c.from - 1]?.key ?? '') && (((c.after || end > c.to) && lex.subordinators.match(keyReader(tokens, t.sentence), i) && !lex.conditionals.has(t.key) && !lex.complementizers.has(t.key)) || speechEventAt(ctx, i))) {
        let introduces = false;
        for (let k = i; k <= last && !introduces; k++) introduces = tokens[k]!.text === ':' || !!ctx.quoted[k] || lex.complementizers.has(tokens[k]!.key);
        if (!introduces) return true;
      }
      // "…, the prefect said Tuesday, adding that …", « …, a assuré le préfet, ajoutant que … »:
      // a reporting participle after a comma goes on with the same speaker, also past an inverted
      // speaker's adjunct ("…, said growers in the valley, blaming the late frost").
      const n = t.text === ',' ? tokens[i + 1] : undefined;
      const placed = c.after && i > end && !!tokens[end]?.word && lex.boundaries.has(tokens[end].key);
      if ((adjunct || placed) && participleAfterComma(ctx, i)) return true;
      // "…, the company said on Tuesday, sending its shares up 5%": so does any participle's phrase
      // there, the writer's, with no auxiliary after it (not a gerund subject: "…, he said,
      // replacing Clinton would be …").
      if (adjunct && n?.word && !n.cap && lex.isGerund(n.key)) {
        let finite = false;
        for (let k = i + 2; k <= last && !finite; k++) finite = auxiliaryAt(ctx, k) || inVerbCue(cues, k);
        if (!finite) return true;
      }
      // "…, top lawmakers said Friday afternoon, as they bristled at …": a subordinate clause
      // after the comma that ends the adjunct is the writer's.
      if (adjunct && n?.word && lex.subordinators.match(keyReader(tokens, n.sentence), i + 1) && !lex.conditionals.has(n.key)) return true;
      // "…, he said, on condition of anonymity to speak freely about …", "…, the company said on
      // Tuesday, amid fears of a recession": after the verb's comma, or the comma that ends its
      // adjunct, a preposition's phrase with no finite verb nor subject to the end of the sentence
      // is the writer's; so is a noun phrase that a determiner opens, with no past form either
      // ("…, the latest in a wave of layoffs"; not "…, the shares fell").
      const p = t.text === ',' && (i === end || adjunct) ? tokens[i + 1] : undefined;
      const phrase = !!p?.word && !p.cap && (((lex.boundaries.has(p.key) || lex.nounPrepositions.has(p.key)) && ![lex.coordinators, lex.verbConjunctions, lex.complementizers, lex.relatives, lex.conditionals].some((set) => set.has(p.key)) && !lex.subordinators.match(keyReader(tokens, p.sentence), i + 1)) || lex.determiners.has(p.key));
      if (phrase) {
        const determined = lex.determiners.has(p.key);
        let clause = false;
        for (let k = i + 2; k <= last && !clause; k++) clause = ctx.quoted[k] === 1 || tokens[k]!.text === ',' || auxiliaryAt(ctx, k) || lex.pronouns.has(tokens[k]!.key) || inVerbCue(cues, k) || (tokens[k]!.word && !tokens[k]!.cap && (lex.isPastParticiple(tokens[k]!.key) || (determined && lex.isPastForm(tokens[k]!.key))));
        if (!clause) return true;
      }
      // "…, he said on MSNBC’s “Morning Joe.”": a show's title in quotation marks, four words at
      // most in title case, after a possessive or a determiner, is no quotation.
      const show = !t.word && i > end ? opening.get(t.start) : undefined;
      if (show && show.close <= tokens[last]!.end + 1) {
        const before = tokens[i - 1]!;
        let close = titleWordsEnd(i, last);
        if (close >= 0 && (possessiveAt(ctx, i - 2) || lex.possessiveClitics.has(before.key) || lex.determiners.has(before.key))) {
          while (close <= last && !tokens[close]!.word) close++;
          i = close - 1;
          adjunct = false;
          continue;
        }
      }
      // (A word of time after a day is part of it: "Friday afternoon".)
      const time = lex.timeWords.has(t.key) && lex.isCalendar(tokens[i - 1]?.key ?? '');
      if (t.word && !lex.isAdverb(t.key) && !lex.boundaries.has(t.key) && !time) adjunct = false;
      if (t.word && ++words > 6 && !apposition) return false;
      // After a source preposition, verb forms are nouns ("according to a report", "a source on the call").
      if (c.kind === 'source' && !(!t.word && /[«“"]/.test(t.text))) continue;
      // "…, said David Autor, a professor at M.I.T., who is …": a relative clause describes the
      // apposition, and right after an inverted speaker the speaker ("…, said Democrats who …").
      if (((apposition && c.kind !== 'source') || (i === end && c.after && c.speaker?.form !== 'pronoun' && !lex.complementizers.has(t.key))) && lex.relatives.has(t.key)) return true;
      // (In an apposition, a participle right after a noun is a reduced relative: "…, said Tom Hale,
      // the director, in a column published by the Times", « dans une tribune publiée par … »; right
      // after an article it is a noun: « des cités ».)
      const reduced = apposition && t.word && lex.isPastParticiple(t.text.toLowerCase()) && !!tokens[i - 1]?.word && !auxiliaryAt(ctx, i - 1) && ![lex.auxiliaries, lex.determiners, ctx.articles].some((set) => set.has(tokens[i - 1]!.key));
      // (A "that" with a verb right after it, in an apposition, is its relative pronoun: "…, said
      // Jeffrey Trimble, a senior official with the board that oversees them".)
      const relativeThat = apposition && c.after && lex.complementizers.has(t.key) && !!tokens[i + 1]?.word && !tokens[i + 1]!.cap && (auxiliaryAt(ctx, i + 1) || lex.verbs.has(tokens[i + 1]!.key) || lex.isPastParticiple(tokens[i + 1]!.key) || verbWithObject(ctx, i + 1));
      if (relativeThat) return true;
      if (lex.complementizers.has(t.key) || lex.relatives.has(t.key) || (lex.verbs.has(t.key) && !(apposition && t.cap) && !reduced) || (!t.word && /[«“"]/.test(t.text))) return false;
    }
    // "…, in 2015, she supported a plan to rebuild it": a verb whose object is its content, with
    // that object, is a clause, not an incise ("…, she confirmed on Monday" is one; so is a verb of
    // speech with the person told: « …, le préfet a assuré les riverains », "…, Hale wrote the council").
    // "…, he is often asked about her views": a passive verb of asking with more than an adjunct
    // after it and no agent ("…, residents were told by the mayor" is an incise).
    const asked = !!c.passive && !c.passive.agent && lex.askingVerbs.has(tokens[c.to - 1]!.key);
    return !(c.verb?.object && !c.after && !adjunct) && !(asked && !adjunct);
  };
  /**
   * Do the tokens from `from` to `end` close on a complementizer right after a verb cue, a name,
   * a comma and an apposition that a determiner opens, four words at most ("said that Denton, a
   * builder", « a indiqué que Denton, un maçon »)? A verb after the comma that follows is that
   * name's, not an incise's.
   */
  const apposedSubjectBefore = (from: number, end: number, sentence: number) => {
    for (let k = end - 2; k > from && tokens[k]!.sentence === sentence; k--) {
      if (tokens[k]!.text !== ',' || ctx.quoted[k]) continue;
      const d = tokens[k + 1]!;
      if (!d.word || !(lex.determiners.has(d.key) || ctx.articles.has(d.key)) || end - k > 5) return false;
      for (let n = k + 2; n <= end; n++) if (!tokens[n]!.word || auxiliaryAt(ctx, n) || lex.verbs.has(tokens[n]!.key)) return false;
      const name = ctx.mentionEnding.get(k - 1);
      const opener = name ? ctx.tokenAt(name.start) - 1 : -1;
      return opener > from && lex.complementizers.has(tokens[opener]!.key) && (cuesOf.get(sentence) ?? []).some((o) => o.kind === 'verb' && o.to === opener);
    }
    return false;
  };
  /** The cues of a sentence, in order, that have a speaker and are trailing: the incises a content may end before. */
  const trailingOf = new Map<number, SpokenCue[]>();
  const trailingCues = (sentence: number): SpokenCue[] => {
    let list = trailingOf.get(sentence);
    if (!list) trailingOf.set(sentence, (list = (cuesOf.get(sentence) ?? []).filter((c) => c.speaker && trailing(c, lastOf.get(sentence)!))));
    return list;
  };
  // Is an offset inside a quoted passage (marks included)? Passages by opening mark, with the
  // furthest closing mark so far: nested passages lie inside their outer one.
  const byOpen = [...spans].sort((a, b) => a.open - b.open);
  const reach: number[] = [];
  for (const s of byOpen) reach.push(Math.max(reach.at(-1) ?? -1, s.close));
  const inSpan = (offset: number) => {
    const n = countAtMost(byOpen, offset, (s) => s.open);
    return n > 0 && reach[n - 1]! > offset;
  };
  const opening = new Map(spans.map((s) => [s.open, s]));
  /**
   * 'told MSNBC's "Morning Joe" that', 'said on MSNBC’s “Morning Joe.”': does a show's title in
   * quotation marks, four words at most in title case, open at token `i`? Gives the token after its
   * last word, or -1.
   */
  const titleWordsEnd = (i: number, last: number): number => {
    const title = !tokens[i]!.word ? opening.get(tokens[i]!.start) : undefined;
    if (!title) return -1;
    let close = i + 1;
    let words = 0;
    let titleCase = true;
    for (; close <= last && tokens[close]!.start < title.close; close++) if (tokens[close]!.word && (++words > 4 || !tokens[close]!.cap)) titleCase = false;
    return titleCase && words >= 1 ? close : -1;
  };
  /**
   * Does a second complement follow the object that starts at token `o`: a quotation; after a
   * pronoun, a word in lower case that is no preposition, conjunction, verb form, particle or adverb
   * ("it ridiculous"); after a name (with its title) or a noun phrase, a noun phrase opened by a
   * determiner ("Oz a quack", "the plan a disaster")?
   */
  // `plainNoun`: the naming verb is no form that may be a noun ("roll call vote", "call centers"),
  // so an object with no determiner may follow it ("called climate change a hoax").
  const namingComplement = (o: number, last: number, plainNoun: boolean): boolean => {
    const t = tokens[o];
    if (!t?.word) return false;
    let k = o + 1;
    if (t.cap) {
      // A name, with its title ("Mrs. Schlafly"): its capitalised words.
      while (k <= last && (tokens[k]!.cap || (tokens[k]!.text === '.' && tokens[k]!.start === tokens[k - 1]!.end))) k++;
    } else if (lex.determiners.has(t.key) || (plainNoun && !t.cap && ![lex.boundaries, lex.verbParticles, lex.verbs, lex.auxiliaries, lex.objectPronouns].some((set) => set.has(t.key)) && !lex.isPronoun(t.key) && !lex.isAdverb(t.key))) {
      // The object may hold a preposition's phrase ("her vote in favor of the war a mistake"): a
      // determiner right after a preposition opens no second noun phrase. (A noun phrase with no
      // determiner too: "called climate change a hoax".)
      for (; k <= last && k <= o + 10; k++) {
        const w = tokens[k]!;
        // ('called the KKK “abhorrent”': a quotation is the second complement.)
        if (ctx.quoted[k] && k > o + 1) return true;
        // ("called the charges unsubstantiated and fabricated": a past form as written that ends the
        // clause or comes before a coordinator, after a determiner's noun.)
        const then = tokens[k + 1];
        if (k > o + 1 && lex.determiners.has(t.key) && w.word && !w.cap && lex.isPastParticiple(w.text.toLowerCase()) && (!then || then.sentence !== w.sentence || /^[,.;!?]$/.test(then.text) || lex.coordinators.has(then.key))) return true;
        // (A form that may be a noun is one after a determiner: "called the attack an act of terror".)
        const noun = lex.nounLike.has(w.key) && lex.determiners.has(tokens[k - 1]!.key);
        if (!w.word || ctx.quoted[k] || (lex.verbs.has(w.key) && !noun) || [lex.coordinators, lex.complementizers, lex.relatives].some((set) => set.has(w.key)) || auxiliaryAt(ctx, k)) return false;
        if (lex.determiners.has(w.key) && !lex.boundaries.has(tokens[k - 1]!.key)) return k > o + 1;
      }
      return false;
    } else if (!lex.objectPronouns.has(t.key) && !lex.isPronoun(t.key)) return false;
    const n = tokens[k];
    if (k <= last && ctx.quoted[k]) return true;
    // After a name, a noun phrase opened by a determiner ("Oz a quack"), or a word that ends the
    // clause or comes before "and" ("Smith incompetent and dishonest"; not "a group called
    // Lashkar-e-Taiba belongs on the list"); after a pronoun, any word that is no verb form ("it
    // ridiculous").
    const then = tokens[k + 1];
    const ends = !then || then.sentence !== n?.sentence || /^[,.;!?]$/.test(then.text) || DASH.test(then.text) || lex.coordinators.has(then.key);
    if (t.cap && !(k <= last && !!n?.word && lex.determiners.has(n.key)) && !ends) return false;
    // (A past form that ends the clause is an adjective after a cue that is no past form itself:
    // "Sanders calls Clinton unqualified;", not "a man called Smith arrived".)
    const adjective = ends && !lex.isPastParticiple(tokens[o - 1]?.key ?? '');
    return k <= last && !!n?.word && !n.cap && ![lex.boundaries, lex.verbs, lex.coordinators, lex.verbParticles, lex.auxiliaries].some((set) => set.has(n.key)) && !lex.isAdverb(n.key) && !lex.isPronoun(n.key) && (adjective || !lex.isPastParticiple(n.text.toLowerCase())) && !lex.isGerund(n.key);
  };
  /**
   * Can an object reported as content start with token `t`? Not a preposition or a link ("of"),
   * and no finite auxiliary after a one-word cue: that cue was a noun with its verb after it ("the
   * attacks were echoed by …"); an infinitive or a gerund is what the verb reports ("dément avoir
   * négligé", "denied having").
   */
  const objectStarts = (t: Token, oneWordCue: boolean): boolean => {
    // (A particle is part of the verb: "backed away from", "backing down".)
    // (Nor a role's link, unless it is also an article: « dénonce des violences », `linkArticles`.)
    if (!t.word || [lex.boundaries, lex.complementizers, lex.verbs, lex.relatives, lex.verbParticles].some((set) => set.has(t.key))) return false;
    if (ctx.links.has(t.key) && !lex.linkArticles.has(t.key)) return false;
    const finite = lex.auxiliaries.has(t.key) && !lex.isGerund(t.key) && !lex.infinitiveAuxiliaries.has(t.key);
    return !(finite && oneWordCue);
  };

  /**
   * "declined to comment (further, on Tuesday).": the infinitive of a refusal that ends its clause,
   * past adverbs and a time, from its marker to its verb (not the verb's preposition: "comment on");
   * with words after it, to the end of its phrase.
   */
  const refusedInfinitive = (c: SpokenCue, last: number): Draft | undefined => {
    const sentence = tokens[c.from]!.sentence;
    let after = c.to;
    while (after <= last && tokens[after]!.word && !ctx.quoted[after]) {
      const w = tokens[after]!;
      const next = tokens[after + 1];
      if (lex.isAdverb(w.key) || lex.isTimeWord(w.key)) after++;
      else if ((lex.boundaries.has(w.key) || lex.determiners.has(w.key)) && !!next?.word && next.sentence === w.sentence && lex.isTimeWord(next.key)) after += 2;
      else break;
    }
    const end = tokens[after];
    if (ctx.quoted[c.to - 1]) return undefined;
    // From the marker right before the infinitive ("to", « de »), or the infinitive itself after a
    // negated modal, which takes none (« n'a pas souhaité commenter »).
    const infinitive = c.to - (c.verb?.words.length ?? 1);
    const marker = lex.infinitiveMarkers.has(tokens[infinitive - 1]?.key ?? '') && infinitive - 1 > c.from ? infinitive - 1 : infinitive;
    if (marker <= c.from || inSpan(tokens[marker]!.start)) return undefined;
    // « a refusé de s'exprimer sur ce dossier », "declined to speak to reporters": words after the
    // infinitive are its complement, refused with it, to the end of its phrase, before any
    // coordinator ("declined to comment and aides later said …").
    if (end && end.sentence === sentence && (end.word || ctx.quoted[after] || !/^[.,;!?]$/.test(end.text))) {
      let stop = contentEnd(c.to, last, c, true);
      for (let k = c.to; k <= last && tokens[k]!.start < stop; k++) {
        if (ctx.quoted[k] || !lex.coordinators.has(tokens[k]!.key)) continue;
        stop = tokens[k - 1]!.end;
        break;
      }
      return stop > tokens[c.to - 1]!.end ? { start: tokens[marker]!.start, end: stop, kind: 'indirect', rule: 'quotes/refusal', cue: c, speaker: c.speaker } : undefined;
    }
    let verbEnd = c.to - 1;
    while (verbEnd > marker + 1 && lex.boundaries.has(tokens[verbEnd]!.key)) verbEnd--;
    return { start: tokens[marker]!.start, end: tokens[verbEnd]!.end, kind: 'indirect', rule: 'quotes/refusal', cue: c, speaker: c.speaker };
  };

  /**
   * '"We will win," Trump said late last week.': a verb whose clause follows a quotation has said its
   * words before it, and a bare phrase from token `from` to `to` with no verb form is the writer's
   * adjunct (a verb form after a determiner or a preposition is a noun's: "hours after the attack";
   * not a phrase that a quotation goes on: 'added the words, “Hillary Clinton.”').
   */
  const adjunctAfterQuotation = (c: SpokenCue, from: number, to: number, sStart: number): boolean => {
    let before = (c.speaker!.end <= tokens[c.from]!.start ? ctx.tokenAt(c.speaker!.start) : c.from) - 1;
    if (tokens[before]?.text === ',' && !ctx.quoted[before]) before--;
    if (before <= sStart || !ctx.quoted[before] || !closingMark(tokens, before)) return false;
    for (let j = from; j <= to; j++) {
      if (ctx.quoted[j]) return false;
      const p = tokens[j - 1];
      const noun = !!p?.word && (lex.determiners.has(p.key) || ctx.articles.has(p.key) || lex.boundaries.has(p.key));
      if (!noun && verbWordIn(ctx, j, j)) return false;
    }
    return true;
  };

  /**
   * "Many of the closures, he said, have involved …", "In his state, Christie said, nonviolent
   * …", "Le déploiement, a-t-il dit, est …": a cue and its speaker between two commas inside the
   * sentence. The content is the sentence around the incise, in two pieces of one turn; a lone
   * connective before it ("Still, he said, …") is the writer's, not part of the content.
   */
  const inciseContent = (c: SpokenCue, sStart: number, last: number): Draft[] => {
    const s = c.speaker!;
    let from = Math.min(c.from, ctx.tokenAt(s.start));
    let to = Math.max(c.to - 1, ctx.tokenAt(s.end - 1));
    // The speaker must touch the verb: "he said", "said Smith", "a-t-il dit" (adverbs may sit between or after).
    const gap = s.end <= tokens[c.from]!.start ? c.from - ctx.tokenAt(s.end - 1) - 1 : s.start >= tokens[c.to - 1]!.end ? ctx.tokenAt(s.start) - c.to : 0;
    if (gap > 2) return [];
    // "The solution, the partner told them, was simple": the person told, after the verb.
    if (!c.after && to === c.to - 1) to = recipientEnd(ctx, c) - 1;
    for (let n = 0; n < 3 && tokens[to + 1]?.word && lex.isAdverb(tokens[to + 1]!.key) && !ctx.mentionStarting.has(to + 1); n++) to++;
    // A title the name leaves out ("Mr. Abboud said"): capitalised words and their dots.
    for (let n = 0; n < 3 && tokens[from - 1] && tokens[from - 1]!.sentence === tokens[from]!.sentence && ((tokens[from - 1]!.word && tokens[from - 1]!.cap) || tokens[from - 1]!.text === '.'); n++) from--;
    // "…, union members and leaders say, …": a plain phrase with "and" back to the comma is the speaker.
    let speaker = s;
    if (tokens[from - 1]?.text !== ',' && !c.after && s.end <= tokens[c.from]!.start) {
      let i = from - 1;
      while (i > sStart && from - i <= 6 && tokens[i]!.word && !ctx.quoted[i] && !lex.verbs.has(tokens[i]!.key) && !lex.auxiliaries.has(tokens[i]!.key) && (!lex.boundaries.has(tokens[i]!.key) || lex.coordinators.has(tokens[i]!.key))) i--;
      if (tokens[i]?.text === ',' && i < from - 1 && !lex.coordinators.has(tokens[i + 1]!.key)) {
        from = i + 1;
        speaker = { start: tokens[from]!.start, end: s.end, name: ctx.text.slice(tokens[from]!.start, s.end), form: 'phrase' };
      }
    }
    const open = tokens[from - 1];
    const close = tokens[to + 1];
    if (open?.text !== ',' || close?.text !== ',' || from - 1 <= sStart || to + 2 > last || close.sentence !== open.sentence) return [];
    const headEnd = from - 2;
    // "…, which, he said, would lead …": the relative clause is the content, not the sentence.
    let headStart = lex.relatives.has(tokens[headEnd]!.key) ? headEnd : afterDateline(ctx, sStart, headEnd);
    // A lone connective or adverb before the incise is the writer's ("Still, he said, …").
    if (headEnd === headStart && (lex.isAdverb(tokens[headStart]!.key) || lex.boundaries.has(tokens[headStart]!.key) || lex.coordinators.has(tokens[headStart]!.key))) headStart = -1;
    from = to + 2;
    // ", said David Autor, a professor at M.I.T., who …", ", said its chief, John Ferriola.": a
    // name after the verb is followed by its apposition, not by the rest of the clause.
    // ", said a former spokesman, Tom Reyes, who ran …": a relative clause describes the speaker.
    // ("Part of the problem, say experts like Paul Bauman, a Canadian geophysicist, is the ground
    // itself": past the apposition's comma, an auxiliary in lower case carries the head's clause on.)
    // (An auxiliary as written goes on with the head's clause: « La tempête, a indiqué la préfecture, a détruit … ».)
    // (", said Christine Link, executive director of the …": a role with no determiner, too.)
    if (c.after && s.form !== 'pronoun' && !writtenAuxiliaryAt(ctx, from) && (lex.determiners.has(tokens[from]!.key) || ctx.mentionStarting.has(from) || lex.relatives.has(tokens[from]!.key) || !hasClauseWord(ctx, from, from) || bareRole(ctx, from))) {
      let k = from;
      while (k <= Math.min(last, from + 14) && (tokens[k]!.text !== ',' || ctx.quoted[k])) k++;
      const verb = tokens[k + 1];
      if (headStart < 0 || tokens[k]?.text !== ',' || k + 1 > last || !verb?.word || verb.cap || !auxiliaryAt(ctx, k + 1)) return [];
      from = k + 1;
    }
    const tailStart = tokens[from]!.start;
    const tailEnd = contentEnd(from, last, c);
    // A tail that is mostly a quotation is the quotation's, unless an unquoted head opens the
    // sentence and the tail's first word is the writer's ("Cost estimates, he added, were “based on
    // a prototype …”"): the content mixes the two.
    const mixedTail = headStart >= 0 && !ctx.quoted[from] && !mostlyQuoted(spans, tokens[headStart]!.start, tokens[headEnd]!.end);
    // "The streets were deserted, he added, ''but people need to connect somehow.''": before a tail
    // that is a quotation, an unquoted head is the first piece of the quotation's turn; not a head
    // with a report of its own ("Asked if …", "He said …, and when asked whether …") nor one that
    // a participle or a gerund opens ("Instead of calling himself conservative, he said, …").
    if (headStart >= 0 && !mixedTail && tailEnd > tailStart && mostlyQuoted(spans, tailStart, tailEnd)) {
      // (Two words at least: "Yesterday, he said, “…”", "Moreover, …" are the writer's.)
      if (wordsBetween(tokens, headStart, headEnd) < 2) return [];
      const start = tokens[headStart]!.start;
      const end = tokens[headEnd]!.end;
      const reports = (cuesOf.get(tokens[headStart]!.sentence) ?? []).some((o) => o !== c && o.kind === 'verb' && o.from >= headStart && o.from <= headEnd);
      let opened = false;
      for (let i = headStart; i <= Math.min(headEnd, headStart + 2) && !opened; i++) opened = lex.isGerund(tokens[i]!.key) || lex.isPastParticiple(tokens[i]!.text.toLowerCase());
      // (Nor the writer's adjunct, "Later in the piece, he wrote, …", nor the speaker's own phrase,
      // nor phrases that a comma or a colon parts: "Quite suddenly, after they divorced, she said, …",
      // "Silverman, herself a Sanders supporter, said, …", "…, including, he said, …".)
      let parted = false;
      for (let i = headStart; i <= headEnd && !parted; i++) parted = /^[,:;]$/.test(tokens[i]!.text) && !ctx.quoted[i];
      const writers = parted || adjunctOnly(ctx, headStart, headEnd) || speaker.start <= end;
      return inSpan(start) || reports || opened || writers || mostlyQuoted(spans, start, end) ? [] : [{ start, end, kind: 'indirect', rule: 'quotes/indirect-incise', cue: c, speaker }];
    }
    if (tailEnd <= tailStart || wordsBetween(tokens, from, ctx.tokenAt(tailEnd - 1)) < 2 || inSpan(tailStart) || (mostlyQuoted(spans, tailStart, tailEnd) && !mixedTail)) return [];
    const pieces: Draft[] = [];
    // "Sweet said Cruz's comments answer attacks - attacks that, Sweet noted, were …": a head with a
    // report of its own, a verb of saying of a speaker named ("Adams", not "The rejection of the
    // treaty signals …"), is that report's content; the incise keeps its tail.
    const named = (o: SpokenCue) => {
      if (!o.speaker) return false;
      const first = tokens[ctx.tokenAt(o.speaker.start)]!;
      return o.speaker.form === 'name' || o.speaker.form === 'role' || (o.speaker.form === 'phrase' && first.cap && !lex.determiners.has(first.key) && !ctx.articles.has(first.key));
    };
    if (headStart >= 0 && !(cuesOf.get(tokens[headStart]!.sentence) ?? []).some((o) => o !== c && o.kind === 'verb' && o.class === 'say' && named(o) && o.from > headStart && o.from <= headEnd)) {
      const start = tokens[headStart]!.start;
      const end = tokens[headEnd]!.end;
      if (inSpan(start) || mostlyQuoted(spans, start, end)) return [];
      pieces.push({ start, end, kind: 'indirect', rule: 'quotes/indirect-incise', cue: c, speaker });
    }
    pieces.push({ start: tailStart, end: tailEnd, kind: 'indirect', rule: 'quotes/indirect-incise', cue: c, speaker });
    return pieces;
  };

  /**
   * "As The Atlantic recently noted, trust in government is collapsing", « Comme l'a rappelé le
   * préfet, la digue … »: a clause of accord with the report, then its comma; the main clause
   * after it is what was reported. Gives null when that clause is a quotation, read as such.
   */
  const accordContent = (c: SpokenCue, sStart: number, last: number): Draft | null | undefined => {
    const s = c.speaker!;
    let open = c.after ? c.from : ctx.tokenAt(s.start);
    if (!c.after && s.end > tokens[c.from]!.start) return undefined;
    // « Comme l'a rappelé » when the cue is the participle alone.
    while (c.after && open > sStart && lex.auxiliaries.has(tokens[open - 1]!.key)) open--;
    // "As Purple PAC's Crane said": a possessor before the name, in capitalised words.
    if (!c.after && open - 2 > sStart && possessiveAt(ctx, open - 2)) {
      let k = open - 3;
      while (k > sStart && tokens[k - 1]!.word && tokens[k - 1]!.cap && !tokens[k - 1]!.initial && open - k < 6) k--;
      if (tokens[k]!.cap) open = k;
    }
    // "As judge Patricia Wilde noted", "As council leader Ann Roy said": up to three words of a
    // role in lower case before the name.
    let role = open;
    const keys = keyReader(tokens, tokens[open]!.sentence);
    for (let n = 0; n < 3 && !c.after && role - 1 > sStart && !accordBefore(ctx, role, sStart, true); n++) {
      const w = tokens[role - 1]!;
      if (!w.word || w.cap || ctx.quoted[role - 1] || lex.isPronoun(w.key) || (!!lex.verbs.match(keys, role - 1) && !lex.nounLike.has(w.key)) || [lex.auxiliaries, lex.boundaries, lex.complementizers, lex.relatives, lex.determiners].some((set) => set.has(w.key))) break;
      role--;
    }
    if (!accordBefore(ctx, role, sStart, true)) return undefined;
    open = role;
    // After the verb (and a speaker after it, or the person told), a short adjunct at most, then the
    // comma: adverbs, days and words of time ("said last week"), or a phrase opened by a
    // preposition ("noted on Tuesday in a column"), not an object ("As officials announced the
    // closure, traffic backed up").
    let j = c.after ? ctx.tokenAt(s.end - 1) + 1 : recipientEnd(ctx, c);
    // "told reporters": a plain plural noun is the person told, too.
    if (!c.after && j === c.to && lex.recipientVerbs.has(tokens[c.to - 1]!.key) && tokens[j]?.word && !lex.boundaries.has(tokens[j]!.key)) j++;
    let phrase = false;
    for (let n = 0; j <= last && tokens[j]!.text !== ','; n++, j++) {
      const t = tokens[j]!;
      if (n >= 8 || !t.word || [lex.verbs, lex.auxiliaries, lex.complementizers].some((set) => set.has(t.key))) return undefined;
      if (lex.boundaries.has(t.key)) phrase = true;
      else if (!phrase && !lex.isAdverb(t.key) && !(lex.isTimeWord(t.key) && !t.cap) && !lex.adverbs.match(keyReader(tokens, t.sentence), j)) return undefined;
    }
    if (tokens[j]?.text !== ',' || j + 1 > last) return undefined;
    const end = contentEnd(j + 1, last, c);
    if (wordsBetween(tokens, j + 1, ctx.tokenAt(end - 1)) < 3) return undefined;
    // ("As Hale said last week, “…”": the quotation after the comma is the report, read as one.)
    let first = j + 1;
    while (first < last && !tokens[first]!.word) first++;
    // (So is one of four words or more that opens the clause before a conjunction: 'As Hale said
    // last week, “the levee is weak,” and nobody listened'; a scare quote stays in the clause.)
    // (Not one the clause goes on after with its verb: 'As she puts it, "the best thing we have
    // going for us" is that …'.)
    let quotedWords = 0;
    let k = first;
    for (; k <= last && ctx.quoted[k]; k++) if (tokens[k]!.word) quotedWords++;
    while (k <= last && !tokens[k]!.word) k++;
    const closes = k > last || lex.coordinators.has(tokens[k]!.key) || lex.verbConjunctions.has(tokens[k]!.key);
    if (ctx.quoted[first] && ((quotedWords >= 4 && closes) || mostlyQuoted(spans, tokens[j + 1]!.start, end))) return null;
    return { start: tokens[j + 1]!.start, end, kind: 'indirect', rule: 'quotes/indirect-accord', cue: c, speaker: s };
  };

  for (const c of cues) {
    // A naming verb reports its object at most ("called the plan a disaster").
    if (c.verb?.naming && !c.verb.object) continue;
    const first = tokens[c.from]!;
    const last = sentenceEnd(c.from);
    const sStart = sentenceStart(c.from);
    if (!c.speaker) {
      // "When asked whether he would run, …", "Asked what she thought, …": a reported question
      // whose asker the sentence does not name (an interviewer, reporters) is still reported speech.
      const q = c.kind === 'verb' && lex.askingVerbs.has(tokens[c.to - 1]!.key) ? markedContent(ctx, c, last) : -1;
      if (q > 0 && !lex.infinitiveMarkers.has(tokens[q]!.key)) {
        const start = tokens[q]!.start;
        // (A question's topic is a noun phrase, which ends as an object does.)
        let end = contentEnd(q, last, c, lex.questionTopics.has(tokens[q - 1]!.key));
        // "Asked whether the levee would hold, the mayor hesitated": a question that opens the
        // sentence ends at its comma.
        // A comma inside the quotation counts ('Asked whether X is “fit to serve,” 75 percent said yes').
        // ("And when asked who …, the majority named Britain": past a conjunction that opens it.)
        if (wordsBetween(tokens, pastConjunction(ctx, sStart), c.from - 1) <= 1) {
          let j = q;
          while (j < last && tokens[j]!.text !== ',') j++;
          if (tokens[j]!.text === ',' && tokens[j]!.end <= end) end = tokens[j - 1]!.end;
        }
        // ("said when asked by a reporter if …": the agent after the verb asks.)
        const agent = lex.agentPrepositions.has(tokens[c.to]?.key ?? '') && c.to + 1 < q ? speakerStartingAt(ctx, c.to + 1) : undefined;
        if (end > start && wordsBetween(tokens, q, ctx.tokenAt(end - 1)) >= 3 && !inSpan(start)) out.push({ start, end, kind: 'indirect', rule: 'quotes/indirect-question', cue: c, ...(agent && agent.end <= tokens[q]!.start ? { speaker: agent } : {}) });
      }
      continue;
    }
    if (c.kind === 'colon') {
      // "Sanders: Brexit's message could draw Trump support": a named person or body that opens
      // the sentence, a colon, and words that are no quotation (those are read from their marks).
      // Nothing before the name but capitalised words ("Mayor", "Sen.").
      const at = ctx.tokenAt(c.speaker.start);
      let opens = at - sStart <= 3;
      for (let i = sStart; opens && i < at; i++) opens = tokens[i]!.word && tokens[i]!.cap;
      // Not a place, nor a country unless it speaks in the first person (« Iran : nous riposterons »):
      // « Syrie : Assad ne contrôle que 30 % du pays » names the subject of a headline.
      const next = tokens[c.to];
      let firstPerson = false;
      for (let i = c.to; c.speaker.type === 'country' && !firstPerson && i <= Math.min(last, c.to + 1); i++) firstPerson = lex.selfPronouns.has(tokens[i]!.key);
      // (Before the colon, past capitalised words, signs and a reporting verb only, "Sally Sami
      // (@sallysami):", « Sally Sami annonce : »; not the subject of a clause, "Bill is back: …".)
      let adjacent = true;
      for (let i = ctx.tokenAt(c.speaker.end - 1) + 1; i < c.from && adjacent; i++) adjacent = !tokens[i]!.word || tokens[i]!.cap || lex.verbs.has(tokens[i]!.key) || lex.isAdverb(tokens[i]!.key) || (auxiliaryAt(ctx, i) && !lex.passiveAuxiliaries.has(tokens[i]!.key));
      // (Nor a label that an article opens, "The Latest: Cruz to give away …", but a body's name or
      // a person's role, « Le maire Paul Morel : … ».)
      const label = (lex.determiners.has(tokens[at]!.key) || ctx.articles.has(tokens[at]!.key)) && c.speaker.type !== 'organisation' && c.speaker.type !== 'person';
      // A phrase of three words at most whose head speaks or holds findings ("Poll: …", "Clinton
      // camp: …", « Sondage : … ») is a source too; not a rubric ("Analysis: …", « Bilan : … »).
      const head = tokens[ctx.tokenAt(c.speaker.end - 1)]!;
      const source = c.speaker.form === 'phrase' && wordsBetween(tokens, at, ctx.tokenAt(c.speaker.end - 1), 4) <= 3 && (lex.speakerNouns.has(head.key) || lex.documentNouns.has(head.key)) && !lex.rubrics.has(head.key);
      const named = (c.speaker.ref || source) && c.speaker.type !== 'place' && (c.speaker.type !== 'country' || firstPerson) && opens && adjacent && !label;
      if (named && next?.word && next.sentence === first.sentence && !inSpan(next.start)) {
        const end = contentEnd(c.to, last, c);
        if (wordsBetween(tokens, c.to, ctx.tokenAt(end - 1)) >= 3) out.push({ start: next.start, end, kind: 'indirect', rule: 'quotes/indirect-colon', cue: c, speaker: c.speaker });
      }
      continue;
    }
    if (c.kind === 'verb') {
      const accord = accordContent(c, sStart, last);
      if (accord !== undefined) {
        if (accord) out.push(accord);
        continue;
      }
      // a. "X a déclaré (mardi) (à CNN) que …", "X said (in a statement) that …"
      let k = c.after && c.speaker ? ctx.tokenAt(c.speaker.end - 1) + 1 : c.to;
      let content = -1;
      let bare = false;
      let topic = false;
      // A bare clause after the person told ("told reporters the plan was dead").
      let told = false;
      // The content is a relative clause opened after a comma: it ends at the next comma.
      let relative = false;
      let relativeClause = false;
      let subjectAt = -1;
      // The clause's pronoun follows the comma that closes an adjunct after the verb.
      let commaClause = false;
      // The cue is a noun that a relative clause follows ("The mayor's remarks that were …").
      let nounRelative = false;
      // "said in an interview with The Associated Press last week that", « déclarant lors d'un
      // sommet de l'OTAN la semaine dernière que »: past a phrase that says where the speaker
      // spoke, the complementizer may stand further.
      // "welcomed the plan that …", "pointed to a number of factors that …": after an object verb (not
      // one of the person told), a "that" behind a noun phrase opens its relative, not the report;
      // no complementizer is looked for, and the object holds the relative.
      const event = speechEventAt(ctx, k);
      // ("that" is also a determiner, and "this morning" is a time phrase, not an object.)
      // (Nor « ce mardi », "this week": a day or a word of time after one of `timeDeterminers`.)
      const timeAt = timeDeterminerAt(ctx, k);
      const objectFirst = !!c.verb?.object && !event && !c.after && lex.determiners.has(tokens[k]?.key ?? '') && !lex.complementizers.has(tokens[k]!.key) && !lex.adverbs.match(keyReader(tokens, first.sentence), k) && !lex.recipientVerbs.has(tokens[c.to - 1]!.key) && !timeAt;
      // "says the increase in polarization that Bloomberg decries also makes …": a noun phrase
      // opened by a determiner right after a verb that takes a bare clause (not one of telling) is
      // that clause's subject, and its "that" opens a relative; not a time phrase ("said this week
      // that", "said a few days ago that"), which `timePhrase` finds once the "that" is found, nor
      // a phrase of two words, as often the person told ("showed the world that", "wrote the
      // committee that").
      const subjectFirst = !!c.verb && (!!c.verb.bare || (!c.verb.object && c.class !== 'warn')) && !event && !c.after && !lex.recipientVerbs.has(tokens[c.to - 1]!.key) && lex.determiners.has(tokens[k]?.key ?? '') && ![lex.complementizers, ctx.links].some((set) => set.has(tokens[k]!.key));
      const timePhrase = (i: number) => {
        for (let n = k; n < i; n++) if (lex.isTimeWord(tokens[n]!.key)) return true;
        return false;
      };
      // After a verb of telling, past the person told and where ("told a crowded banquet hall at a
      // hotel in downtown Baltimore that"), not past a second object, whose "that" may be a relative
      // ("told reporters a long story about a voter that he met").
      let secondObject = false;
      for (let p = k + 1; p <= Math.min(last, k + 10) && !secondObject; p++) {
        // (Up to the clause: a complementizer, a pronoun, an auxiliary or a verb.)
        if (lex.complementizers.has(tokens[p]!.key) || lex.isPronoun(tokens[p]!.key) || auxiliaryAt(ctx, p) || lex.verbs.has(tokens[p]!.key)) break;
        secondObject = lex.determiners.has(tokens[p]!.key) && !!tokens[p - 1]?.word && ![lex.boundaries, lex.determiners, ctx.links].some((set) => set.has(tokens[p - 1]!.key)) && !lex.isAdverb(tokens[p - 1]!.key);
      }
      // (Counted past days and adverbs: « a affirmé mardi devant le tribunal de Cranval que ».)
      const adverbialsEnd = pastAdverbials(ctx, k, last, true);
      let reach = objectFirst ? -1 : adverbialsEnd + (event ? 14 : lex.recipientVerbs.has(tokens[c.to - 1]!.key) && !secondObject ? 10 : 6);
      // Where a phrase of where the speaker spoke opens, if one does.
      let eventAt = event ? k : -1;
      // (Whether the speaker before the verb opens its clause, no preposition before it.)
      const subjectOpen = !!c.speaker && !prepositionAt(ctx, ctx.tokenAt(c.speaker.start) - 1);
      for (let i = k; i <= Math.min(last, reach); i++) {
        const t = tokens[i]!;
        // ("said earlier on Friday during a news conference that": the phrase may follow an adjunct.)
        if (i > k && reach >= 0 && reach < i + 14 && speechEventAt(ctx, i)) {
          reach = i + 14;
          eventAt = i;
        }
        // (« s'indigne un habitant, qui n'a donné que son prénom »: an exceptive « que » of another
        // clause is no complementizer. One of the cue's own still opens what it reports: « n'a
        // annoncé que 300 évacuations ».)
        if (lex.complementizers.has(t.key) && exceptiveBefore(c.to, i)) break;
        // (Nor the last word of a subordinating phrase: « afin que », « alors que »; not one whose
        // first word follows the verb, an adverb then: « assure alors qu'il sera ».)
        if (lex.complementizers.has(t.key) && i > k + 1 && (lex.subordinators.match(keyReader(tokens, t.sentence), i - 1)?.words.length ?? 0) > 1) break;
        if (lex.complementizers.has(t.key)) {
          // (Three words after a verb that takes a bare clause, or that asserts, as often the person
          // told: « a assuré ses partenaires que »; two after any other; not a noun of a position
          // held, whose "that" opens what is held: "maintained its position that".)
          if (subjectFirst && i - k >= (c.verb?.bare || c.class === 'assert' ? 3 : 2) && !timePhrase(i) && !lex.clauseNouns.has(tokens[i - 1]!.key)) break;
          // "emailed a memo that outlined …", "chanted slogans that called for …": after a noun, a
          // "that" followed by a verb is a relative pronoun; reported content has its own subject.
          const v = tokens[i + 1];
          // (Not a negation before the clause's subject: « déclare que jamais il ne s'alliera ».)
          const subjectAfter = lex.pronouns.has(tokens[i + 2]?.key ?? '') || lex.pronouns.has(tokens[i + 3]?.key ?? '');
          // (A form followed by a verb of its own is the clause's subject, a noun: "told analysts
          // that demand remained strong".)
          const then = tokens[i + 2];
          const subjectNoun = !!then?.word && then.sentence === t.sentence && !then.cap && lex.verbs.has(v?.key ?? '') && !lex.auxiliaries.has(v?.key ?? '') && ((auxiliaryAt(ctx, i + 2) && !lex.modalAuxiliaries.has(then.key)) || (lex.isPastParticiple(then.key) && !lex.verbs.has(then.key)));
          const verbNext = !!v?.word && v.sentence === t.sentence && !v.cap && !subjectAfter && !subjectNoun && (lex.verbs.has(v.key) || lex.auxiliaries.has(v.key) || lex.isPastParticiple(v.key) || verbWithObject(ctx, i + 1));
          let noun = false;
          for (let n = k; n < i && !noun; n++) noun = tokens[n]!.word && !lex.isAdverb(tokens[n]!.key) && !lex.isCalendar(tokens[n]!.key) && !lex.boundaries.has(tokens[n]!.key);
          // "said that was a mistake", "said that's not true": a complementizer that is also a
          // demonstrative ("that", not « que »), with an auxiliary (not "not") or a contraction
          // right after it, is the clause's subject.
          const glued = !!v && !v.word && v.start === t.end && /^['’]$/.test(v.text) && tokens[i + 2]?.word === true && tokens[i + 2]!.start === v.end;
          // (Not after a cue that is a noun: after a possessive, a determiner, a preposition or a
          // verb, "The mayor's remarks that were featured", "raised questions that would be"; nor
          // after an "-s" form that may be one, unless a pronoun or a name is its subject.)
          const cueWord = tokens[c.from]!;
          const beforeCue = tokens[c.from - 1];
          const before = beforeCue?.word && beforeCue.sentence === t.sentence ? beforeCue : undefined;
          const possessed = !!before && lex.possessiveClitics.has(before.key) && /^['’]$/.test(tokens[c.from - 2]?.text ?? '');
          const nounish = c.to - c.from === 1 && lex.nounLike.has(cueWord.key) && !!before && !before.cap && (possessed || ((lex.determiners.has(before.key) || ctx.articles.has(before.key)) && !lex.quantifiers.has(before.key)) || lex.nounPrepositions.has(before.key) || lex.isPastParticiple(before.text.toLowerCase()) || (lex.verbs.has(before.key) && !lex.auxiliaries.has(before.key)));
          const plainPlural = pluralForm(cueWord.key, lex);
          // (A plain form is a verb after a plural: "One in five say", "polls show"; not "a
          // congressional report that could".)
          const plural = !!before && (before.key.endsWith('s') || lex.quantifiers.has(before.key) || /^\p{N}/u.test(before.text));
          const verbal = !nounish && (c.to - c.from > 1 || !lex.nounLike.has(cueWord.key) || (!!before && (before.cap || lex.isPronoun(before.key))) || (!plainPlural && plural));
          // (Not an inverted condition before its comma: "said that had the bill passed, taxes …".)
          let inverted = false;
          const subjectAfterAux = tokens[i + 2];
          if (subjectAfterAux?.word && (lex.determiners.has(subjectAfterAux.key) || lex.isPronoun(subjectAfterAux.key) || subjectAfterAux.cap)) for (let n = i + 3; n <= Math.min(last, i + 8) && !inverted; n++) inverted = tokens[n]!.text === ',';
          const demonstrative = i === k && verbal && !inverted && lex.determiners.has(t.key) && !!v && v.sentence === t.sentence && (glued || (auxiliaryAt(ctx, i + 1) && !lex.isAdverb(v.key) && !lex.isGerund(v.key) && !lex.degreeWords.has(v.key)));
          // ("The mayor's remarks that were broadcast": after a cue that is a noun, the same "that"
          // is a relative pronoun.)
          nounRelative = verbNext && i === k && nounish && !event;
          // ("said on a conference call that lasted an hour that …": after the noun of where the
          // speaker spoke, a "that" before a verb is a relative on that noun; a later one may open
          // the content.)
          if (event && verbNext && i > k && !demonstrative) continue;
          if (demonstrative) content = i;
          else if (!(verbNext && (noun || nounRelative) && !event)) content = i + 1;
          break;
        }
        // "said — on Twitter, as it happens — that": a parenthesis between dashes is skipped (a
        // dash typed "--" is two tokens).
        if (DASH.test(t.text)) {
          let open = i;
          while (open < last && DASH.test(tokens[open + 1]!.text)) open++;
          let close = open + 1;
          while (close <= Math.min(last, open + 12) && !DASH.test(tokens[close]!.text)) close++;
          if (close <= Math.min(last, open + 12) && close > open + 1) {
            while (close < last && DASH.test(tokens[close + 1]!.text)) close++;
            reach += close - i + 1;
            i = close;
            continue;
          }
        }
        // 'told MSNBC's "Morning Joe" that': a show's title in quotation marks, four words at most in
        // title case, is part of the person told.
        const title = !t.word && i > k ? opening.get(t.start) : undefined;
        if (title) {
          let close = titleWordsEnd(i, last);
          if (close >= 0 && close <= last) {
            while (close <= last && !tokens[close]!.word && tokens[close]!.start < title.close + 1) close++;
            reach += close - i;
            i = close - 1;
            continue;
          }
        }
        if (!t.word && t.text !== ',' && !/^['’‘]$/.test(t.text)) break;
        // "think Obama advanced this agenda, but that there is more to do": a "that" after a comma and
        // a conjunction opens a second clause; the first one, bare, is the content's start.
        if (t.text === ',' && i > k && [lex.coordinators, lex.verbConjunctions].some((set) => set.has(tokens[i + 1]?.key ?? ''))) break;
        // "called himself pro-choice, stances that he has since abandoned", "called himself a
        // moderate, a label that …", "…, though in a news conference last week he …", "…, where
        // she was accompanied", "…, she criticized …": a comma before a plain word in lower case, a
        // determiner, a subject pronoun, a relative or a subordinating word ends the verb's phrase,
        // unless the verb's complementizer comes after a parenthesis that another comma closes
        // ("told Hale, the mayor, that", « affirmait même, fin avril, que »), in a cleft (« Ce que
        // le maire a dit au conseil, c'est que ») or past a list's last item ("assured parents,
        // teachers and students that"). A name, a preposition or an adverb after the comma goes on
        // ("at a rally in Columbus, Ohio, on Tuesday that", "said, however, that"). "The truth,
        // Cruz said, was that …" is then read around the incise.
        const after = tokens[i + 1];
        const clauseAfter = !!after?.word && after.sentence === t.sentence && !lex.complementizers.has(after.key) && (lex.relatives.has(after.key) || lex.interrogatives.has(after.key) || lex.pronouns.has(after.key) || !!lex.subordinators.match(keyReader(tokens, t.sentence), i + 1));
        const plainAfter = clauseAfter || (!!after?.word && !after.cap && after.sentence === t.sentence && ![lex.boundaries, lex.complementizers, lex.relatives].some((set) => set.has(after.key)) && !lex.isAdverb(after.key) && !lex.isPronoun(after.key) && !lex.adverbs.match(keyReader(tokens, t.sentence), i + 1));
        // ("said on Monday, she would …", "said during the meeting, they would …": after a verb that
        // takes a bare clause and an adjunct only, the pronoun after the comma opens that clause; not
        // where a preposition opens the phrase before the verb, whose noun it then is or qualifies:
        // "from my normal reporting post in Cairo, I …", "In eight years now recalled for …, he …".)
        if (t.text === ',' && i > k && c.verb?.bare && !c.after && subjectOpen && lex.pronouns.has(after?.key ?? '') && after!.sentence === t.sentence && ((opensAdjunct(ctx, keyReader(tokens, t.sentence), k) && !lex.isAdverb(tokens[k]!.key) && adjunctOnly(ctx, k, i - 1)) || dateOnly(ctx, k, i - 1))) {
          subjectAt = i + 1;
          commaClause = true;
          break;
        }
        if (t.text === ',' && i > k && plainAfter) {
          let open = false;
          for (let n = i + 1; n <= Math.min(last, i + 12) && !open && !lex.complementizers.has(tokens[n]!.key); n++) {
            const complementizer = lex.complementizers.has(tokens[n + 1]?.key ?? '');
            // (A list's coordinator, its last item and the complementizer: "parents, teachers and students that".)
            const listEnd = lex.coordinators.has(tokens[n]!.key) && [2, 3, 4].some((d) => lex.complementizers.has(tokens[n + d]?.key ?? ''));
            open = listEnd || (complementizer && (tokens[n]!.text === ',' || (n <= i + 4 && auxiliaryAt(ctx, n))));
          }
          if (!open) break;
        }
        // (« a soutenu mercredi, lors d'un conseil municipal houleux, que »: a parenthesis between
        // commas, with no verb of its own, before the complementizer, reaches it.)
        // (Only after days and adverbs, not after an object: « ne reconnaît pas la justice
        // canadienne, trop imparfaite, que … ».)
        if (t.text === ',' && i > k && !ctx.quoted[i] && reach >= 0 && adverbialsEnd >= i) {
          for (let n = i + 1; n <= Math.min(last, i + 12); n++) {
            const w = tokens[n]!;
            if (ctx.quoted[n] || (w.word && (anyAuxiliaryAt(ctx, n) || [lex.verbs, lex.complementizers, lex.relatives].some((set) => set.has(w.key))))) break;
            if (w.text === ',' && lex.complementizers.has(tokens[n + 1]?.key ?? '')) {
              reach = Math.max(reach, n + 1);
              break;
            }
          }
        }
        // A capitalised word inside the sentence is part of a name ("told The Associated Press that", "The Huffington Post").
        // (Not the noun of a phrase of where the speaker spoke: "said in his remarks that"; nor a
        // verb's "-s" form right after a word that opens a subordinate phrase, a plural noun then:
        // "said after talks on Thursday that"; not "when asked about concerns that".)
        const eventNoun = eventAt >= 0 && i > eventAt && lex.nounLike.has(t.key) && !!lex.speechEventNouns.match(keyReader(tokens, t.sentence), i);
        const prep = tokens[i - 1];
        const pluralAfterPreposition = i > k && !!prep?.word && !prep.cap && t.key.endsWith('s') && !lex.isPastForm(t.key) && lex.boundaries.has(prep.key) && !lex.complementizers.has(prep.key) && lex.subordinators.match(keyReader(tokens, t.sentence), i - 1)?.words.length === 1;
        // (A verb form after a channel's link that holds its article, or its link and an article, is
        // the people spoken to: « a expliqué aux jurés que », « à la juge que »; not an object's noun,
        // whose "that" it holds: "reiterated his request that", « a nié le fait que ».)
        const prior = tokens[i - 1];
        const spokenTo = (n: number) => lex.channelLinks.match(keyReader(tokens, t.sentence), n)?.words.length === 1;
        const noun = !!prior?.word && ((lex.contractedLinks.has(prior.key) && spokenTo(i - 1)) || (ctx.articles.has(prior.key) && spokenTo(i - 2)));
        // (Nor a past participle right after that phrase's noun, which it qualifies: "said in a video
        // posted online that".)
        const eventParticiple = eventAt >= 0 && i > eventAt + 1 && lex.isPastParticiple(t.text.toLowerCase()) && !!lex.speechEventNouns.match(keyReader(tokens, t.sentence), i - 1);
        if (i > k && lex.verbs.has(t.key) && !(t.cap && !t.initial) && !eventNoun && !pluralAfterPreposition && !noun && !eventParticiple) break;
        // "said there was clear evidence that", "said the truth is that", "says there needs to be a
        // law that": an auxiliary after a word that may end a subject (any word but an auxiliary, a
        // preposition or link, an adverb, a verb, a relative or a determiner) or
        // after an infinitive marker is the verb of a clause of the speaker's, whose "that" is its
        // own. Not a particle after an adverb, a preposition or another auxiliary (« ne pense
        // également pas que », « affirme ne pas », « a promis de se »), a relative clause's verb
        // ("told reporters who were gathered outside that"), nor « est » after an article (« dans
        // l'est du pays que »).
        const w = tokens[i - 1]!;
        const subjectBefore = lex.infinitiveMarkers.has(w.key) || (![lex.auxiliaries, lex.boundaries, ctx.links, lex.relatives, lex.determiners].some((set) => set.has(w.key)) && !lex.isAdverb(w.key) && !lex.verbs.has(w.key) && !ctx.articles.has(w.key));
        // (« Ce que le maire a dit au conseil, c'est que … », « Tout ce qu'il demande c'est que … »: a
        // word that takes up the subject, after a comma or right after the cue, with the
        // complementizer right after its auxiliary, introduces the cue's own content.)
        const cleft = (tokens[i - 2]?.text === ',' || i === k + 1) && lex.complementizers.has(tokens[i + 1]?.key ?? '');
        if (i > k && auxiliaryAt(ctx, i) && w.word && subjectBefore && !cleft) break;
        // "says he wants an economy that works": a subject opens a clause of its own, whose
        // "that" is not the cue's.
        if (lex.pronouns.has(t.key)) {
          subjectAt = i;
          break;
        }
        // So does a name followed by a verb ("said Mr. Manafort envisioned an approach that …").
        const named = ctx.mentionStarting.get(i);
        if (named && named.type !== 'place') {
          const w = tokens[ctx.tokenAt(named.end - 1) + 1];
          // (Not the noun of a phrase of where the speaker spoke: "said in an Instagram post that".)
          const eventNoun = eventAt >= 0 && i > eventAt && !!w && !!lex.speechEventNouns.match(keyReader(tokens, t.sentence), ctx.tokenAt(w.start));
          if (w?.word && !w.cap && w.sentence === t.sentence && (lex.auxiliaries.has(w.key) || lex.verbs.has(w.key)) && !eventNoun) break;
        }
      }
      if (nounRelative) continue;
      // "asked why he trailed": the question opens the content before any bare clause is looked for.
      if (content < 0 && !c.after && lex.askingVerbs.has(tokens[c.to - 1]!.key)) {
        content = markedContent(ctx, c, last);
        // A question's topic is a noun phrase, read as an object ("asked Clinton about her email
        // scandal and decided against …").
        topic = content > 0 && lex.questionTopics.has(tokens[content - 1]!.key);
      }
      // "did not say who was driving", "would not say what caused it": a question right after a
      // verb that takes a clause (its word is also a relative or a link, so no bare clause opens).
      // Not a subordinating word ("said when asked about …"), and a word that is also a relative only
      // after an auxiliary ("the minister said which angered …" is a relative clause).
      const question = tokens[c.to]?.key ?? '';
      // (After a negated verb, a subordinating word is the question's: "did not say when the road
      // would reopen".)
      let negatedCue = false;
      for (let i = c.from; i < c.to && !negatedCue; i++) negatedCue = lex.contrastNegations.has(tokens[i]!.key);
      // (Not before a participle, a reduced clause of the speaker's: "would not say when asked".)
      const reducedAfter = !!tokens[c.to + 1]?.word && (lex.isPastParticiple(tokens[c.to + 1]!.key) || lex.isGerund(tokens[c.to + 1]!.key));
      const asks = () => lex.interrogatives.has(question) && ((negatedCue && !reducedAfter) || !lex.subordinators.match((i) => (i === 0 ? question : undefined), 0)) && (!lex.relatives.has(question) || c.to - c.from > 1);
      if (content < 0 && !c.after && c.verb?.bare && asks() && tokens[c.to]!.sentence === first.sentence && hasClauseWord(ctx, c.to + 1, Math.min(last, c.to + 6))) content = c.to;
      // "warned it could make matters worse", "feared they would lose": any reporting verb takes a
      // clause whose subject pronoun is followed by an auxiliary.
      const pronounClause = tokens[c.to];
      if (content < 0 && !c.after && !c.verb?.bare && pronounClause?.word && lex.pronouns.has(pronounClause.key) && lex.auxiliaries.has(tokens[c.to + 1]?.key ?? '') && tokens[c.to + 1]!.sentence === first.sentence) {
        content = c.to;
        bare = true;
      }
      // (So does a verb that takes the person told, when a noun phrase of three words at most that a
      // determiner opens is followed by a finite auxiliary: "warned the dam could fail".)
      if (content < 0 && !c.after && !c.verb?.bare && pronounClause?.word && lex.determiners.has(pronounClause.key) && !lex.objectPronouns.has(pronounClause.key) && lex.recipientVerbs.has(tokens[c.to - 1]!.key)) {
        let j = c.to + 1;
        while (j <= c.to + 3 && tokens[j]?.word && tokens[j]!.sentence === first.sentence && !tokens[j]!.cap && ![lex.determiners, lex.boundaries, lex.verbs, lex.auxiliaries, lex.complementizers, lex.relatives].some((set) => set.has(tokens[j]!.key))) j++;
        if (j > c.to + 1 && finiteAfterPhrase(ctx, j)) {
          content = c.to;
          bare = true;
        }
      }
      if (content < 0 && c.verb?.bare && !c.after) {
        // "told reporters he would", "said the plan": skip an object, then a clause.
        const recipient = lex.recipientVerbs.has(tokens[c.to - 1]!.key);
        if (recipient && tokens[k]?.word && !lex.infinitiveMarkers.has(tokens[k]!.key) && (lex.objectPronouns.has(tokens[k]!.key) || ctx.mentionStarting.has(k) || !tokens[k]!.cap || lex.determiners.has(tokens[k]!.key)) && tokens[k]!.sentence === first.sentence) {
          const told = k;
          if (lex.determiners.has(tokens[k]!.key)) {
            // "told a Senate panel (Wednesday)", "told the committee the plan …": the whole noun phrase.
            k++;
            for (let n = 0; n < 5; n++) {
              const w = tokens[k];
              // (A name's capitalised word is no verb: "told the Echo: …".)
              const m = ctx.mentionStarting.get(k);
              const named = !!m && !!w?.cap;
              if (!w?.word || w.sentence !== first.sentence || ([lex.determiners, lex.boundaries, lex.verbs, lex.auxiliaries, lex.complementizers].some((set) => set.has(w.key)) && !named) || lex.isPronoun(w.key) || lex.isAdverb(w.key)) break;
              // (A name after a noun in lower case opens the clause: "told the crowd Clinton wants …".)
              if (n > 0 && w.cap && !tokens[k - 1]!.cap && !ctx.links.has(tokens[k - 1]!.key)) break;
              k = m ? ctx.tokenAt(m.end - 1) + 1 : k + 1;
            }
          } else {
            // "told host Sean Hannity": a role word before the name.
            if (!tokens[k]!.cap && !ctx.mentionStarting.has(k) && (ctx.mentionStarting.get(k + 1)?.type ?? 'place') !== 'place') k++;
            const m = ctx.mentionStarting.get(k);
            k = m ? ctx.tokenAt(m.end - 1) + 1 : k + 1;
          }
          // "told BuzzFeed's Ben Smith he would": the recipient is the possessor's person.
          if (possessiveAt(ctx, k) && tokens[k + 2]?.cap && tokens[k + 2]!.sentence === first.sentence) {
            k += 2;
            const owned = ctx.mentionStarting.get(k);
            if (owned) k = ctx.tokenAt(owned.end - 1) + 1;
            else while (tokens[k]?.cap && tokens[k]!.sentence === first.sentence) k++;
          }
          // "The mayor promised the pool would reopen": a phrase that an auxiliary follows is the
          // clause's subject, not the person told.
          if (k > told && !lex.objectPronouns.has(tokens[told]!.key) && finiteAfterPhrase(ctx, k)) k = told;
        }
        // "said Tuesday he would", "said later the plan": adverbs and days before the clause.
        // "said on Friday he met": a preposition and a day, too.
        for (;;) {
          const w = tokens[k];
          if (!w?.word || w.sentence !== first.sentence || ctx.mentionStarting.has(k)) break;
          // "said Monday's decision will …": a day with a possessive opens the clause.
          if (possessiveAt(ctx, k + 1)) break;
          // (A word of time after a day is part of it: "said Friday afternoon".) Not an adverb that
          // bears on the amount after it: "said only 12 people", "said roughly 300 homes", "said
          // nearly half of residents", "said nearly every county".
          const amount = tokens[k + 1]?.word && tokens[k + 1]!.sentence === w.sentence && (/^\p{N}/u.test(tokens[k + 1]!.text) || [lex.amountWords, lex.quantifiers, lex.collectiveNouns, lex.determiners].some((set) => set.has(tokens[k + 1]!.key)));
          const counts = !!amount && (lex.focusAdverbs.has(w.key) || lex.approximators.match(keyReader(tokens, w.sentence), k)?.words.length === 1);
          if (counts) break;
          // (Not an infinitive's marker, an adverb and a verb: "vowed to quickly punish them" is an
          // infinitive, which the marker opens.)
          const split = lex.infinitiveMarkers.has(w.key) && !!tokens[k + 2]?.word && !tokens[k + 2]!.cap && ![lex.boundaries, lex.determiners, lex.complementizers].some((set) => set.has(tokens[k + 2]!.key)) && !lex.isPronoun(tokens[k + 2]!.key) && !lex.isAdverb(tokens[k + 2]!.key);
          if (lex.isAdverb(w.key) || (lex.timeWords.has(w.key) && lex.isCalendar(tokens[k - 1]?.key ?? ''))) {
            k++;
            continue;
          }
          // (« a annoncé ce mardi la réouverture », « a annoncé fin mars la fermeture »: one of
          // `timeDeterminers` and a day or a word of time.)
          if (timeDeterminerAt(ctx, k) && tokens[k + 1]!.sentence === w.sentence) {
            k += 2;
            continue;
          }
          // (« a annoncé lundi dans un communiqué la suppression de 300 postes ».)
          const event = eventPhraseEnd(ctx, k);
          if (event > k) k = event;
          else if (lex.boundaries.has(w.key) && !lex.complementizers.has(w.key) && tokens[k + 1]?.word && tokens[k + 1]!.sentence === first.sentence && lex.isAdverb(tokens[k + 1]!.key) && !split) k += 2;
          else break;
        }
        if (commaClause && tokens[k]?.text === ',' && subjectAt === k + 1) k = subjectAt;
        // "said in a statement Thursday night they pulled …": an adjunct, then a pronoun's clause.
        // The adjunct is a preposition and a noun phrase (not "said after she …", "said when he …").
        const np = tokens[k + 1];
        // (Or one plain noun, which is then part of what was said: "Pence said in politics it takes
        // time to …"; not after an infinitive's marker or an agent's preposition, "echoed by
        // everyone I interviewed", and with two words at least after the clause's pronoun.)
        const clauseGoes = tokens[subjectAt + 2]?.word === true && tokens[subjectAt + 2]!.sentence === first.sentence;
        const bareNoun = subjectAt === k + 2 && clauseGoes && !!np?.word && !np.cap && !lex.infinitiveMarkers.has(tokens[k]!.key) && !lex.agentPrepositions.has(tokens[k]!.key) && ![lex.boundaries, lex.verbs, lex.auxiliaries, lex.relatives, lex.complementizers, lex.objectPronouns].some((set) => set.has(np.key)) && !lex.isAdverb(np.key) && !lex.subordinators.match(keyReader(tokens, first.sentence), k);
        const adjunctAt = bareNoun && !speechEventAt(ctx, k) ? k : -1;
        if (subjectAt > k + 1 && lex.boundaries.has(tokens[k]!.key) && !lex.complementizers.has(tokens[k]!.key) && np?.word && !lex.isPronoun(np.key) && (lex.determiners.has(np.key) || np.cap || bareNoun)) k = subjectAt;
        const t = tokens[k];
        if (t?.word && t.sentence === first.sentence && bareClauseAt(ctx, k) && (!c.verb.bareNeedsVerb || verbOfClause(ctx, k))) {
          content = adjunctAt >= 0 && k === subjectAt ? adjunctAt : k;
          bare = true;
          told = recipient && k > c.to;
        } else if (t?.word && t.sentence === first.sentence && k === c.to && relativeSubject(ctx, c)) {
          // "the changes, which officials said will take effect in May, …": the relative
          // clause's verb follows the cue; the content is the rest of that clause.
          content = k;
          bare = true;
          relativeClause = true;
          relative = true;
        }
      }
      // "Rubio says, win or lose in Florida, he's staying in the race": after the verb's comma, a
      // phrase between commas, then a pronoun's clause; the phrase is the clause's.
      if (content < 0 && c.verb?.bare && !c.after && k === c.to && tokens[k]?.text === ',' && !ctx.quoted[k]) {
        let close = k + 1;
        while (close <= Math.min(last, k + 12) && (tokens[close]!.word || possessiveAt(ctx, close)) && !ctx.quoted[close]) close++;
        const subject = tokens[close + 1];
        // (Not a pronoun whose own verb reports: "Clinton said, for the record, she supports the deal".)
        // (Nor a parenthesis that is a report of its own: "He said, according to aides, he would run".)
        const reports = (cuesOf.get(first.sentence) ?? []).some((o) => o !== c && ((!!o.speaker && o.speaker.start === subject?.start) || (o.from > k && o.from < close)));
        if (close > k + 2 && tokens[close]?.text === ',' && subject?.word && lex.pronouns.has(subject.key) && subject.sentence === tokens[k]!.sentence && !reports) {
          content = k + 1;
          bare = true;
        }
        // "Reuters reported, citing three sources, that the talks had stalled": a parenthesis, then
        // the verb's own complementizer; the clause after it is the content.
        const after = tokens[close + 2];
        if (content < 0 && close > k + 1 && tokens[close]?.text === ',' && subject?.word && lex.complementizers.has(subject.key) && subject.sentence === tokens[k]!.sentence && !!after?.word && after.sentence === subject.sentence && !ctx.quoted[close + 1]) content = close + 2;
      }
      // An infinitive that a verb or an adjective governs ("tried to argue", "hoped to find") reports
      // a clause opened by a complementizer or a pronoun ("tried to argue that …", "hastened to add
      // he …"), or an object when its verb takes one ("tried to discuss the race"): "to find common
      // ground", "to claim the nomination when …" are aims, not speech.
      if (c.catenative && !c.verb?.object && (content < 0 || (bare && !lex.isPronoun(tokens[content]!.key)))) continue;
      if (content < 0 && !c.after) content = markedContent(ctx, c, last);
      // "46 percent of voters said yes", "after half said so": a one-word answer right after a
      // verb of saying, at the end of its clause, is what was said ("said no to the war" is a
      // refusal of its object).
      const answerAt = tokens[c.to];
      const answer = (content < 0 || (bare && content === c.to)) && !c.after && c.class === 'say' && !!c.verb?.bare && !!answerAt?.word && lex.answerWords.has(answerAt.key) && answerAt.sentence === first.sentence && (!tokens[c.to + 1]?.word || tokens[c.to + 1]!.sentence !== first.sentence || (lex.boundaries.has(tokens[c.to + 1]!.key) && !lex.infinitiveMarkers.has(tokens[c.to + 1]!.key)));
      if (answer) {
        content = c.to;
        bare = false;
      }
      // 'said "Many would consider that an embarrassment" if she did not win': a quotation that
      // the sentence goes on after opens the content, and is part of it.
      let mixed = false;
      let around = false;
      let object = topic;
      const quote = content < 0 && !c.after && c.verb?.bare ? opening.get(tokens[k]?.start ?? -1) : undefined;
      if (quote && tokens[k]!.sentence === first.sentence) {
        const after = tokens[ctx.tokenAt(quote.close - 1) + 1];
        if (after?.word && after.sentence === first.sentence) {
          content = k;
          mixed = true;
        }
      }
      if (content < 0 && !c.after && tokens[c.to]?.word && tokens[c.to]!.sentence === first.sentence) {
        // 'accused him of “inciting violent behavior”', 'called for a “clean energy economy”': a
        // quotation inside the clause after the verb makes the clause the verb's content.
        const from = tokens[c.to]!.start;
        const inner = byOpen[countAtMost(byOpen, from, (q) => q.open)];
        // A scare-quoted phrase in lower case, not a quotation after a comma ('told his
        // supporters, “our nation …”') nor a title ('told NBC’s “Today”'); the clause is no adjunct ("at a news conference, …").
        const lead = inner ? tokens[ctx.tokenAt(inner.open) - 1] : undefined;
        const firstInside = inner ? tokens[ctx.tokenAt(inner.start)] : undefined;
        // Not after a cue whose subject, right before it, follows a quotation, whose words it
        // reports ('"…," Trump told reporters, before insisting he had a "great relationship" with
        // …'; a participle after a quotation goes on with its clause: « s'est dite "…", affirmant
        // avoir "tué …" »).
        const adjacent = c.speaker.end <= tokens[c.from]!.start && ctx.tokenAt(c.speaker.end - 1) >= c.from - 2;
        const subjectAt = adjacent ? ctx.tokenAt(c.speaker.start) : c.from;
        let back = subjectAt - 1;
        while (back > sStart && tokens[back]!.text === ',') back--;
        const afterQuote = adjacent && subjectAt > sStart && (back < subjectAt - 1 ? ctx.quoted[back] || /[”"»’]/.test(tokens[back]!.text) : /[”"»’]/.test(tokens[subjectAt - 1]!.text));
        // (Not past the speaker's next predicate: 'welcomed the move but said it was "years overdue"'.)
        // (Nor a document's verb, whose object is what it shows: « Une vidéo montre les
        // "commerçants en grève" ».)
        if (inner && !afterQuote && !c.verb?.documentSubject && lead?.word && firstInside?.word && !firstInside.cap && !lex.boundaries.has(tokens[c.to]!.key) && inner.open < beforePredicate(ctx, c.to, contentEnd(c.to, last, c))) {
          content = c.to;
          // « a affirmé jeudi vouloir … »: a day before the clause is the writer's.
          while (content < last && tokens[content]!.word && lex.isCalendar(tokens[content]!.key) && tokens[content]!.end <= inner.open) content++;
          mixed = true;
          around = true;
        }
        // "Sarelec denied the allegations", "called for an independent inquiry": the object.
        let o = c.to;
        // "a exigé lundi le retrait …": days and adverbs before the object are the writer's, and a
        // word of time after a day (« a appelé mardi soir au dialogue »).
        // (And an adverbial phrase, « a appelé à plusieurs reprises au respect … ».)
        o = pastAdverbials(ctx, o, last - 1, true);
        // (And the outlet or the people spoken to, before an object that a determiner opens: « a
        // confirmé à Reuters la mort du commandant », « a annoncé aux journalistes la fin de … »; not
        // for a verb that needs its preposition: « a appelé à la grève ».)
        if (!c.verb?.objectNeeds) o = pastAdverbials(ctx, pastChannelBeforeObject(ctx, o, last), last - 1, true);
        // (And the negation after the verb: « ne dénonce pas l'attaque », « n'évoque jamais la crue »;
        // not before the link of a partitive or an infinitive, which it opens: « ne propose pas
        // d'explications ».)
        while (o < last && lex.negationWords.has(tokens[o]!.key) && tokens[o + 1]?.word && !lex.boundaries.has(tokens[o + 1]!.key) && !ctx.links.has(tokens[o + 1]!.key)) o++;
        // "called out Trump", "blasted out an email": the particle is the verb's, the object follows it.
        if (o < last && lex.verbParticles.has(tokens[o]!.key) && tokens[o + 1]?.word && !lex.boundaries.has(tokens[o + 1]!.key)) o++;
        // A naming verb reports its object only with a second complement ("called the plan a
        // disaster", "called it ridiculous", "called Oz a quack"); with none it calls someone up
        // ("called the police", "called a press conference") or names a thing ("a hotline called
        // Sarne Info", "called off the strike").
        const naming = c.verb?.naming && !namingComplement(o, last, !lex.nounLike.has(tokens[c.to - 1]!.key));
        // "criticized what she called the angry rhetoric": a free relative whose verb names the object.
        // "spoke about what he perceives as …", "praised what the engineers had done": so is any free
        // relative with a word of its clause after it.
        const named = !!tokens[o] && ((lex.interrogatives.has(tokens[o]!.key) && (cuesOf.get(first.sentence) ?? []).some((n) => n.verb?.naming && n.from > o && n.from <= o + 3 && n.speaker && ctx.tokenAt(n.speaker.start) === o + 1)) || (lex.freeRelatives.has(tokens[o]!.key) && o < last && tokens[o + 1]!.word));
        // (« appelle à la grève », not « appelle Bachar Al-Assad »: `objectNeeds`.)
        // (Not one before an amount or a medium: « a appelé la police à 3 heures », « a appelé son
        // homologue au téléphone ».)
        let needed = !c.verb?.objectNeeds;
        for (let k = o; k <= Math.min(last, o + 12) && !needed && tokens[k]!.text !== ','; k++) {
          if (!c.verb!.objectNeeds!.has(tokens[k]!.key)) continue;
          const noun = ctx.articles.has(tokens[k + 1]?.key ?? '') ? k + 2 : k + 1;
          needed = !amountAt(ctx, k + 1) && !lex.speechEventNouns.match(keyReader(tokens, first.sentence), noun);
        }
        // (Or with the preposition the verb needs, « a appelé à plusieurs reprises au respect … »,
        // not before a place or a body's name: « a appelé dimanche à Paris à … », « hier à l'Assemblée ».)
        const needsAt = o > c.to && !!c.verb?.objectNeeds?.has(tokens[o]?.key ?? '');
        const neededNoun = needsAt ? tokens[ctx.articles.has(tokens[o + 1]?.key ?? '') ? o + 2 : o + 1] : undefined;
        // (An amount may open with its approximation's preposition: « fait état d'au moins 300 morts ».)
        const approx = tokens[o]?.word ? lex.approximators.match(keyReader(tokens, first.sentence), o) : undefined;
        const amount = !!approx && amountAt(ctx, o + approx.words.length);
        // (A reflexive verb's « du », « des » is its preposition's: « se réclamant du wahhabisme ».)
        const reflexiveLink = lex.linkArticles.has(tokens[o]?.key ?? '') && lex.reflexives.has(tokens[c.from]!.key);
        if (content < 0 && c.verb?.object && !naming && needed && tokens[o] && ((objectStarts(tokens[o]!, c.to - c.from === 1) && !reflexiveLink) || named || amount || (needsAt && !neededNoun?.cap))) {
          content = o;
          mixed = true;
          object = true;
        }
      }
      // « s'est dit prêt à négocier », « se sont déclarés favorables au projet »: after a reflexive
      // pronoun that is no object's (not « ça vous dit quelque chose »), a verb of `attributeVerbs`
      // reports the attribute that follows it, an adjective or a participle (past a day and the
      // writer's adverbs).
      if (content < 0 && !c.after && lex.reflexives.has(tokens[c.from]!.key) && !lex.objectClitics.has(tokens[c.from]!.key) && lex.attributeVerbs.has(tokens[c.to - 1]!.key)) {
        const a = pastAdverbials(ctx, c.to, last - 1, true);
        const w = tokens[a];
        if (w?.word && !w.cap && !ctx.quoted[a] && w.sentence === first.sentence && !lex.verbs.has(w.key) && !auxiliaryAt(ctx, a) && ![lex.determiners, ctx.articles, lex.boundaries, lex.complementizers, lex.pronouns, ctx.links].some((set) => set.has(w.key))) {
          content = a;
          object = true;
        }
      }
      // « Assad l'avait promis ce week-end aux manifestants », « on l'avait annoncé le 1er avril »: a
      // verb with an article clitic has its object already; only what a preposition of its opens
      // follows it (« l'a qualifié de "traître" », « l'a exhorté à cesser »).
      let articleObject = false;
      for (let i = c.from; i < c.to - 1 && !articleObject; i++) articleObject = lex.articleClitics.has(tokens[i]!.key) && auxiliaryAt(ctx, i + 1);
      if (articleObject && content >= 0 && !lex.infinitiveMarkers.has(tokens[content]?.key ?? '')) content = -1;
      if (content > 0 && content <= last) {
        // "reported that, according to an analysis …, 85 of …": the comma after the complementizer
        // is no content, and the clause goes on past the parenthesis it opens.
        const leadComma = tokens[content]!.text === ',' && content < last;
        const start = leadComma ? tokens[content + 1]!.start : tokens[content]!.start;
        let clauseFrom = content;
        if (leadComma) {
          let j = content + 1;
          // (Not past a quotation, whose closing mark the clause may run to.)
          while (j < last && tokens[j]!.text !== ',' && !ctx.quoted[j]) j++;
          if (j < last && tokens[j]!.text === ',' && !ctx.quoted[j]) clauseFrom = j + 1;
        }
        let end = answer ? tokens[content]!.end : contentEnd(clauseFrom, last, c, object);
        // A report inside a relative clause after a comma ("Anna Berg, who warned it could …,
        // left") or inside a subordinate clause ("when Rubio thanked Miami and said it was great
        // to be home, a man yelled") ends at that clause's comma.
        const lead = c.speaker.end <= first.start ? ctx.tokenAt(c.speaker.start) : c.from;
        // The speaker may be the relative's antecedent ("Humphrey, who calls Trump a …, said"):
        // the relative word is then the nearest one before the cue.
        // So does one inside a phrase that a preposition opening the sentence opens ("Among those who
        // said the dam was safe, Hale …").
        const prepositional = prepositionAt(ctx, sStart);
        let adjunctRelative = false;
        // (Or the relay's, a relative after a comma: « le journal Al-Chourouk, qui citait des
        // résidents confirmant que …, a disparu ».)
        if (c.relay?.form === 'relative' && tokens[ctx.tokenAt(c.relay.start) - 1]?.text === ',') relative = true;
        for (let r = Math.max(lead, c.from - 3); r < c.from && !relative; r++) {
          if (!lex.relatives.has(tokens[r]!.key)) continue;
          adjunctRelative = tokens[r - 1]?.text !== ',' && prepositional && r - sStart <= 4;
          relative = tokens[r - 1]?.text === ',' || adjunctRelative;
        }
        let open = lead;
        while (open > sStart && tokens[open - 1]!.text !== ',' && lead - open < 25) open--;
        const opensClause = open === sStart || tokens[open - 1]!.text === ',';
        // ("But when voters were asked who …, Trump led": past a conjunction that opens the clause.)
        open = pastConjunction(ctx, open);
        // So does a verb coordinated inside a relative clause, past adverbs ("The minister, who met
        // the unions and [later] said the reform was necessary, left Paris"): at the first comma
        // after its verb, whatever follows.
        let joiner = c.from - 1;
        while (joiner > sStart && tokens[joiner]!.word && lex.isAdverb(tokens[joiner]!.key)) joiner--;
        if (!relative && lex.coordinators.has(tokens[joiner]?.key ?? '')) {
          let r = joiner;
          while (r > sStart && tokens[r - 1]!.text !== ',' && c.from - r < 25) r--;
          if (r > sStart && lex.relatives.has(tokens[r]!.key)) relative = adjunctRelative = true;
        }
        // "Voters who backed Hale said the levee failed": a later verb of the same subject ends a
        // relative clause that no comma closes.
        let relativeBefore = false;
        for (let r = ctx.tokenAt(c.speaker.end - 1) + 1; r < c.from && !relativeBefore; r++) relativeBefore = lex.relatives.has(tokens[r]!.key);
        // (Not a relative clause with a verb of its own or closed by a comma before the cue, which is
        // then the sentence's verb: "A spokesman, who declined to be named, confirmed the flight had
        // been diverted", "A spokesman who declined to be named confirmed …".)
        // (A verb that a coordinator joins to the relative's is still in it: "Any guest who is not
        // the host and is asked to comment … is counted".)
        if (relativeBefore && !lex.coordinators.has(tokens[c.from - 1]?.key ?? '')) {
          let r = ctx.tokenAt(c.speaker.end - 1) + 1;
          while (!lex.relatives.has(tokens[r]!.key)) r++;
          for (let j = r + 1; j < c.from && relativeBefore; j++) {
            const w = tokens[j]!;
            relativeBefore = !((w.text === ',' && !ctx.quoted[j]) || (w.word && !w.cap && (auxiliaryAt(ctx, j) || lex.isPastForm(w.key) || lex.verbs.has(w.key))));
          }
        }
        for (const c2 of relativeBefore && c.speaker.end <= first.start ? (cuesOf.get(first.sentence) ?? []) : []) {
          // (A finite verb: not a participle nor an infinitive inside the clause, "who asked
          // authorities to show them …".)
          if (c2 === c || c2.kind !== 'verb' || c2.verb?.participle || lex.infinitiveMarkers.has(tokens[c2.from - 1]?.key ?? '') || c2.after || c2.from <= content || tokens[c2.from]!.start >= end || c2.speaker?.start !== c.speaker.start) continue;
          let k = c2.from - 1;
          while (k > content && !tokens[k]!.word) k--;
          end = tokens[k]!.end;
          break;
        }
        // "The residents who demanded a new levee were ignored", « Ceux qui ont réclamé la liberté
        // ne devraient pas … »: an object or an infinitive holds no finite verb of its own, so an
        // auxiliary (or a negation, an auxiliary of the French lexicon) after it, with no relative,
        // complementizer or pronoun before it inside the content, is the antecedent's verb and ends
        // the relative clause.
        // (So does a participle's right after the subject that opens the sentence, a reduced relative:
        // "A group of residents claiming to represent the valley announced …", « Un groupe
        // d'opposants affirmant représenter la majorité a annoncé … »; the finite verb of a cue
        // counts as the antecedent's as an auxiliary does.)
        const reducedRelative = !!c.verb?.participle && lex.isGerund(first.key) && ctx.tokenAt(c.speaker.end - 1) === c.from - 1 && ctx.tokenAt(c.speaker.start) === sStart;
        const infinitive = lex.infinitiveMarkers.has(tokens[content]?.key ?? '') || (reducedRelative && lex.isBareInfinitive(tokens[content]?.key ?? ''));
        // (Not an object that is a question or a free relative: "discussed how modern equivalents could …".)
        const clauseObject = [lex.relatives, lex.complementizers, lex.interrogatives, lex.freeRelatives].some((set) => set.has(tokens[content]?.key ?? ''));
        const finiteCue = (j: number) => (cuesOf.get(first.sentence) ?? []).some((o) => o.kind === 'verb' && o.from === j && !o.verb?.participle && !lex.isGerund(tokens[j]!.key));
        let antecedentVerb = false;
        if ((relativeBefore || reducedRelative) && c.speaker.end <= first.start && (object || infinitive) && !clauseObject) {
          for (let j = content + 1; j <= last && tokens[j]!.end <= end; j++) {
            const t = tokens[j]!;
            if (ctx.quoted[j] || !t.word) continue;
            if ([lex.relatives, lex.complementizers, lex.interrogatives].some((set) => set.has(t.key)) || lex.isPronoun(t.key) || lex.subordinators.match(keyReader(tokens, first.sentence), j)) break;
            // (After a word that may end a noun phrase: « ses plus fidèles », « sans jamais », "failing to do" go on.)
            if (!t.cap && endsNounPhrase(ctx, tokens[j - 1]!) && (auxiliaryAt(ctx, j) || (reducedRelative && finiteCue(j))) && !lex.isGerund(t.key)) {
              let k = j - 1;
              while (k > content && !tokens[k]!.word) k--;
              end = tokens[k]!.end;
              antecedentVerb = true;
              break;
            }
          }
        }
        if (relative) {
          // The relative clause ends at its first comma ("Anna Berg, who warned it could …, left"),
          // or at a comma inside a quotation when the antecedent's verb follows ("Humphrey, who calls
          // Trump a “sociopath,” said he"). Not at a comma that a list goes on after ("who said the
          // two men, and Mr. Cruz in particular, must", "which reported spending … on Facebook,
          // Twitter", « "traître", "assassin" »), unless a verb or a relative follows the conjunction
          // ("…, and also accused").
          // A clause whose verb has not come yet goes on past its commas ("who said the dam, built in
          // 1950, was safe", "the city, not the state, would pay"); not after a passive cue ("was
          // revealed last week as …, is").
          let verbSeen = object || around || passiveCue(ctx, c) || !(bare || lex.complementizers.has(tokens[content - 1]?.key ?? ''));
          for (let j = content; j <= last && tokens[j]!.end <= end; j++) {
            const t = tokens[j]!;
            if (t.word && !t.cap && (auxiliaryAt(ctx, j) || lex.verbs.has(t.key) || lex.isPastParticiple(t.key))) verbSeen = true;
            if (t.text !== ',' || !verbSeen) continue;
            let v = j + 1;
            if (adjunctRelative && !ctx.quoted[j]) {
              end = tokens[j - 1]!.end;
              break;
            }
            if (ctx.quoted[j]) {
              if (!closingMark(tokens, v)) continue;
              v++;
            }
            // (A quotation mark opens a list of quoted words: « en hurlant "traître", "assassin" »; so
            // does a comma with a coordinator before the next comma: "praised the levee, the dam and
            // the new bridge, resigned".)
            let coordinated = false;
            for (let k = v; k <= last && tokens[k]!.end <= end && tokens[k]!.text !== ',' && !coordinated; k++) coordinated = lex.coordinators.has(tokens[k]!.key) && !ctx.quoted[k];
            const list = coordinated || (tokens[v]?.word ? tokens[v]!.cap || lex.coordinators.has(tokens[v]!.key) : !!tokens[v + 1]?.word && tokens[v + 1]!.sentence === first.sentence);
            if (list || ctx.quoted[j]) {
              if (lex.coordinators.has(tokens[v]?.key ?? '')) v++;
              while (v <= last && tokens[v]!.word && lex.isAdverb(tokens[v]!.key) && !lex.boundaries.has(tokens[v]!.key)) v++;
              const w = tokens[v];
              if (!(w?.word && !w.cap && w.sentence === first.sentence && (inVerbCue(cues, v) || auxiliaryAt(ctx, v) || lex.verbs.has(w.key) || lex.isPastParticiple(w.key) || lex.relatives.has(w.key)))) continue;
            }
            // (A comma inside a quotation keeps its closing mark: 'a “death trap,”'.)
            end = ctx.quoted[j] ? tokens[j + 1]!.end : tokens[j - 1]!.end;
            break;
          }
        } else if ((opensClause && lex.subordinators.match(keyReader(tokens, first.sentence), open)) || gerundOpening(ctx, c)) {
          let j = content;
          while (j <= last && tokens[j]!.end <= end && (tokens[j]!.text !== ',' || ctx.quoted[j])) j++;
          if (j <= last && tokens[j]!.text === ',' && tokens[j]!.end <= end) end = tokens[j - 1]!.end;
        }
        // 'has said that “a wise Latina” can bring …': the clause goes on after the quotation.
        const opened = opening.get(start);
        if (opened && !mixed && end > opened.close && wordsBetween(tokens, ctx.tokenAt(opened.close - 1) + 1, ctx.tokenAt(end - 1), 1) >= 1) mixed = true;
        // A bare clause needs three words, counted before its adjunct is left out ("announced her backing on Monday").
        // An object may be one name ("endorsed Clinton", "backed Sanders"): a stance toward a person or
        // a body; not a place or a country, which is as often a target ("Russia attacked Ukraine").
        const one = ctx.mentionStarting.get(content);
        const named = object && ((one?.end === end && (one.type === 'person' || one.type === 'organisation' || one.type === 'other')) || (lex.objectPronouns.has(tokens[content]!.key) && tokens[content]!.end === end));
        // "Jeff Flake said he would.", "They said she could": a pronoun and its auxiliary (and a
        // negation), the verb left out, end their clause.
        let elided = bare && lex.isPronoun(tokens[content]!.key) && auxiliaryAt(ctx, content + 1) && ctx.tokenAt(end - 1) <= content + 3;
        for (let i = content + 2; elided && i <= ctx.tokenAt(end - 1); i++) elided = !tokens[i]!.word || lex.auxiliaries.has(tokens[i]!.key);
        // (An object that the antecedent's verb closes may be one word: "The residents who demanded
        // justice were ignored".)
        // ("called for calm.", "expressed concern.": a plain word that closes its sentence may be the
        // whole object; not one an adjunct follows, "condemned violence at his rallies", nor after a
        // plain form with no auxiliary, a noun as often ("super PAC attack ads."), a gerund after a
        // preposition ("openness to opposing viewpoints.") or a question ("asked finances").)
        const closer = tokens[content + 1];
        const verbWord = tokens[c.from]!;
        const plainForm = !auxiliaryAt(ctx, c.from) && !lex.isGerund(verbWord.key) && !lex.isPastParticiple(verbWord.key) && !pluralForm(verbWord.key, lex);
        const gerundAfterPreposition = lex.isGerund(verbWord.key) && lex.boundaries.has(tokens[c.from - 1]?.key ?? '');
        const lone = object && !c.passive && !plainForm && !gerundAfterPreposition && !lex.askingVerbs.has(tokens[c.to - 1]!.key) && ctx.tokenAt(end - 1) === content && !!closer && !closer.word && closer.sentence === tokens[content]!.sentence && /^[.!?;]$/.test(closer.text) && tokens[content]!.word && !tokens[content]!.cap && ![lex.determiners, lex.boundaries, lex.auxiliaries, lex.verbs].some((set) => set.has(tokens[content]!.key)) && !lex.isAdverb(tokens[content]!.key) && !lex.isPronoun(tokens[content]!.key);
        const long = named || answer || elided || lone || pairClause(ctx, c, bare, content, end) || (antecedentVerb && object) || wordsBetween(tokens, content, ctx.tokenAt(end - 1)) >= (bare ? 3 : 2);
        // Only after an object: in a clause the place may be what was said ("would not get beat up at his rally").
        // A noun phrase with no clause after a verb that takes one ends before its adjunct too
        // ("announced his support for the governor on Thursday night", "posted the story on
        // Facebook"); not an `object` verb's, whose second complement may follow ("described the
        // group during an interview as …").
        // (A determiner and one word, then a preposition or a time phrase: "the fire began on Sunday"
        // is a clause; past them, no verb form but right after a determiner, "the report".)
        const opensNoun = (i: number) => lex.determiners.has(tokens[i]?.key ?? '') || ctx.articles.has(tokens[i]?.key ?? '');
        const after = tokens[content + 2];
        const keys = keyReader(tokens, first.sentence);
        // (Or a noun in lower case with no determiner, then a preposition: "claimed responsibility for
        // the attack in a post on Telegram".)
        const head = tokens[content]!;
        const bareNoun = !head.cap && !/^\p{N}/u.test(head.text) && !opensNoun(content) && !auxiliaryAt(ctx, content) && ![lex.boundaries, lex.pronouns, lex.objectPronouns, lex.verbs, lex.complementizers, lex.relatives, lex.quantifiers, lex.interrogatives].some((set) => set.has(head.key)) && !lex.isAdverb(head.key) && !lex.isGerund(head.key) && !lex.isPastParticiple(head.key) && lex.nounPrepositions.has(tokens[content + 1]?.key ?? '');
        let np = bare && !object && !c.verb?.object && (bareNoun || (opensNoun(content) && !!tokens[content + 1]?.word && !!after?.word && after.sentence === first.sentence && (lex.nounPrepositions.has(after.key) || ctx.links.has(after.key) || lex.isTimeWord(after.key) || !!lex.adverbs.match(keys, content + 2) || !!lex.speechEventPrepositions.match(keys, content + 2))));
        for (let i = content + 1; np && i <= last && tokens[i]!.end <= end; i++) {
          const t = tokens[i]!;
          if (!t.word || ctx.quoted[i] || opensNoun(i - 1)) continue;
          np = !auxiliaryAt(ctx, i) && ![lex.complementizers, lex.relatives, lex.pronouns, lex.verbs].some((set) => set.has(t.key)) && !(!t.cap && lex.isPastParticiple(t.key));
        }
        if (object || around || np) end = beforeSpeechEvent(ctx, content, end, object && (tokens[content]!.cap || lex.objectPronouns.has(tokens[content]!.key)) ? 1 : 2);
        if (object || around || np) end = beforePredicate(ctx, content, end);
        // "posted messages on Facebook", "wrote a letter to the board", "echoing a memo from …": a
        // noun phrase headed by a message (the word before its first preposition) is what was sent,
        // not what it said (a document may be: "posted the report on Facebook"); not before a link,
        // which may open what it is about ("a note of concern") or make it an event ("announcing the
        // release of the prisoners").
        if (np && !mixed) {
          let h = content;
          while (h + 1 <= last && tokens[h + 1]!.end <= end && tokens[h + 1]!.word && !lex.nounPrepositions.has(tokens[h + 1]!.key) && !ctx.links.has(tokens[h + 1]!.key)) h++;
          const head = tokens[h]!.key;
          const singular = head.replace(/s$/u, '');
          if (!ctx.links.has(tokens[h + 1]?.key ?? '') && (lex.messageNouns.has(head) || lex.messageNouns.has(singular))) continue;
        }
        // A naming verb's two complements end at a semicolon or a dash ("calls Clinton unqualified;
        // Clinton disagrees", "calls Congress divided — and he is right").
        if (object && c.verb?.naming) for (let j = content + 1; j <= last && tokens[j]!.end <= end; j++) if (!ctx.quoted[j] && (tokens[j]!.text === ';' || DASH.test(tokens[j]!.text))) {
          end = tokens[j - 1]!.end;
          break;
        }
        const endTok = ctx.tokenAt(end - 1);
        if (bare && !c.verb?.participle && adjunctAfterQuotation(c, content, endTok, sStart)) continue;
        // After the person told, the clause needs a verb of its own: "told cheering supporters in
        // Nashua on Monday morning" has none.
        if (end > start && long && (mixed || !inSpan(start)) && (!bare || hasClauseWord(ctx, content, endTok)) && (!told || verbWordIn(ctx, content, endTok))) {
          // "The birth of the heir is expected to coincide with …", "He was said to be furious":
          // with no agent, the subject of a passive verb of saying or estimating before an
          // infinitive is part of what is expected or said, a piece of the same turn (not one who is
          // told, asked, accused or called on: "was told to leave", « est accusé de bloquer »,
          // « étaient appelés à voter »).
          const subject = c.passive && !c.passive.agent && (c.class === 'say' || c.class === 'estimate') && !c.after && c.speaker.end <= tokens[c.from]!.start && lex.infinitiveMarkers.has(tokens[content]!.key) && ![lex.recipientVerbs, lex.askingVerbs].some((set) => set.has(tokens[c.to - 1]!.key)) ? passiveSubject(c.from) : -1;
          if (subject >= 0 && !inSpan(tokens[subject]!.start)) {
            out.push({ start: tokens[subject]!.start, end: tokens[c.from - 1]!.end, kind: 'indirect', rule: 'quotes/indirect-passive', cue: c, speaker: c.speaker });
            out.push({ start, end, kind: 'indirect', rule: 'quotes/indirect-passive', cue: c, speaker: c.speaker });
            continue;
          }
          out.push({ start, end, kind: 'indirect', rule: around ? 'quotes/indirect-around' : object ? 'quotes/indirect-object' : relativeClause ? 'quotes/indirect-relative' : 'quotes/indirect-after', cue: c, speaker: c.speaker });
          continue;
        }
      }
      // "A spokesman declined to comment.", « Le maire a refusé de répondre. »: a refusal with nothing
      // after its infinitive but adverbs and a time reports the infinitive, which the speaker refused
      // (negated).
      if (c.governed === 'refusal') {
        const refused = refusedInfinitive(c, last);
        if (refused) out.push(refused);
        continue;
      }
      // b. "…, sources said." / "…, a déclaré le ministère." Not after a refusal ("…, Acme, which
      // declined to comment."), nor after a modal but with the speaker after it (« Le barrage est sûr,
      // a tenu à préciser le maire »; not « Interrogé par l'AFP, le maire n'a pas souhaité commenter »).
      if (c.governed === 'modal' && !c.after) continue;
      let lead = c.after ? c.from : ctx.tokenAt(c.speaker.start);
      // "Rallying …, Hillary Clinton tried here last week to … and promised to deliver change": a
      // verb coordinated with an earlier one of its subject's is no incise.
      if (!c.after && coordinatedAfter(ctx, ctx.tokenAt(c.speaker.end - 1) + 1, c.from)) continue;
      // A title the name leaves out ("…, Ms. Shanklin-Hawkins said."): capitalised words before it.
      for (let n = 0; n < 3 && !c.after && tokens[lead - 1]?.word && tokens[lead - 1]!.cap && tokens[lead - 1]!.sentence === first.sentence; n++) lead--;
      // "…, frontman Anthony Kiedis revealed", "…, Donald Trump’s longtime confidant Roger Stone
      // stated": a role, or a possessor and a role, before the name, back to the comma.
      if (!c.after && tokens[lead - 1]?.text !== ',' && (c.speaker.form === 'name' || c.speaker.form === 'role') && ctx.tokenAt(c.speaker.end - 1) + 1 >= c.from - 2) {
        let i = lead;
        let lower = 0;
        const keys = keyReader(tokens, first.sentence);
        // (Up to five words in lower case: "…, Algerian foreign affairs ministry spokesman X said".)
        for (let n = 0; n < 8 && tokens[i - 1] && tokens[i - 1]!.sentence === first.sentence && tokens[i - 1]!.text !== ','; n++) {
          const w = tokens[i - 1]!;
          if (w.word && !w.cap && !/^['’]$/.test(tokens[i - 2]?.text ?? '') && !lex.determiners.has(w.key)) lower++;
          // A determiner only right after the comma ("…, the prefect’s adviser Paul Ferrand said").
          const article = lex.determiners.has(w.key) && tokens[i - 2]?.text === ',';
          // (A form that may be a noun before the role or the name is one, "…, judge Ann Roy noted";
          // so is the first word of a verb's phrase that does not follow: "…, rail operator
          // Northfreight said" is no "rail against".)
          const verb = !!lex.verbs.match(keys, i - 1) && !lex.nounLike.has(w.key);
          const plain = w.word ? (article || (!verb && ![lex.auxiliaries, lex.boundaries, lex.complementizers, lex.relatives, lex.determiners].some((set) => set.has(w.key)))) && !lex.isPronoun(w.key) : /^['’]$/.test(w.text);
          if (!plain || lower > 5 || ctx.quoted[i - 1]) break;
          i--;
        }
        if (tokens[i - 1]?.text === ',') lead = i;
      }
      const incise = inciseContent(c, sStart, last);
      // What follows the incise goes on with the sentence's clause ("…, he said, have involved
      // …"), not with an adjunct of the cue (", he said, in a statement", ", adding …").
      const tail = incise.length ? tokens[ctx.tokenAt(incise[incise.length - 1]!.start)]! : undefined;
      // "…, she said, but also …": a coordinator carries the clause on; so does a subordinate clause
      // ("He is leaning toward Kasich, he said, because he prizes electability"), not one of accord
      // ("as"), nor a participle's, which tells of the speaker ("…, he said, when asked about …").
      const tailAt = tail ? ctx.tokenAt(tail.start) : -1;
      const tailKeys = keyReader(tokens, tail?.sentence ?? first.sentence);
      const sub = tail ? lex.subordinators.match(tailKeys, tailAt) : undefined;
      const verbAfter = sub ? tokens[tailAt + sub.words.length] : undefined;
      const reduced = !!verbAfter?.word && (lex.isPastParticiple(verbAfter.key) || lex.isGerund(verbAfter.key));
      const head = incise.length > 1 ? incise[0]! : undefined;
      const carriesOn = tail && (lex.coordinators.has(tail.key) || lex.verbConjunctions.has(tail.key) || (!!sub && !reduced && !lex.accordClauses.match(tailKeys, tailAt)) || (!!head && prepositionCarriesOn(ctx, tailAt, ctx.tokenAt(head.start), ctx.tokenAt(head.end - 1))));
      // Not a relative clause on the person told ("…, the union told Tom Hale, who was there").
      // (« a » as written is an auxiliary, not the preposition its key folds to: « …, a-t-il indiqué, a détruit … ».)
      // (Nor an adjunct with no verb up to a colon that ends the sentence: « …, qui a écrit,
      // également sur Twitter : »; the colon opens what the cue reports. « L'addition, note X, est
      // lourde : » is an incise.)
      let opensColon = !!tail && colonEnds(c, last);
      for (let k = tailAt; k < last && opensColon; k++) opensColon = !(tokens[k]!.word && (auxiliaryAt(ctx, k) || lex.verbs.has(tokens[k]!.key) || lex.isPastForm(tokens[k]!.key)));
      if (tail && (carriesOn || !lex.boundaries.has(tail.key) || writtenAuxiliaryAt(ctx, tailAt)) && !lex.relatives.has(tail.key) && !lex.isGerund(tail.key) && !lex.sourceCues.match(tailKeys, tailAt) && !opensColon) {
        out.push(...incise);
        continue;
      }
      if (tokens[lead - 1]?.text === ',' && lead - 1 > sStart && trailing(c, last)) {
        const from = afterDateline(ctx, sStart, lead - 2);
        const start = tokens[from]!.start;
        let endTok = lead - 2;
        // "It failed, the engineer, Paul Roy, said": a name between commas right before its verb is in
        // apposition to the phrase before it, which the content leaves out; with no comma before that
        // phrase it is the subject ("Hydrosarne's lawyer, Marc Petit, also commented"), and there is no
        // content, nor when the verb goes on to an object (« …, la maire, Claire Morel, avance un chiffre »).
        if (appositive(ctx, c)) {
          if (!endsClause(ctx, c)) continue;
          // (Unless the speaker's span already holds the phrase and its comma: "…, the chief executive
          // of Tessaro, Ruth Engel, said", whose content ends before the phrase.)
          if (!/,/.test(ctx.text.slice(c.speaker.start, c.speaker.end))) {
            let j = endTok;
            while (j > from && endTok - j < APPOSED_WORDS && tokens[j]!.text !== ',') j--;
            endTok = tokens[j]!.text === ',' ? j - 1 : -1;
          }
          // Nor an opening phrase ("Hours after the dam broke, the mayor, Tom Hale, responded", « Dimanche
          // soir, … »): one opened by a preposition, an adverb or a day, or with a subordinator among its
          // first words or after one of its commas ("Work on the dam will resume, the mayor, Tom Hale,
          // said" is content).
          const first = tokens[from]!;
          const keysOf = keyReader(tokens, first.sentence);
          // An adverb or a day ("Early", « Dimanche »), not a possessor ("Monday's vote"); unless a
          // clause of three words or more follows the opening phrase's comma ("Despite a series of
          // defeats, Sanders remains in the race, his top aide, Tad Devine, said").
          if (lex.boundaries.has(first.key) || (lex.isAdverb(first.key) && !possessiveAt(ctx, from + 1))) {
            let comma = -1;
            for (let n = from + 1; n < endTok && comma < 0; n++) if (tokens[n]!.text === ',' && !ctx.quoted[n]) comma = n;
            if (comma < 0 || wordsBetween(tokens, comma + 1, endTok) < 3) endTok = -1;
          }
          for (let n = from; n <= endTok; n++) if ((n < from + 3 || tokens[n - 1]!.text === ',') && lex.subordinators.match(keysOf, n)) endTok = -1;
        }
        if (endTok < from) continue;
        const end = tokens[endTok]!.end;
        // "When asked if he would resign, Ricard said no": the question is the asker's, not the content.
        // (Not a passive with its auxiliary, a statement: "The man was questioned on Friday, police said".)
        const asked = (cuesOf.get(first.sentence) ?? []).some((o) => o !== c && o.from >= sStart && o.to <= endTok && lex.askingVerbs.has(tokens[o.to - 1]!.key) && !auxiliaryAt(ctx, o.from) && !lex.passiveAuxiliaries.has(tokens[o.from]!.key));
        // ('"It is a disgrace," one resident, who gave only his first name, Paul, told the Post': a
        // quotation and a noun phrase with no verb after it are the quotation and its speaker; not a
        // phrase that a preposition or a conjunction opens, which goes on with the quotation: '"We
        // don't teach anything" against homosexuality, he said'.)
        let past = from;
        while (past <= endTok && (ctx.quoted[past] || !tokens[past]!.word)) past++;
        let quotedThenPhrase = past > from + 1 && past <= endTok && ![lex.boundaries, lex.coordinators, lex.verbConjunctions].some((set) => set.has(tokens[past]!.key));
        for (let n = past; n <= endTok && quotedThenPhrase; n++) quotedThenPhrase = !(tokens[n]!.word && !tokens[n]!.cap && (auxiliaryAt(ctx, n) || lex.verbs.has(tokens[n]!.key) || lex.isPastParticiple(tokens[n]!.key)));
        // (Nor an opening phrase and the speaker's own quotation: `speakerQuotationAfterPhrase`.)
        const phraseThenQuoted = speakerQuotationAfterPhrase(ctx, from, endTok);
        // (Nor a source and its phrase alone: « Selon la préfecture, l'incendie a été signalé ».)
        const sourceOnly = (cuesOf.get(first.sentence) ?? []).some((o) => o.kind === 'source' && o.from === from && !!o.speaker && ctx.tokenAt(o.speaker.end - 1) >= endTok);
        // ("Shares fell, said analysts.", "He resigned, she said.": two words, a subject and a past
        // form, are a clause too; the subject a pronoun, "everyone", a name or a plural (also one of
        // `pluralNouns`, a verb's form too: "Talks stalled"), as a singular noun with no determiner
        // is a participle's object: "Case closed, the judge said.")
        const subject = tokens[from]!;
        const named = ctx.mentionStarting.get(from);
        const subjectLike = lex.isPronoun(subject.key) || lex.quantifiers.has(subject.key) || lex.exceptionHeads.has(subject.key) || (!!named && named.end === subject.end) || /s$/u.test(subject.key);
        const pair = endTok === from + 1 && subject.word && subjectLike && tokens[endTok]!.word && !tokens[endTok]!.cap && lex.isPastForm(tokens[endTok]!.key) && !lex.auxiliaries.has(tokens[endTok]!.key) && ![lex.determiners, lex.boundaries, lex.auxiliaries, lex.coordinators, lex.complementizers, lex.relatives].some((set) => set.has(subject.key)) && (!lex.verbs.has(subject.key) || lex.pluralNouns.has(subject.key)) && !lex.isAdverb(subject.key);
        // (Nor a report whose clause the verb after the comma finishes, with its inverted subject
        // its object: « La police a indiqué que Denton, un maçon, avait menacé un voisin »: a
        // complementizer right after a cue, a name, and its apposition up to the comma.)
        const open = c.after && apposedSubjectBefore(from, endTok, first.sentence);
        if ((wordsBetween(tokens, from, endTok) >= 3 || pair) && !open && !asked && !quotedThenPhrase && !phraseThenQuoted && !sourceOnly && !adjunctOnly(ctx, from, endTok) && !(dateOnly(ctx, from, endTok) && !c.after) && !mostlyQuoted(spans, start, end)) out.push({ start, end, kind: 'indirect', rule: 'quotes/indirect-before', cue: c, speaker: c.speaker });
      }
      continue;
    }
    // c. Source prepositions: "selon X, …" / "…, selon X." / "…, selon lui, …"
    // « des témoignages selon lesquels des insurgés se sont servis de gaz sarin »: the clause after
    // the relative pronoun (`sourceRelatives`), whose antecedent is the source.
    if (lex.sourceRelatives.has(tokens[c.to]?.key ?? '') && c.speaker.end <= tokens[c.from]!.start) {
      const from = c.to + 1;
      if (from <= last) {
        const start = tokens[from]!.start;
        let end = contentEnd(from, last, c);
        // (When the source opens the sentence, the relative clause is inside its subject and ends
        // before the subject's verb, the second finite auxiliary: « Le récit selon lequel la digue
        // aurait cédé a été démenti ».)
        if (c.speaker.start === tokens[sStart]!.start) {
          let finite = 0;
          for (let j = from + 1; j <= last && tokens[j]!.end <= end; j++) {
            if (tokens[j]!.cap || !writtenAuxiliaryAt(ctx, j) || !endsNounPhrase(ctx, tokens[j - 1]!)) continue;
            if (++finite === 2) {
              end = tokens[j - 1]!.end;
              break;
            }
          }
        }
        if (end > start && wordsBetween(tokens, from, ctx.tokenAt(end - 1)) >= 3 && !mostlyQuoted(spans, start, end)) out.push({ start, end, kind: 'indirect', rule: 'quotes/indirect-source-relative', cue: c, speaker: c.speaker });
      }
      continue;
    }
    const speakerEnd = ctx.tokenAt(c.speaker.end - 1);
    const prev = c.from > sStart ? tokens[c.from - 1] : undefined;
    // After a colon or an opening bracket, the source opens a clause as at the start of a sentence
    // ("And it has not gone unnoticed: According to recent polls, …").
    // (Or after a coordinator that opens the sentence: "But according to reports, …"; or after a
    // complementizer and its comma: "reported that, according to an analysis, …".)
    const opener = c.from === sStart || prev?.text === ':' || prev?.text === '(' || (c.from === sStart + 1 && !!prev?.word && (lex.coordinators.has(prev.key) || lex.verbConjunctions.has(prev.key))) || (prev?.text === ',' && c.from - 2 > sStart && lex.complementizers.has(tokens[c.from - 2]!.key));
    // "…, rape and robbery — according to the FBI.": a dash before it, as a comma.
    // "Clinton leads Sanders by 271 delegates according to a count by The Associated Press.": with
    // no comma, a source that names a person or body (no place), or a document after a figure, ends
    // the sentence (or its clause, at a comma) on the words before it, four at least ("carried out
    // according to the rules" is a manner).
    let glued = false;
    if (!opener && (prev?.word || prev?.text === '%') && !ctx.text.slice(prev.end, tokens[c.from]!.start).includes('\n') && ![lex.boundaries, lex.complementizers, lex.coordinators, lex.relatives].some((set) => set.has(prev.key)) && !lex.relatives.has(tokens[c.to]?.key ?? '') && c.speaker.form !== 'pronoun' && c.from - 4 >= sStart) {
      // (A document only for an amount in the words before it, in digits or words: "leads by 271
      // delegates according to a count", not "The districts were redrawn according to the census", « répartis selon le
      // recensement ».)
      let figure = false;
      for (let k = sStart; k < c.from && !figure; k++) figure = amountAt(ctx, k);
      // (A document that a capitalised word names after a clause with a figure: "leads by 5 points in
      // a Quinnipiac poll"; not "The question was included in a Quinnipiac poll".)
      let documentNamed = ((c.speaker.form === 'name' || c.speaker.form === 'role') && c.speaker.type !== 'place') || (c.documentNoun !== undefined && !c.initial && figure);
      // (Or, after a figure, a phrase that names a body: « tuées selon le ministère de l'Intérieur ».)
      for (let k = c.to; k <= speakerEnd && !documentNamed && figure; k++) documentNamed = lex.documentNouns.has(tokens[k]!.key) || (tokens[k]!.cap && k > c.to);
      // (The source's phrase may go on with a complement, "by The Associated Press", with no verb.)
      let k = speakerEnd + 1;
      while (k <= Math.min(last, speakerEnd + 10) && tokens[k]!.word && (tokens[k]!.cap || (!auxiliaryAt(ctx, k) && !lex.verbs.has(tokens[k]!.key)))) k++;
      const after = tokens[k];
      glued = documentNamed && (!after || after.sentence !== first.sentence || after.text === ',' || /^[.!?]$/.test(after.text)) && wordsBetween(tokens, afterDateline(ctx, sStart, c.from - 1), c.from - 1, 4) >= 4;
    }
    if (glued) {
      // ("Entering the final contests in June, Clinton leads …": an opening adjunct is the writer's.)
      let from = afterDateline(ctx, sStart, c.from - 1);
      let comma = from;
      while (comma < c.from - 1 && (tokens[comma]!.text !== ',' || ctx.quoted[comma])) comma++;
      if (comma < c.from - 4 && comma > from && adjunctOnly(ctx, from, comma - 1)) from = comma + 1;
      const end = tokens[c.from - 1]!.end;
      // (After a relative's comma, the relative clause: « le conflit, qui a fait 70 000 morts selon l'ONU ».)
      for (let k = c.from - 2; k > from; k--) {
        if (tokens[k]!.text === ',' && !ctx.quoted[k] && lex.relatives.has(tokens[k + 1]?.key ?? '')) {
          from = k + 1;
          break;
        }
      }
      // (Not words that another cue reports, « …, répétant son appel à … dans ce pays où la
      // répression a fait 5 000 morts selon l'ONU », nor a headline above them.)
      const reported = (cuesOf.get(first.sentence) ?? []).some((o) => o !== c && o.from >= from && o.from < c.from);
      // (A document named after a subordinate or a relative clause frames the main clause, the
      // writer's: "Though Sanders held leads in a CNN poll, …", "…, who is third in the latest poll".)
      const framing = c.documentNoun !== undefined && !c.initial && (!!lex.subordinators.match(keyReader(tokens, first.sentence), from) || lex.relatives.has(tokens[from]!.key));
      const start = tokens[from]!.start;
      if (!reported && !framing && !adjunctOnly(ctx, from, c.from - 1) && !mostlyQuoted(spans, start, end) && !ctx.text.slice(start, end).includes('\n')) out.push({ start, end, kind: 'indirect', rule: 'quotes/indirect-source-after', cue: c, speaker: c.speaker });
      continue;
    }
    if (!opener && prev?.text !== ',' && !DASH.test(prev?.text ?? '')) continue;
    // "Pour la première fois, …" names no one; « Pour le procureur, … », « Pour les experts, … » do,
    // and so does a body or people that its noun right after the article names (« Pour les
    // syndicats, … », « Pour les opposants, … »).
    const speaks = (s: NonNullable<SpokenCue['speaker']>) => {
      const at = ctx.tokenAt(s.start);
      const head = tokens[articleToken(ctx, tokens[at]) ? at + 1 : at];
      return roleHeaded(ctx, s) || (!!head?.word && !head.cap && speakerWord(ctx, head.key, true));
    };
    if (c.initial && c.documentNoun === undefined && c.speaker.form === 'phrase' && !speaks(c.speaker)) continue;
    // "According to a poll from Florida Atlantic University, …": the source's complement runs to
    // the comma when the preposition opens the clause.
    let comma = speakerEnd + 1;
    // (Past a parenthesis that describes the source: « Selon le Conseil national syrien (CNS,
    // principale coalition de l'opposition), … ».)
    const pastBrackets = (k: number) => {
      if (tokens[k]?.text !== '(') return k;
      let close = k + 1;
      while (close <= Math.min(last, k + 20) && tokens[close]!.text !== ')' && tokens[close]!.text !== '(') close++;
      return tokens[close]?.text === ')' && close <= last ? close + 1 : k;
    };
    if (opener && (!c.initial || c.documentNoun !== undefined)) {
      let limit = speakerEnd + 12;
      while (comma <= Math.min(last, limit) && tokens[comma]!.text !== ',' && !ctx.quoted[comma]) {
        const past = pastBrackets(comma);
        if (past > comma) {
          limit += past - comma;
          comma = past;
        } else comma++;
      }
    }
    // "In a statement, the mayor said …": the document is where the speaker of the clause spoke.
    // (Not a stance taken in the clause: "In a poll released Monday, 62 percent backed …".)
    if (c.documentNoun !== undefined && (cuesOf.get(first.sentence) ?? []).some((o) => o.kind === 'verb' && !o.verb?.stance && o.from > comma && o.speaker)) continue;
    if (tokens[comma]?.text === ',' && tokens[comma]!.sentence === first.sentence) {
      let from = comma + 1;
      const relative = !!tokens[from] && lex.relatives.has(tokens[from]!.key);
      // "…, according to a CNN tally, but his pathway …", "…, according to Jason Delisle, who
      // was …": inside the sentence, a source followed by a coordinator, a relative clause or a
      // subordinate one closes the words before it.
      const words = !opener && c.from - 2 >= sStart ? afterDateline(ctx, sStart, c.from - 2) : -1;
      const before = words >= 0 && !adjunctOnly(ctx, words, c.from - 2);
      // (So does a subordinating word after words of their own: "…, according to the governor, even
      // though residents doubt it", « …, selon le préfet, même si les habitants doutent ».)
      const subordinate = before && !!tokens[from]?.word && !!lex.subordinators.match(keyReader(tokens, first.sentence), from);
      const closes = !opener && (relative || subordinate || lex.coordinators.has(tokens[from]?.key ?? '') || lex.verbConjunctions.has(tokens[from]?.key ?? '') || (c.speaker.form !== 'pronoun' && sourceApposition(from, last) && before) || (before && wordsBetween(tokens, words, c.from - 2, 4) >= 4 && writersTail(c, from, last)));
      if (!closes) {
        // "Pour le ministre, qui s'exprimait …, le déploiement …": skip the relative clause.
        if (relative) {
          let j = from;
          while (j <= last && tokens[j]!.text !== ',') j++;
          from = j + 1;
        }
        // After a source that opens the sentence, what describes it is no content.
        else if (opener) {
          const past = pastSourceDescription(ctx, c, from, last);
          if (past === undefined) continue;
          from = past;
        }
        if (from <= last) {
          const start = tokens[from]!.start;
          const end = contentEnd(from, last, c);
          // "The attack, according to officials, killed three soldiers", « Une attaque …, selon
          // une source de sécurité, a fait écho … »: set between a subject with no comma of its
          // own and its verb, the source reports the whole clause, in two pieces of one turn.
          const v = tokens[from]!;
          // (Not a quantity: « plus de 99 % des femmes »; nor after a head that is an adjunct or opens
          // with a pronoun's clause: « On parvient à distinguer, selon le mode opératoire, si … ».)
          // (Or any plain word in lower case after a short noun phrase that a determiner opens at the
          // sentence's start: "The figures, according to the college, understate the problem", « Ces
          // chiffres, selon le syndicat, sous-estiment le problème ».)
          const sentenceHead = afterDateline(ctx, sStart, c.from - 2);
          const shortSubject = c.from - 2 - sentenceHead <= 4 && (lex.determiners.has(tokens[sentenceHead]!.key) || ctx.articles.has(tokens[sentenceHead]!.key));
          const plainWord = shortSubject && ![lex.boundaries, lex.determiners, ctx.articles, lex.relatives, lex.complementizers, lex.coordinators, lex.quantifiers].some((set) => set.has(v.key)) && !lex.isPronoun(v.key) && !lex.isAdverb(v.key) && !/^\p{N}/u.test(v.text);
          const verbFirst = !opener && v.word && !v.cap && !lex.degreeWords.has(v.key) && (writtenAuxiliaryAt(ctx, from) || (lex.verbs.has(v.key) && !lex.nounLike.has(v.key)) || lex.isPastParticiple(v.text.toLowerCase()) || plainWord);
          // (Or between a compound or a reflexive verb and what follows it: « L'incendie a parcouru,
          // selon les pompiers, 40 hectares », "The fire had destroyed, according to officials, 300
          // hectares", « L'une des victimes se trouve, selon une source, dans un état critique ».)
          const p = c.from - 2;
          const objectAfter = !opener && !verbFirst && v.word && !lex.isPronoun(v.key) && end > start && !adjunctOnly(ctx, from, ctx.tokenAt(end - 1)) && !!tokens[p]?.word && !tokens[p].cap && ![lex.determiners, lex.auxiliaries, lex.boundaries].some((set) => set.has(tokens[p]!.key)) && !lex.isAdverb(tokens[p].key) && (writtenAuxiliaryAt(ctx, p - 1) || auxiliaryAt(ctx, p - 1) || lex.reflexives.has(tokens[p - 1]?.key ?? ''));
          let head = verbFirst || objectAfter ? afterDateline(ctx, sStart, c.from - 2) : -1;
          if (head >= 0 && (lex.isPronoun(tokens[head]!.key) || adjunctOnly(ctx, head, c.from - 2))) head = -1;
          // (A subject holds no verb of its own, but in a relative clause: « Une attaque qui a tué … »;
          // the compound verb's own auxiliary aside.)
          let relativeSeen = false;
          for (let k = head; head >= 0 && k <= c.from - 2; k++) {
            relativeSeen ||= lex.relatives.has(tokens[k]!.key);
            if (tokens[k]!.text === ',' || ctx.quoted[k] || (k > head && !relativeSeen && writtenAuxiliaryAt(ctx, k) && !(objectAfter && k === p - 1))) head = -1;
          }
          if (head >= 0 && wordsBetween(tokens, head, c.from - 2, 2) >= 2 && end > start && !(cuesOf.get(first.sentence) ?? []).some((o) => o !== c && o.from >= head && o.from < c.from)) {
            out.push({ start: tokens[head]!.start, end: tokens[c.from - 2]!.end, kind: 'indirect', rule: 'quotes/indirect-incise', cue: c, speaker: c.speaker });
            out.push({ start, end, kind: 'indirect', rule: 'quotes/indirect-incise', cue: c, speaker: c.speaker });
            continue;
          }
          if (end > start && wordsBetween(tokens, from, ctx.tokenAt(end - 1)) >= 2) out.push({ start, end, kind: 'indirect', rule: 'quotes/indirect-source-before', cue: c, speaker: c.speaker });
        }
        continue;
      }
    }
    // Words before the source: a comma or dash opening the sentence ("— Selon la police.") leaves none.
    // « Selon la préfecture, quatre personnes sont mortes, d'après un point communiqué mardi »: a
    // source that opens the sentence has the words; the one after them only says where it gave them.
    const openedBySource = (cuesOf.get(first.sentence) ?? []).some((o) => o !== c && o.kind === 'source' && o.speaker && !(o.initial && o.documentNoun === undefined && o.speaker.form === 'phrase') && o.from === afterDateline(ctx, sStart, c.from - 1));
    if (!opener && !openedBySource && c.from - 2 >= sStart && (tokens[comma]?.text === ',' || trailing({ ...c, after: true }, last))) {
      const from = afterDateline(ctx, sStart, c.from - 2);
      const start = tokens[from]!.start;
      const end = tokens[c.from - 2]!.end;
      if (wordsBetween(tokens, from, c.from - 2) >= 2 && !mostlyQuoted(spans, start, end)) out.push({ start, end, kind: 'indirect', rule: 'quotes/indirect-source-after', cue: c, speaker: c.speaker });
    }
  }
  return out;
}

/** A token where reported content may end (`closes`: the comma is the last token of a quotation). */
interface Break {
  at: number;
  closes: 0 | 1 | 2;
  /** The comma before the writer's apposition: it leaves the content three words at least ("profits fell, the worst result" keeps them). */
  apposition?: true;
  /** A contrast or concession that a reported clause may own (`contrastClauses`): it ends only a content with no auxiliary or past form before it (`finiteBefore`), an infinitive's, an object's or a phrase's. */
  contrast?: true;
  /** That contrast's subject is an impersonal pronoun ("…, but it …"): it goes on only with a person's content. */
  impersonal?: true;
  /** A stance verb's "-s" form joined by a conjunction, with no subject of its own: it goes on with a content whose cue is in another form. */
  sForm?: true;
  /** A verb's plain form joined by a conjunction, with no subject of its own: it goes on with a content whose cue is finite. */
  plain?: true;
}

/** The first break after token `from`, by binary search in a list sorted by position. */
function firstAfter(list: readonly Break[], from: number): Break | undefined {
  return list[countAtMost(list, from, (b) => b.at)];
}

/**
 * Content opened by its own marker, kept in it: a reported question after any verb ("asked
 * whether", "asked him if"), an infinitive right after a verb that is not a plain "say" ("vowed
 * to resign", "declined to comment"), or after the person told or asked ("urged Congress to
 * act", "told them to leave"). Gives the marker's token, or -1.
 */
function markedContent(ctx: SpeakerContext, c: SpokenCue, last: number): number {
  const { tokens, lex } = ctx;
  const at = (i: number) => i <= last && tokens[i]!.word;
  const asking = lex.askingVerbs.has(tokens[c.to - 1]!.key);
  // (A topic only after a form that is no noun: not "questions about his readiness"; nor an
  // amount's approximation: "asked about 1,000 adults whether", "asked about a dozen farmers".)
  const topic = asking && !lex.nounLike.has(tokens[c.to - 1]!.key);
  const topicAt = (i: number) => topic && lex.questionTopics.has(tokens[i]!.key) && !amountAt(ctx, i + 1);
  // The word after the marker may open a quotation ('vowed to “bomb the hell” out of …').
  const next = (i: number) => at(i + 1) || (i + 2 <= last && !tokens[i + 1]!.word && !!ctx.quoted[i + 2] && at(i + 2));
  const opens = (i: number, infinitive: boolean) =>
    at(i) && next(i) && (lex.questionWords.has(tokens[i]!.key) || (asking && lex.interrogatives.has(tokens[i]!.key)) || topicAt(i) || (infinitive && lex.infinitiveMarkers.has(tokens[i]!.key)));
  // The topic of a question is what follows its preposition ("asked about Cruz's charges").
  const after = (i: number) => (topicAt(i) ? i + 1 : i);
  // ("was asked to release the transcripts": a request.)
  // (An adverbial phrase that opens with a marker is no marker: « a appelé à plusieurs reprises au
  // respect … ».)
  const keys = keyReader(tokens, tokens[c.to - 1]!.sentence);
  const phraseAt = (i: number) => (at(i) ? lex.adverbs.match(keys, i) : undefined);
  const opening = phraseAt(c.to);
  // (After an infinitive's marker, no name and no article but where the verb takes that marker's
  // object, and then not before a name: « a appelé lundi à un transfert », not « a confirmé à
  // Reuters la mort … », « a soutenu lundi à l'ONU », « a appelé hier à l'Assemblée à voter ».)
  const placeAfter = (j: number) => {
    const w = tokens[j + 1];
    const objectOfMarker = !!c.verb?.objectNeeds?.has(tokens[j]?.key ?? '');
    const article = !!w?.word && (ctx.articles.has(w.key) || lex.determiners.has(w.key));
    return lex.infinitiveMarkers.has(tokens[j]?.key ?? '') && !!w?.word && (w.cap || (article && (!objectOfMarker || !!tokens[j + 2]?.cap)));
  };
  // (Past the people spoken to, an infinitive's marker before a verb opens the content: « a demandé
  // à Paul Roy de partir », « aux habitants de ne pas rester ».)
  const told = c.class === 'say' ? c.to : channelEnd(ctx, c.to, true);
  const then = tokens[told + 1];
  const verbal = !!then?.word && (lex.isBareInfinitive(then.key) || [lex.negationWords, lex.reflexives, lex.objectClitics, lex.objectPronouns].some((set) => set.has(then.key)));
  if (told > c.to && told < last && lex.infinitiveMarkers.has(tokens[told]!.key) && (verbal || !!ctx.quoted[told + 1])) return told;
  // (A verb that asserts may go on with a bare infinitive: « auraient assuré à leurs interlocuteurs
  // n'en avoir ni l'intention ».)
  const bareAfter = tokens[told];
  if (told > c.to && told < last && c.class === 'assert' && !!bareAfter?.word && (lex.isBareInfinitive(bareAfter.key) || lex.negationWords.has(bareAfter.key))) return told;
  // (So may a reflexive's infinitive right after it: « affirment se plaindre de l'humidité ».)
  const reflexive = tokens[c.to];
  if (c.class === 'assert' && c.to < last && !!reflexive?.word && lex.reflexives.has(reflexive.key) && lex.isBareInfinitive(tokens[c.to + 1]?.key ?? '')) return c.to;
  // (Right after the verb, the marker opens the content, not before the people spoken to and an
  // object after them (read above or by the object's rule), nor, for a verb that asserts, before the
  // people it speaks to or a place alone: « a affirmé à la presse », « a-t-il assuré à la sortie de
  // l'audience ».)
  const spokenTo = c.class === 'assert' && !!lex.channelLinks.match(keys, c.to) && articleToken(ctx, tokens[c.to + 1]) && !lex.isBareInfinitive(tokens[c.to + 2]?.key ?? '');
  const toPlace = placeAfter(c.to) && (spokenTo || pastChannelBeforeObject(ctx, c.to, last) > c.to);
  if (!(opening && opening.words.length > 1) && opens(c.to, c.class !== 'say' || asking) && !toPlace) return after(c.to);
  // (Past days, words of time after them and adverbs: « a appelé mardi soir à la grève », "vowed
  // Tuesday to remain"; not before a phrase of where the speaker spoke, « a nié hier à la télévision ».)
  const j = pastAdverbials(ctx, c.to, last, false);
  if (j > c.to && opens(j, c.class !== 'say' || asking) && !speechEventAt(ctx, j) && !placeAfter(j)) {
    // (A negation before the marker is the infinitive's: "pledged never to vote for it".)
    let negation = true;
    for (let i = c.to; i < j && negation; i++) negation = lex.contrastNegations.has(tokens[i]!.key);
    return negation && lex.infinitiveMarkers.has(tokens[j]!.key) ? c.to : after(j);
  }
  // "asked on Fox News who leads …", "asked Monday whether …": a short adjunct before the question.
  const t = tokens[c.to];
  if (asking && at(c.to) && ((lex.boundaries.has(t!.key) && !lex.complementizers.has(t!.key)) || lex.isAdverb(t!.key)) && !lex.interrogatives.has(t!.key)) {
    for (let i = c.to + 1; i <= Math.min(last, c.to + 6); i++) {
      const w = tokens[i]!;
      if (!w.word) break;
      if (topicAt(i)) return opens(i, false) ? i + 1 : -1;
      // Right after the preposition, the interrogative is the question's own ("in what way", « dans quelle mesure »).
      if (lex.interrogatives.has(w.key) || lex.questionWords.has(w.key)) return !opens(i, false) ? -1 : i === c.to + 1 && lex.boundaries.has(t!.key) ? c.to : i;
      if (lex.verbs.has(w.key) || lex.auxiliaries.has(w.key) || lex.complementizers.has(w.key)) break;
    }
  }
  // « a dit mardi avoir abattu 12 drones », « affirme ne pas savoir », « raconte avoir vu »: an
  // infinitive with no marker right after the verb (past adverbials and a negation) is what it
  // reports, in a language whose infinitives need none (`infinitiveEndings`).
  if (!asking) {
    // (Past the outlet or the people spoken to: « a raconté à l'AFP avoir tout perdu », « a déclaré à
    // la presse ne pas vouloir … ».)
    const from = channelEnd(ctx, j, true);
    let i = from;
    while (at(i) && lex.negationWords.has(tokens[i]!.key)) i++;
    const w = tokens[i];
    // (Not a preposition or a determiner of the same ending: « contre », « entre », « votre ».)
    const plain = at(i) && !w!.cap && ![lex.boundaries, lex.determiners, ctx.articles, lex.pronouns, lex.complementizers, lex.relatives].some((set) => set.has(w!.key)) && !lex.adjunctPrepositions.match(keys, i) && !lex.isAdverb(w!.key) && !lex.isTimeWord(w!.key);
    if (plain && lex.isBareInfinitive(w!.key) && !ctx.mentionStarting.has(i) && next(i - 1)) return from;
  }
  if (!lex.recipientVerbs.has(tokens[c.to - 1]!.key)) return -1;
  // The person spoken to: a pronoun, a name, or up to six words ("urged the Senate", "told lawmakers",
  // "asked the Upper Sarne dam operator if").
  for (let i = c.to + 1, limit = c.to + 6; i <= Math.min(last, limit); i++) {
    // ("asked NBC's Lester Holt to …": a possessive is part of the person's phrase.)
    if (possessiveAt(ctx, i - 1) && i + 1 <= last) {
      i++;
      limit += 2;
    }
    // ("urged Tom Hale, the head of the utility, to resign": past an apposition between commas, the
    // marker opens the content, which leaves the person and the apposition out.)
    if (tokens[i - 1]!.text === ',' && !ctx.quoted[i - 1]) {
      let close = i;
      while (close <= Math.min(last, i + 14) && (tokens[close]!.word || possessiveAt(ctx, close)) && !ctx.quoted[close]) close++;
      return close > i + 1 && tokens[close]?.text === ',' && !ctx.quoted[close] && close < last && opens(close + 1, true) && lex.infinitiveMarkers.has(tokens[close + 1]!.key) ? close + 1 : -1;
    }
    if (!tokens[i - 1]!.word || (lex.boundaries.has(tokens[i - 1]!.key) && !lex.infinitiveMarkers.has(tokens[i - 1]!.key))) return -1;
    // "urged residents to leave": the person urged is part of what the verb reports.
    if (opens(i, true)) return lex.infinitiveMarkers.has(tokens[i]!.key) ? c.to : after(i);
    // (A capitalised form is a name's: "asked the Echo's editor".)
    if ((lex.verbs.has(tokens[i]!.key) && !tokens[i]!.cap) || lex.complementizers.has(tokens[i]!.key) || auxiliaryAt(ctx, i) || lex.isPronoun(tokens[i]!.key)) return -1;
  }
  return -1;
}

/**
 * Is token `i` a plain word with an object right after it (a determiner or a pronoun), so a verb,
 * after a "that" that is then a relative pronoun: "loopholes that benefit others", "a foundation
 * that bears his name"? Not a gerund or a degree word, which open a clause's subject: "said at the
 * hearing that drafting the platform is open", "wrote that such a request was futile".
 */
function verbWithObject(ctx: SpeakerContext, i: number): boolean {
  const { tokens, lex } = ctx;
  const v = tokens[i];
  const then = tokens[i + 1];
  const objectNext = !!then?.word && then.sentence === v?.sentence && ((lex.determiners.has(then.key) && !lex.complementizers.has(then.key)) || lex.objectPronouns.has(then.key) || lex.isPronoun(then.key) || lex.quantifiers.has(then.key));
  return !!v?.word && objectNext && ![lex.boundaries, lex.determiners, lex.relatives, lex.auxiliaries, lex.degreeWords].some((set) => set.has(v.key)) && !lex.isPronoun(v.key) && !lex.isAdverb(v.key) && !lex.isGerund(v.key);
}

/**
 * Is there a verb form between two tokens: an auxiliary, a reporting verb, a past form as written, a
 * word after a pronoun, or, past the first word, a form in -s after a noun ("the plan works")?
 */
function verbWordIn(ctx: SpeakerContext, from: number, to: number): boolean {
  const { tokens, lex } = ctx;
  for (let i = from; i <= to; i++) {
    const t = tokens[i]!;
    if (!t.word || t.cap) continue;
    if (auxiliaryAt(ctx, i) || lex.verbs.has(t.key) || lex.isPastParticiple(t.text.toLowerCase()) || lex.isPronoun(tokens[i - 1]?.key ?? '')) return true;
    const p = tokens[i - 1];
    if (i > from && /[^s]s$/.test(t.key) && !!p?.word && ![lex.boundaries, lex.determiners, ctx.links].some((set) => set.has(p.key)) && !/^\p{N}/u.test(p.text) && !lex.isAdverb(p.key)) return true;
  }
  return false;
}

/**
 * Does a noun phrase follow the verb of cue `c`, past adverbs: a determiner or an article that is
 * no complementizer, and no word of time or day within four words ("said this week", « a déclaré
 * mardi soir » are time phrases)?
 */
function objectAfterVerb(ctx: SpeakerContext, c: SpokenCue, last: number): boolean {
  const { tokens, lex } = ctx;
  const keys = keyReader(tokens, tokens[c.from]!.sentence);
  let k = c.to;
  for (let adv = lex.adverbs.match(keys, k); adv && k <= last; adv = lex.adverbs.match(keys, k)) k += adv.words.length;
  const det = tokens[k];
  // (Not after an inverted subject: « a-t-on précisé de même source ».)
  if (c.pronoun || k > last || !det?.word || !(lex.determiners.has(det.key) || ctx.articles.has(det.key)) || [lex.complementizers, lex.boundaries].some((set) => set.has(det.key))) return false;
  for (let j = k + 1; j <= Math.min(last, k + 4) && tokens[j]!.word; j++) if (lex.isTimeWord(tokens[j]!.key)) return false;
  return true;
}

/**
 * Does an amount start at token `k`: a number that is no year, or an amount in words, after an
 * article or not ("six", "a dozen"; not the article alone)?
 */
function amountAt(ctx: SpeakerContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t?.word) return false;
  if (/^\p{N}/u.test(t.text)) return !YEAR.test(t.text);
  const n = ctx.articles.has(t.key) ? ctx.tokens[k + 1] : t;
  return !!n?.word && n.sentence === t.sentence && ctx.lex.amountWords.has(n.key) && !ctx.articles.has(n.key);
}

/**
 * Does the clause from token `k` hold a verb of its own, an auxiliary or a past form in lower case,
 * before a comma, a conjunction or its sentence's end (`bareNeedsVerb`: "fear the toll could rise",
 * not "feared the worst and called the police")?
 */
function verbOfClause(ctx: SpeakerContext, k: number): boolean {
  const { tokens, lex } = ctx;
  for (let i = k + 1; i < k + 12 && tokens[i]?.sentence === tokens[k]!.sentence; i++) {
    const w = tokens[i]!;
    // (A conjunction before a determiner or a capital joins two subjects: "fear the Fed and the banks are …".)
    const subjects = lex.coordinators.has(w.key) && !!tokens[i + 1]?.word && (lex.determiners.has(tokens[i + 1]!.key) || ctx.articles.has(tokens[i + 1]!.key) || tokens[i + 1]!.cap);
    if (!w.word || ctx.quoted[i] || (lex.coordinators.has(w.key) && !subjects) || lex.subordinators.match(keyReader(tokens, w.sentence), i)) return false;
    // (A verb form right after a determiner is a noun: "fear a repeat of 2011".)
    const noun = lex.determiners.has(tokens[i - 1]!.key) || ctx.articles.has(tokens[i - 1]!.key);
    if (!w.cap && !noun && (auxiliaryAt(ctx, i) || lex.isPastParticiple(w.key) || lex.verbs.has(w.key))) return true;
  }
  return false;
}

/**
 * Can a bare clause start at token `k` ("said people misunderstand him", "said none of the
 * emails")? A pronoun, a determiner or a name does; so does any other word that is not a
 * preposition or conjunction, a verb, an auxiliary, a relative or an object pronoun.
 */
function bareClauseAt(ctx: SpeakerContext, k: number): boolean {
  const { lex } = ctx;
  const t = ctx.tokens[k]!;
  // "said about half of the adjustment reflected …", "said around 300 people …": an approximation
  // before an amount, a number that is no year, one in words ("at least six") or a collective noun; not a complement of time or
  // of the person told before a complementizer ("said about 5 p.m. Tuesday that …").
  const approx = lex.approximators.match(keyReader(ctx.tokens, t.sentence), k);
  const n = approx ? ctx.tokens[k + approx.words.length] : undefined;
  if (n?.word && n.sentence === t.sentence && (amountAt(ctx, k + approx!.words.length) || lex.collectiveNouns.has(n.key))) {
    for (let i = k + approx!.words.length + 1; i < k + 16 && ctx.tokens[i]?.sentence === t.sentence; i++) {
      const w = ctx.tokens[i]!;
      if (!w.word) continue;
      if (lex.complementizers.has(w.key)) return false;
      if (auxiliaryAt(ctx, i) || lex.verbs.has(w.key)) break;
    }
    return true;
  }
  // "said of the platform committee": a link opens the verb's complement, not a clause; "showed
  // up to hear", "found out": a particle is part of the verb (but "predicting up to 60
  // millimeters", "up to five" is a quantity).
  // (Not « des », « du » right after the verb, the articles of a plural or a mass noun: « a annoncé
  // des mesures », « a promis du travail ».)
  const article = lex.linkArticles.has(t.key) && !!ctx.tokens[k + 1]?.word && ctx.tokens[k + 1]!.sentence === t.sentence && !ctx.tokens[k + 1]!.cap && ![lex.determiners, ctx.articles, lex.boundaries].some((set) => set.has(ctx.tokens[k + 1]!.key));
  if (article) return true;
  if (ctx.links.has(t.key)) return false;
  const amount = ctx.tokens[k + 2];
  if (lex.verbParticles.has(t.key) && !(lex.infinitiveMarkers.has(ctx.tokens[k + 1]?.key ?? '') && amount?.word && (/^\p{N}/u.test(amount.text) || lex.quantifiers.has(amount.key)))) return false;
  if (lex.isPronoun(t.key) || lex.determiners.has(t.key) || (t.cap && !t.initial)) return true;
  // "said having Mr. Putin treat him with respect is …": a gerund subject; so is another
  // gerund when a finite auxiliary follows within its clause ("saying calling the Islamic State
  // by another name will do nothing").
  if (lex.auxiliaries.has(t.key) && lex.isGerund(t.key)) return true;
  if (lex.isGerund(t.key) && !lex.verbParticles.has(ctx.tokens[k + 1]?.key ?? '')) {
    for (let i = k + 2; i < k + 14 && ctx.tokens[i]?.sentence === t.sentence && ctx.tokens[i]!.text !== ',' && !ctx.quoted[i]; i++) {
      const w = ctx.tokens[i]!;
      if (lex.complementizers.has(w.key) || lex.relatives.has(w.key) || lex.pronouns.has(w.key)) break;
      if (auxiliaryAt(ctx, i) && !lex.isGerund(w.key) && !lex.infinitiveAuxiliaries.has(w.key) && !lex.degreeWords.has(w.key)) return true;
    }
  }
  // (A plural that is also a verb form is a noun here: "said comments from Rice … were consistent";
  // so is one listed only with its preposition: "said talks had broken down".)
  const plural = (lex.nounLike.has(t.key) || !lex.oneWordVerbs.has(t.key)) && t.key.endsWith('s');
  // (And a singular one before its auxiliary: "said demand had collapsed".)
  return ![lex.boundaries, lex.auxiliaries, lex.relatives, lex.objectPronouns, lex.complementizers].some((set) => set.has(t.key)) && (!lex.verbs.has(t.key) || plural || nounBeforeAuxiliary(ctx.tokens, ctx.quoted, k, lex));
}

/**
 * Is token `i`, right after a noun phrase, a finite auxiliary that the phrase is the subject of: no
 * infinitive's ("be", "have"), and not before a subject of its own, which inverts a question or a
 * condition ("asked the committee would it reconsider", "told investors had the deal failed")?
 */
function finiteAfterPhrase(ctx: SpeakerContext, i: number): boolean {
  const { tokens, lex } = ctx;
  const next = tokens[i + 1];
  if (!auxiliaryAt(ctx, i) || lex.infinitiveAuxiliaries.has(tokens[i]!.key)) return false;
  return !(next?.word && next.sentence === tokens[i]!.sentence && (lex.pronouns.has(next.key) || lex.determiners.has(next.key) || ctx.articles.has(next.key)));
}

/**
 * The token after the person a recipient verb reports to ("told them", "told his closest
 * advisers", "told Anna Berg"): an object pronoun, a name, or a determiner and up to four words;
 * the token after the cue when there is none (or when an auxiliary follows the phrase, its
 * clause's verb).
 */
function recipientEnd(ctx: SpeakerContext, c: SpokenCue): number {
  const { tokens, lex } = ctx;
  const k = c.to;
  const t = tokens[k];
  if (c.kind !== 'verb' || !t?.word || t.sentence !== tokens[c.from]!.sentence || !lex.recipientVerbs.has(tokens[c.to - 1]!.key)) return k;
  const next = tokens[k + 1];
  const nounAfter = !!next?.word && next.sentence === t.sentence && ![lex.boundaries, lex.verbs, lex.auxiliaries, lex.complementizers, lex.relatives].some((set) => set.has(next.key));
  // "her" is a determiner when a noun follows ("told her closest advisers"), else the person told.
  if (lex.objectPronouns.has(t.key) && !(lex.determiners.has(t.key) && nounAfter)) return k + 1;
  // (A phrase that an auxiliary follows is the subject of what is told, not the person told: "The
  // mayor promised the pool would reopen", "assured Hale would win".)
  const told = (end: number) => (finiteAfterPhrase(ctx, end) ? k : end);
  const m = ctx.mentionStarting.get(k);
  if (m) return told(ctx.tokenAt(m.end - 1) + 1);
  if (!lex.determiners.has(t.key)) return k;
  // "told The Huffington Post": a name after the determiner, whatever its words ("Post").
  const named = ctx.mentionStarting.get(k + 1);
  if (named && named.type !== 'place') return told(ctx.tokenAt(named.end - 1) + 1);
  let i = k + 1;
  while (i < k + 5 && tokens[i]?.word && tokens[i]!.sentence === t.sentence && ![lex.boundaries, lex.verbs, lex.auxiliaries, lex.complementizers, lex.relatives, lex.determiners].some((set) => set.has(tokens[i]!.key))) i++;
  return told(i);
}

/**
 * ", which officials said will take effect,": the cue's subject is short and opens a relative
 * clause after a comma, and a finite auxiliary follows the cue, so the clause's verb comes after
 * the cue and the relative pronoun is its subject.
 */
function relativeSubject(ctx: SpeakerContext, c: SpokenCue): boolean {
  const { tokens, lex } = ctx;
  const next = tokens[c.to];
  if (!c.speaker || c.after || !next?.word || !lex.auxiliaries.has(next.key) || lex.isGerund(next.key) || lex.infinitiveAuxiliaries.has(next.key)) return false;
  const at = ctx.tokenAt(c.speaker.start);
  if (c.from - at > 4 || ctx.tokenAt(c.speaker.end - 1) !== c.from - 1) return false;
  const opener = tokens[at - 1];
  if (!opener?.word || opener.sentence !== next.sentence) return false;
  // A relative after a comma; "The figures that the agency reported are higher", "What she said
  // is true" have the cue's object missing, and the verb after it is the main clause's.
  if (lex.relatives.has(opener.key) && tokens[at - 2]?.text === ',') return true;
  // But when a verb comes before the relative's antecedent, the main clause has its verb, and the
  // one after the cue is the relative's ("withheld information that officials said would
  // compromise security", "a charity that prosecutors said was suspected of …", "focused on what
  // he said were the failures of …").
  if (![lex.relatives, lex.complementizers, lex.freeRelatives].some((set) => set.has(opener.key))) return false;
  for (let i = at - 2; i >= 0 && tokens[i]!.sentence === next.sentence; i--) {
    const w = tokens[i]!;
    if (ctx.quoted[i] || !w.word || w.cap) continue;
    if (auxiliaryAt(ctx, i) || lex.infinitiveMarkers.has(w.key) || lex.isPastParticiple(w.key) || (lex.verbs.has(w.key) && !lex.nounLike.has(w.key))) return true;
  }
  return false;
}

/**
 * "LOS ANGELES, Feb. 2 (UPI) — The next record …": the first token after a dateline that opens the
 * sentence (a place in capitals, a date, an agency in brackets, then a dash), else `from`. The
 * dateline is the writer's, not the reported words. It must end before token `to`.
 */
function afterDateline(ctx: SpeakerContext, from: number, to: number): number {
  const { tokens } = ctx;
  let capitals = false;
  for (let i = from; i < Math.min(to, from + 12); i++) {
    const t = tokens[i]!;
    if (DASH.test(t.text)) {
      let next = i + 1;
      while (next < to && DASH.test(tokens[next]!.text)) next++;
      return capitals && i > from ? next : from;
    }
    if (t.word && t.text.length > 1 && t.text === t.text.toLocaleUpperCase() && /\p{Lu}/u.test(t.text)) capitals = true;
    else if (t.word ? !t.cap && !/^\p{N}/u.test(t.text) : !/^[,.()]$/.test(t.text)) return from;
  }
  return from;
}

/**
 * Do the words `from`..`endTok` before a cue's comma end with an opening phrase, its comma and a
 * quotation that a capital opens (« Interrogée sur le projet, « Il sauvera des vies », a déclaré la
 * ministre »)? The quotation is the speaker's, and the phrase no content. One in lower case goes on
 * with the phrase (« Dans le quartier, « le calme a été maintenu », a ajouté la sous-préfète », « La
 * question …, « va être reposée » »), unless a participle opens it, which describes the speaker
 * (« Interrogée sur le projet, « il … » »).
 */
function speakerQuotationAfterPhrase(ctx: SpeakerContext, from: number, endTok: number): boolean {
  const { tokens, lex } = ctx;
  // The quotation's first token (its opening mark), past marks after it that are not quoted.
  let q = endTok;
  while (q > from && !tokens[q]!.word && !ctx.quoted[q]) q--;
  if (!ctx.quoted[q]) return false;
  while (q > from && ctx.quoted[q - 1]) q--;
  if (q >= endTok) return false;
  // The comma before its opening marks, and its first word.
  let o = q - 1;
  while (o > from && !tokens[o]!.word && tokens[o]!.text !== ',') o--;
  let w = q;
  while (w < endTok && !tokens[w]!.word) w++;
  return tokens[o]?.text === ',' && !ctx.quoted[o] && (/^\p{Lu}/u.test(tokens[w]!.text) || lex.isPastParticiple(tokens[from]!.text.toLowerCase()));
}

/**
 * "In a 1963 speech, he said", "As an immigrant, she said": words that open with a preposition
 * of an adverbial phrase (after any coordinator) and hold no comma, no auxiliary and no verb are
 * an adjunct of the clause that follows, not the words reported before a cue.
 */
function adjunctOnly(ctx: SpeakerContext, from: number, to: number): boolean {
  const { tokens, lex } = ctx;
  let i = from;
  while (i < to && (lex.coordinators.has(tokens[i]!.key) || lex.verbConjunctions.has(tokens[i]!.key))) i++;
  const keys = keyReader(tokens, tokens[i]!.sentence);
  if (!tokens[i]!.word) return false;
  // "But because he had already spent time in detention, he found …": a clause opened by a
  // subordinator after a coordinator, with no comma after which the main clause would come (not
  // "If the levee fails the town will flood, the engineer warned", which runs on with no comma).
  if (i > from && lex.subordinators.match(keys, i)) {
    for (let k = i + 1; k <= to; k++) if (tokens[k]!.text === ',' && !ctx.quoted[k]) return false;
    return true;
  }
  // Each phrase between commas opens with a preposition, an adverb or a gerund ("Then, last week,
  // Eric Trump called", "Initially a Democrat, he …", "Weighing in on the discussion, …").
  let open = i;
  for (let k = i; k <= to + 1; k++) {
    if (k <= to && !(tokens[k]!.text === ',' && !ctx.quoted[k])) continue;
    if (open > to || open === k || !tokens[open]!.word || !opensAdjunct(ctx, keys, open)) return false;
    // An auxiliary or a verb makes a clause ("About 270 people have been resettled"), and so does a
    // word before an object pronoun that is no preposition, gerund or the phrase's first word
    // ("Seeing his brother suffering led him to avoid …"); a capitalised word is a name ("The
    // Huffington Post", "in late May"), and a relative clause describes a noun of the phrase.
    for (let n = open + 1; n < k && !lex.relatives.has(tokens[n]!.key); n++) {
      if (!tokens[n]!.cap && (auxiliaryAt(ctx, n) || lex.verbs.has(tokens[n]!.key))) return false;
      const verb = tokens[n - 1]!;
      if (lex.objectPronouns.has(tokens[n]!.key) && !lex.pronouns.has(tokens[n]!.key) && n - 1 > open && verb.word && !verb.cap && ![lex.boundaries, ctx.links, lex.determiners].some((set) => set.has(verb.key)) && !lex.isGerund(verb.key)) return false;
    }
    open = k + 1;
  }
  return true;
}

/**
 * Do tokens `from` to `to` only give a date (« Le 8 juillet », "On May 5, 2016"): figures, days,
 * months, words of time, determiners and prepositions?
 */
function dateOnly(ctx: SpeakerContext, from: number, to: number): boolean {
  const { tokens, lex } = ctx;
  let calendar = false;
  for (let i = from; i <= to; i++) {
    const t = tokens[i]!;
    if (!t.word || /^\d+(?:er)?$/.test(t.key)) continue;
    if (lex.isCalendar(t.key)) calendar = true;
    else if (!lex.timeWords.has(t.key) && !lex.determiners.has(t.key) && !lex.boundaries.has(t.key)) return false;
  }
  return calendar;
}

/**
 * May token `w` end a noun phrase, so that an auxiliary after it is a clause's verb? Not an
 * auxiliary, a preposition or link, a determiner or article, an infinitive's marker or an adverb.
 */
function endsNounPhrase(ctx: SpeakerContext, w: Token): boolean {
  const { lex } = ctx;
  return w.word && ![lex.auxiliaries, lex.boundaries, ctx.links, lex.determiners, lex.infinitiveMarkers].some((set) => set.has(w.key)) && !lex.isAdverb(w.key) && !ctx.articles.has(w.key);
}

/** Is there a coordinator ("and", "or") outside quotation marks between tokens `from` and `to` (excluded)? */
function coordinatedAfter(ctx: SpeakerContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ctx.tokens[i]!.word && !ctx.quoted[i] && ctx.lex.coordinators.has(ctx.tokens[i]!.key)) return true;
  return false;
}

/** Does a phrase open with a preposition of an adjunct, an adverb or a gerund ("In a speech", "Initially", "Weighing in")? */
function opensAdjunct(ctx: SpeakerContext, keys: ReturnType<typeof keyReader>, i: number): boolean {
  const { lex } = ctx;
  const key = ctx.tokens[i]!.key;
  // (Not a determiner as written: « Des milliers de riverains manifestaient » opens with an
  // article, whose key is that of « dès »; « A l'égard de » is « À ».)
  const preposition = !!lex.adjunctPrepositions.match(keys, i) && !(lex.determiners.has(writtenForm(ctx.tokens[i]!.text)) && !lex.adjunctPrepositionForms.has(writtenForm(ctx.tokens[i]!.text)));
  return preposition || !!lex.adverbs.match(keys, i) || lex.isAdverb(key) || (lex.isGerund(key) && !auxiliaryAt(ctx, i));
}

/**
 * "accused Trump of lying in an interview with CNN on Sunday", « a dénoncé le projet lors d'un
 * meeting »: a phrase opened by a preposition whose noun says where or how the speaker spoke is
 * the verb's adjunct, and the content ends before it. Gives the content's new end offset.
 */
function beforeSpeechEvent(ctx: SpeakerContext, from: number, end: number, least: number): number {
  const { tokens, lex } = ctx;
  const last = ctx.tokenAt(end - 1);
  const keys = keyReader(tokens, tokens[from]!.sentence);
  // Only in a plain phrase: not in a clause inside it ("the official who spoke at a rally", "the
  // claims that she lied in an interview", « l'élu qui a diffusé une vidéo »).
  // A verb form after a determiner is a noun ("slammed the remarks in an interview").
  const noun = (i: number) => ctx.articles.has(tokens[i - 1]?.key ?? '') || lex.determiners.has(tokens[i - 1]?.key ?? '');
  const clauseAt = (i: number) => auxiliaryAt(ctx, i) || (lex.verbs.has(tokens[i]!.key) && !noun(i)) || [lex.relatives, lex.complementizers].some((set) => set.has(tokens[i]!.key)) || lex.isPronoun(tokens[i]!.key);
  for (let j = from; j <= last; j++) {
    if (ctx.quoted[j] || !tokens[j]!.word) continue;
    if (clauseAt(j)) return end;
    if (j < from + least) continue;
    const p = lex.speechEventPrepositions.match(keys, j);
    if (!p) continue;
    // The noun phrase: determiners, possessives and up to three modifiers before the noun.
    let k = j + p.words.length;
    for (let n = 0; n < 5 && k <= last; n++) {
      const noun = lex.speechEventNouns.match(keys, k);
      const after = tokens[k + (noun?.words.length ?? 0)];
      // The noun heads its phrase ("on a private email server" is no email).
      if (noun && !(after?.word && !after.cap && after.sentence === tokens[k]!.sentence && ![lex.boundaries, lex.verbs, lex.auxiliaries, lex.relatives].some((set) => set.has(after.key)) && !lex.isAdverb(after.key) && !lex.isCalendar(after.key) && !lex.isGerund(after.key) && !lex.isPastParticiple(after.key))) {
        return cutBefore(tokens, from, j, end, least);
      }
      if (possessiveAt(ctx, k)) {
        k += 2;
        continue;
      }
      const w = tokens[k]!;
      // Not past a link: "on the sidelines of the rally" is no venue.
      if (!w.word || ctx.quoted[k] || auxiliaryAt(ctx, k) || [lex.verbs, lex.complementizers, lex.relatives, lex.boundaries, ctx.links].some((set) => set.has(w.key))) break;
      k++;
    }
  }
  // "endorsed Cruz last week": a listed time phrase of two words or more at the end (a lone adverb
  // may belong to the object: "a few hours later"; not after a preposition or a participle: "the
  // results for last year", "the deal reached last night").
  for (let i = from + least; i <= last; i++) {
    const a = lex.adverbs.match(keys, i);
    const head = tokens[i - 1]!;
    if (a && a.words.length >= 2 && i + a.words.length - 1 === last && !ctx.quoted[i] && !lex.boundaries.has(head.key) && !ctx.links.has(head.key) && !lex.isPastParticiple(head.key)) return cutBefore(tokens, from, i, end, least);
  }
  // "announced her backing on Monday", "endorsed Mr. Sanders in early June", "may endorse Clinton
  // in coming weeks": a preposition, two modifiers at most and a day, a month or a word of time at
  // the end (not "the party’s July convention", "in the second half of July", "a similar effort in 2007").
  if (!tokens[last]!.word || !(lex.isCalendar(tokens[last]!.key) || (lex.timeWords.has(tokens[last]!.key) && !tokens[last]!.cap)) || ctx.quoted[last]) return end;
  // ("supported the cuts for years", "has written about it for more than 25 years": a
  // preposition of duration before a word of time, three modifiers at most.)
  // (A preposition of duration may also be a link: "director for …". A duration counts its time,
  // in the plural or with a number: not "its results for last year".)
  const time = tokens[last]!.key;
  const plural = lex.timeWords.has(time) && time.endsWith('s') && lex.timeWords.has(time.slice(0, -1));
  for (let p = last - 1; p >= Math.max(from + least, last - 4); p--) {
    const w = tokens[p]!;
    let counted = plural;
    for (let i = p + 1; i < last && !counted; i++) counted = /^\p{N}/u.test(tokens[i]!.text);
    if (w.word && !ctx.quoted[p] && lex.durationPrepositions.has(w.key) && lex.timeWords.has(time) && counted) return cutBefore(tokens, from, p, end, least);
    if (!w.word || ctx.quoted[p] || ctx.links.has(w.key)) return end;
    if (p >= last - 3 && lex.speechEventPrepositions.match(keys, p)) return cutBefore(tokens, from, p, end, least);
  }
  return end;
}

/** A mark that may close a quotation: ” » " ’, or the second of two straight apostrophes (''). */
function closingMark(tokens: readonly Token[], e: number): boolean {
  const t = tokens[e]!;
  return /[”»"’]/.test(t.text) || (t.text === "'" && tokens[e - 1]?.text === "'" && tokens[e - 1]!.end === t.start);
}

/** A percent sign after a number, or a bracket that the content opened: "would reach 2%;", "(about £4 billion);". */
function keptSign(tokens: readonly Token[], from: number, e: number): boolean {
  const t = tokens[e]!.text;
  if (/^[%‰]$/.test(t)) return /^\p{N}/u.test(tokens[e - 1]?.text ?? '');
  if (t !== ')') return false;
  for (let i = e - 1; i >= from; i--) if (tokens[i]!.text === '(') return true;
  return false;
}

/** The end offset of content from token `from` cut before token `cut` (marks dropped, closing quotes and kept signs kept), or `end` when fewer than `least` words would be left. */
function cutBefore(tokens: readonly Token[], from: number, cut: number, end: number, least: number): number {
  let e = cut - 1;
  while (e > from && !tokens[e]!.word && !closingMark(tokens, e) && !keptSign(tokens, from, e)) e--;
  return wordsBetween(tokens, from, e) >= least ? tokens[e]!.end : end;
}

/**
 * Does a phrase that says where or how someone spoke open at token `j` ("in an interview", « lors
 * d'un sommet des élus »)? Looser than the walk in `beforeSpeechEvent` on purpose: it only lets
 * "that"/« que » stand further from the verb, and need not find the head of a phrase it cuts.
 */
function speechEventAt(ctx: SpeakerContext, j: number): boolean {
  const { tokens, lex } = ctx;
  const t = tokens[j];
  if (!t?.word) return false;
  const keys = keyReader(tokens, t.sentence);
  const p = lex.speechEventPrepositions.match(keys, j);
  if (!p) return false;
  // A possessive's apostrophe is no word ("during this week’s GOP debate").
  const word = (w: Token | undefined) => !!w && w.sentence === t.sentence && (w.word || /^['’]$/.test(w.text));
  for (let k = j + p.words.length, n = 0; n < 7 && word(tokens[k]); k++) {
    if (!tokens[k]!.word) continue;
    n++;
    if (lex.speechEventNouns.match(keys, k)) return true;
    if (auxiliaryAt(ctx, k) || [lex.verbs, lex.complementizers, lex.relatives].some((set) => set.has(tokens[k]!.key))) return false;
  }
  return false;
}

/** The most tokens of a phrase a name stands in apposition to ("the ministry's spokesman"). */
const APPOSED_WORDS = 6;

/**
 * "The report is flawed, the ministry's spokesman, Tom Hale, said", "Pagliano's attorney, Mark
 * Reed, also commented": a name set between commas right before its verb (adverbs aside) stands in
 * apposition to the phrase before it, which is no reported content ("The dam held, Mark Reed said"
 * has no comma after the name).
 */
function appositive(ctx: SpeakerContext, c: SpokenCue): boolean {
  const { tokens, lex } = ctx;
  if (c.after || !c.speaker) return false;
  let k = ctx.tokenAt(c.speaker.end - 1) + 1;
  if (tokens[k]?.text !== ',') return false;
  for (k++; k < c.from; k++) if (!tokens[k]!.word || !lex.isAdverb(tokens[k]!.key)) return false;
  return true;
}

/**
 * Is token `i` a comma before a reporting verb's gerund in lower case ("…, adding that", « …,
 * ajoutant que »), which goes on with the same speaker?
 */
function participleAfterComma(ctx: SpeakerContext, i: number): boolean {
  const { tokens, lex } = ctx;
  const n = tokens[i]?.text === ',' ? tokens[i + 1] : undefined;
  return !!n?.word && !n.cap && lex.isGerund(n.key) && lex.verbs.has(n.key);
}

/**
 * Does the clause end with the verb, past the person told and adjuncts ("said Monday", "told
 * reporters in a statement"), or before a reporting participle after a comma ("said, adding that
 * …")? A verb with an object (« avance un chiffre ») reports nothing before it.
 */
function endsClause(ctx: SpeakerContext, c: SpokenCue): boolean {
  const { tokens, lex } = ctx;
  const sentence = tokens[c.from]!.sentence;
  const keys = keyReader(tokens, sentence);
  let from = recipientEnd(ctx, c);
  // "told reporters": a bare noun is the people told.
  if (from === c.to && lex.recipientVerbs.has(tokens[c.to - 1]!.key) && tokens[from]?.word && tokens[from]!.sentence === sentence) from++;
  for (let k = from; k < tokens.length && tokens[k]!.sentence === sentence; k++) {
    const t = tokens[k]!;
    // (A reporting participle after a comma goes on with the same speaker: "…, its chief
    // executive, Bjorn Aaltonen, said on Wednesday, adding: …".)
    if (participleAfterComma(ctx, k) && tokens[k + 1]!.sentence === sentence) return true;
    if (!t.word || lex.isAdverb(t.key) || lex.boundaries.has(t.key) || lex.determiners.has(t.key)) continue;
    const noun = lex.speechEventNouns.match(keys, k);
    if (!noun) return false;
    k += noun.words.length - 1;
  }
  return true;
}

/**
 * "The argument would be aided, he said, by the upcoming primary calendar", "It is his job, he
 * said, to talk to Congress": after an incise, the head's clause goes on only where it asks for
 * what follows: an agent's preposition after a passive head, or before a gerund ("standing in the
 * way, he said, by creating …"); an infinitive after a head that an impersonal pronoun opens. Any
 * other phrase says how, where, when or why the speaker spoke (", he said, with a laugh", ", he
 * said, in Spanish", ", she said, to applause", ", she said, to emphasize her point").
 */
function prepositionCarriesOn(ctx: SpeakerContext, at: number, headFrom: number, headTo: number): boolean {
  const { tokens, lex } = ctx;
  const p = tokens[at];
  const next = tokens[at + 1];
  if (!p?.word || ctx.quoted[at] || !next?.word || next.sentence !== p.sentence || ctx.quoted[at + 1] || headFrom < 0) return false;
  if (lex.infinitiveMarkers.has(p.key)) {
    // (An infinitive, not the people told: ", he said, to reporters".)
    const plural = /[^su]s$/.test(next.key);
    return lex.impersonalPronouns.has(tokens[headFrom]!.key) && !next.cap && !plural && ![lex.determiners, ctx.articles, lex.pronouns, lex.objectPronouns, lex.quantifiers].some((set) => set.has(next.key)) && !lex.isTimeWord(next.key);
  }
  if (!lex.agentPrepositions.has(p.key)) return false;
  if (!next.cap && lex.isGerund(next.key)) return true;
  // (Not a time: "The fire was contained, officials said, by early Saturday morning.")
  for (let k = at + 1; k <= at + 3 && tokens[k]?.word && tokens[k]!.sentence === p.sentence; k++) if (lex.isTimeWord(tokens[k]!.key)) return false;
  for (let k = headFrom + 1; k <= headTo; k++) if (auxiliaryAt(ctx, k - 1) && tokens[k]!.word && !tokens[k]!.cap && lex.isPastParticiple(tokens[k]!.text.toLowerCase())) return true;
  return false;
}

/**
 * "executive director of the agency", "historian at the library", « directeur de l'agence »: up to
 * four plain words in lower case, none a verb form, then a link or a preposition. After a name, a
 * role with no determiner.
 */
function bareRole(ctx: SpeakerContext, from: number): boolean {
  const { tokens, lex } = ctx;
  const sentence = tokens[from]?.sentence;
  for (let k = from; k < from + 5; k++) {
    const w = tokens[k];
    if (!w?.word || w.sentence !== sentence || ctx.quoted[k]) return false;
    if (k > from && (ctx.links.has(w.key) || lex.nounPrepositions.has(w.key))) return true;
    const plain = !w.cap && !/\p{N}/u.test(w.text) && !/(?:ed|ing|[^su]s)$/.test(w.key) && !lex.isAdverb(w.key) && !lex.isPronoun(w.key);
    if (!plain || [lex.verbs, lex.auxiliaries, lex.boundaries, lex.determiners, lex.relatives, lex.complementizers, ctx.articles].some((set) => set.has(w.key))) return false;
  }
  return false;
}

/**
 * "called her “third-rate” and boycotted one of the debates", "claimed self-defense and was
 * acquitted", "calling Obama an “ignorant baboon” and tweeting a photo": an object with no verb
 * form, then a coordinator and a verb with no subject of its own (an auxiliary, a past form as
 * written, a reporting verb), which is the speaker's next predicate; the object ends before the
 * coordinator. Gives the new end offset.
 */
function beforePredicate(ctx: SpeakerContext, from: number, end: number): number {
  const { tokens, lex } = ctx;
  for (let i = from; i < tokens.length && tokens[i]!.end <= end; i++) {
    const t = tokens[i]!;
    if (ctx.quoted[i] || !t.word) continue;
    if (i > from && (lex.coordinators.has(t.key) || lex.verbConjunctions.has(t.key))) {
      let v = i + 1;
      while (tokens[v]?.word && tokens[v]!.end <= end && lex.isAdverb(tokens[v]!.key) && !lex.boundaries.has(tokens[v]!.key)) v++;
      const w = tokens[v];
      // (A coordinator that ends the span, where another report cut it, is left out: "hasn't
      // endorsed her or conceded his bid".)
      const lastWord = !!w && w.end > end && tokens[i - 1]!.word;
      if (!w?.word || w.end > end || w.cap || ctx.quoted[v]) return lastWord ? tokens[i - 1]!.end : end;
      // (A reflexive is the verb's after it: « et s'engage à » is one, « pour ouvrir la porte et se
      // débarrasser » an infinitive's. A form that may be a noun, or a past form that may be an
      // adjective, is a verb only before what a verb takes or at the end: « les insultes et menaces
      // reçues », "the tax increases and planned layoffs" are nouns.)
      const keys = keyReader(tokens, w.sentence);
      const predicate = lex.reflexives.has(w.key)
        ? writtenAuxiliaryAt(ctx, v + 1) || !!lex.verbs.match(keys, v + 1)
        : (auxiliaryAt(ctx, v) && !lex.infinitiveMarkers.has(w.key)) || (!!lex.verbs.match(keys, v) && (!lex.nounLike.has(w.key) || objectFollows(ctx, v + 1))) || (lex.isPastParticiple(w.text.toLowerCase()) && !lex.isGerund(w.key) && (objectFollows(ctx, v + 1) || !tokens[v + 1]?.word || tokens[v + 1]!.end > end));
      if (!predicate) return end;
      let e = i - 1;
      while (e > from && !tokens[e]!.word && !/[”»"’]/.test(tokens[e]!.text)) e--;
      return tokens[e]!.end;
    }
    // A verb form before the coordinator makes a clause, whose subject the coordinated verb shares.
    if (auxiliaryAt(ctx, i) || lex.pronouns.has(t.key) || lex.complementizers.has(t.key) || lex.relatives.has(t.key) || (lex.verbs.has(t.key) && !(i > from && (lex.determiners.has(tokens[i - 1]!.key) || ctx.articles.has(tokens[i - 1]!.key)))) || (!t.cap && i > from && lex.isPastParticiple(t.text.toLowerCase()))) return end;
  }
  return end;
}

/** Does token `i` open what a verb takes: a determiner, an article, a pronoun, a quantifier, a number, a name, a complementizer or an infinitive's marker? */
function objectFollows(ctx: SpeakerContext, i: number): boolean {
  const { tokens, lex } = ctx;
  const t = tokens[i];
  return !!t?.word && (t.cap || /^\p{N}/u.test(t.text) || [lex.determiners, ctx.articles, lex.objectPronouns, lex.pronouns, lex.complementizers, lex.infinitiveMarkers, lex.quantifiers].some((set) => set.has(t.key)));
}

/**
 * After a source that opens the sentence and its comma, at token `from`: what describes the source
 * up to the next comma, an apposition that an article of one thing opens ("According to documents
 * from Diane Blair, a close friend of Mrs. Clinton's who died in 2000, the first lady …"), the
 * rest of a list ("according to interviews with his friends, aides and allies, he …") or a
 * participle's phrase ("According to Jack Kelly, writing for RealClearPolitics:"). Gives the token
 * the content starts at (`from` when nothing describes the source), or undefined when the
 * description ends the sentence's words, which then report nothing here.
 */
function pastSourceDescription(ctx: SpeakerContext, c: SpokenCue, from: number, last: number): number | undefined {
  const { tokens, lex } = ctx;
  if (c.speaker?.form === 'pronoun') return from;
  let j = from;
  while (j <= last && (tokens[j]!.text !== ',' || ctx.quoted[j]) && tokens[j]!.text !== ':') j++;
  const t = tokens[from];
  const comma = j < last && tokens[j]!.text === ',';
  // (Not the clause's subject, which a parenthesis follows: "According to the mayor, the levee,
  // built in 1950, will hold", "…, the levee, which …, will hold".)
  const n = tokens[j + 1];
  if (tokens[j]?.text === ',' && !!n?.word && !n.cap && (auxiliaryAt(ctx, j + 1) || lex.relatives.has(n.key) || lex.isPastParticiple(n.text.toLowerCase()) || lex.isGerund(n.key) || lex.verbs.has(n.key) || lex.isAdverb(n.key))) return from;
  // (A list's rest: four plain words at most, a coordinator among them.)
  let listed = false;
  let plain = j - from <= 4;
  for (let k = from; k < j && plain; k++) {
    const w = tokens[k]!;
    listed ||= lex.coordinators.has(w.key);
    plain = w.word && !w.cap && !auxiliaryAt(ctx, k) && !lex.isPronoun(w.key) && ![lex.complementizers, lex.verbs, lex.determiners, lex.boundaries].some((set) => set.has(w.key) && !lex.coordinators.has(w.key));
  }
  // (An apposition opens with an article of one thing, "the levee …" may be the subject; and no
  // auxiliary comes before a relative: "an email was sent from …" is the clause.)
  let finite = false;
  for (let k = from; k < j && !lex.relatives.has(tokens[k]!.key) && !finite; k++) finite = auxiliaryAt(ctx, k);
  // (And the clause after them opens with a determiner or a pronoun in lower case, its subject:
  // "According to police, a woman, 34, was killed", "a majority of voters, 54 percent, support …",
  // "a lawyer …, Mr. Cohen, lied …" are one clause.)
  const subjectNext = !!n?.word && !n.cap && (lex.determiners.has(n.key) || ctx.articles.has(n.key) || lex.pronouns.has(n.key));
  const apposed = comma && subjectNext && !finite && !!t?.word && lex.singularArticles.has(t.key);
  // (A participle's phrase before a comma or a colon, not a gerund subject: "To Ms. Gil,
  // skateboarding represents …".)
  const participle = (comma || tokens[j]?.text === ':') && !!t?.word && !t.cap && lex.isGerund(t.key);
  // (Or a past participle's phrase, before a clause's subject: « Selon le parquet, contacté par
  // l'AFP, l'enquête … », "According to the prosecutor, reached by phone, two men …".)
  const described = comma && !finite && (subjectNext || !!n?.cap) && !!t?.word && !t.cap && lex.isPastParticiple(t.text.toLowerCase());
  // (A role with no determiner after a name, or after a possessor: « Selon Marc Legoff, délégué
  // syndical, près de 60 % … », "According to Dr Fay Morrison, the report's lead author, the …".)
  const role = comma && !finite && (c.speaker?.form === 'name' || c.speaker?.form === 'role') && roleDescription(ctx, from, j);
  // (Or the source's examples: "According to several sources, including local committees, …",
  // « Selon différentes sources, dont les comités locaux, … ».)
  const examples = comma && !finite && !!lex.exampleMarkers.match(keyReader(tokens, tokens[from]!.sentence), from);
  if (!apposed && !(comma && (subjectNext || !!n?.cap) && listed && plain) && !participle && !described && !role && !examples) return from;
  // (Another role may follow: « Selon Didier Billion, directeur …, spécialiste du Proche-Orient, … ».)
  return comma ? (role ? (pastSourceDescription(ctx, c, j + 1, last) ?? j + 1) : j + 1) : undefined;
}

/** The token after a conjunction that opens a clause at token `i` ("And …", "But …"), else `i`. */
function pastConjunction(ctx: SpeakerContext, i: number): number {
  const key = ctx.tokens[i]?.key ?? '';
  return ctx.lex.coordinators.has(key) || ctx.lex.verbConjunctions.has(key) ? i + 1 : i;
}

/**
 * « à Reuters la mort … », « aux journalistes la fin … », "to Reuters the death …": past a channel
 * link and the outlet or people after it (a name, or a plain noun after a link that holds its
 * article), when a determiner or an article opens what follows. Gives that token, else `from`.
 */
function pastChannelBeforeObject(ctx: SpeakerContext, from: number, last: number): number {
  const { tokens, lex } = ctx;
  const i = channelEnd(ctx, from, false);
  const next = tokens[i];
  // (Not a link that is also a determiner: « a demandé à Paul Roy de partir ».)
  return i > from && i <= last && !!next?.word && next.sentence === tokens[from]!.sentence && (ctx.articles.has(next.key) || lex.determiners.has(next.key)) && !lex.quantifiers.has(next.key) && !ctx.links.has(next.key) ? i : from;
}

/**
 * The token after a channel link at `from` and the outlet or people after it (a name, or a plain
 * noun after a link that holds its article, `contractedLinks`; with `plain`, also a plain noun
 * after an article: « à la presse », « à des journalistes »), else `from`.
 */
function channelEnd(ctx: SpeakerContext, from: number, plain: boolean): number {
  const { tokens, lex } = ctx;
  const t = tokens[from];
  if (!t?.word || ctx.quoted[from]) return from;
  const link = lex.channelLinks.match(keyReader(tokens, t.sentence), from);
  if (!link) return from;
  let i = from + link.words.length;
  const article = !!tokens[i]?.word && !tokens[i]!.cap && (ctx.articles.has(tokens[i]!.key) || lex.determiners.has(tokens[i]!.key));
  if (article) i++;
  const w = tokens[i];
  if (!w?.word || w.sentence !== t.sentence || ctx.quoted[i]) return from;
  const named = ctx.mentionStarting.get(i);
  const noun = !w.cap && !lex.boundaries.has(w.key) && !lex.determiners.has(w.key) && !ctx.articles.has(w.key);
  // (A link that holds its article, `contractedLinks`: « aux journalistes ».)
  const contracted = link.words.length === 1 && lex.contractedLinks.has(link.words[0]!) && !article && noun;
  if (named) i = ctx.tokenAt(named.end - 1) + 1;
  else if (w.cap) while (tokens[i]?.word && tokens[i]!.cap && tokens[i]!.sentence === t.sentence) i++;
  else if (contracted || (plain && article && noun)) i++;
  else return from;
  return i;
}

/** Does token `k` open a time phrase of one of `timeDeterminers` and a day or a word of time ("this week", « ce mardi »)? */
function timeDeterminerAt(ctx: SpeakerContext, k: number): boolean {
  const { tokens, lex } = ctx;
  return lex.timeDeterminers.has(tokens[k]?.key ?? '') && (lex.isCalendar(tokens[k + 1]?.key ?? '') || lex.timeWords.has(tokens[k + 1]?.key ?? ''));
}

/**
 * The first token from `from` (to `limit` at most) past what stands between a verb and its content:
 * adverbs, adverbial phrases (« à plusieurs reprises ») and a word of time after a day (« mardi
 * soir », "Tuesday"); with `names`, not past the start of a mention.
 */
function pastAdverbials(ctx: SpeakerContext, from: number, limit: number, names: boolean): number {
  const { tokens, lex } = ctx;
  let j = from;
  for (;;) {
    const t = tokens[j];
    if (j > limit || !t?.word) return j;
    const phrase = lex.adverbs.match(keyReader(tokens, t.sentence), j);
    // ("vowed on Wednesday to …": a preposition and a day.)
    // ("said this week that", « a annoncé ce mardi que »: one of `timeDeterminers` and a day or a word of time.)
    const day = ((lex.boundaries.has(t.key) && !lex.complementizers.has(t.key) && !lex.infinitiveMarkers.has(t.key) && lex.isCalendar(tokens[j + 1]?.key ?? '')) || timeDeterminerAt(ctx, j)) && tokens[j + 1]!.sentence === t.sentence;
    if (phrase && phrase.words.length > 1) j += phrase.words.length;
    else if (day) j += 2;
    else {
      const event = eventPhraseEnd(ctx, j);
      if (event > j) j = event;
      else if (!lex.boundaries.has(t.key) && !(names && ctx.mentionStarting.has(j)) && (lex.isAdverb(t.key) || (lex.timeWords.has(t.key) && j > from && lex.isCalendar(tokens[j - 1]!.key)))) j++;
      else return j;
    }
  }
}

/**
 * « a dénoncé dans un communiqué la fermeture du site », « a annoncé lors d'une conférence de presse
 * la suppression de 300 postes »: a phrase of where the speaker spoke (`speechEventAt`) between a
 * verb and the noun phrase it takes, which an article or a determiner opens right after the phrase's
 * noun. Gives the token after that noun, or -1.
 */
function eventPhraseEnd(ctx: SpeakerContext, j: number): number {
  const { tokens, lex } = ctx;
  if (!speechEventAt(ctx, j)) return -1;
  const keys = keyReader(tokens, tokens[j]!.sentence);
  const p = lex.speechEventPrepositions.match(keys, j)!;
  for (let k = j + p.words.length; k < j + p.words.length + 7 && tokens[k]?.word && tokens[k]!.sentence === tokens[j]!.sentence; k++) {
    const noun = lex.speechEventNouns.match(keys, k);
    if (!noun) continue;
    const next = tokens[k + noun.words.length];
    // (Not a time phrase: "said at an investors conference this week".)
    return next?.word && next.sentence === tokens[j]!.sentence && (lex.determiners.has(next.key) || ctx.articles.has(next.key)) && ![lex.complementizers, lex.infinitiveMarkers].some((set) => set.has(next.key)) && !timeDeterminerAt(ctx, k + noun.words.length) ? k + noun.words.length : -1;
  }
  return -1;
}

/**
 * "He said he agreed.", "The bank said inflation eased.", "said Moscow lied": a bare clause of two
 * words, a subject (a pronoun, a person or body named, or a plain word) and a past form that ends
 * the sentence, is a clause (not "said Tuesday", "said earlier", "told reporters", which no past
 * form ends; nor after a relative's verb, whose word after it is an answer and the past form the
 * main verb: "The senator who said sorry resigned", "those who said yes won").
 */
function pairClause(ctx: SpeakerContext, c: SpokenCue, bare: boolean, content: number, end: number): boolean {
  const { tokens, lex } = ctx;
  if (lex.relatives.has(tokens[c.from - 1]?.key ?? '') || lex.answerWords.has(tokens[content]?.key ?? '')) return false;
  const subject = tokens[content];
  const verb = tokens[content + 1];
  const closer = tokens[content + 2];
  if (!bare || !subject?.word || !verb?.word || ctx.tokenAt(end - 1) !== content + 1 || verb.sentence !== subject.sentence || verb.cap) return false;
  if (closer?.sentence === subject.sentence && !/^[.!?;,]$/.test(closer.text)) return false;
  if (!lex.isPastForm(verb.key) || lex.auxiliaries.has(verb.key) || lex.boundaries.has(verb.key)) return false;
  const m = ctx.mentionStarting.get(content);
  if (m) return m.end === subject.end;
  if (lex.isPronoun(subject.key)) return lex.pronouns.has(subject.key);
  return !subject.cap && ![lex.determiners, lex.boundaries, lex.auxiliaries, lex.verbs, lex.timeWords, lex.quantifiers].some((set) => set.has(subject.key)) && !lex.isAdverb(subject.key) && !lex.isGerund(subject.key) && !lex.isCalendar(subject.key);
}
