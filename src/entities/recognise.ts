import type { EntityType } from '../contract/dossier.js';
import type { EntityLexicon } from '../lang/types.js';
import type { Span } from '../model/annotation.js';
import type { Gender, MentionAnnotation, MentionForm, MentionRole } from '../model/layers.js';
import { calendarNames, weekdayNames } from '../lang/common/calendar.js';
import { countAtMost } from '../text/search.js';
import { memo } from '../text/memo.js';
import { fold, nameKey } from './fold.js';
import { gazetteer } from './gazetteer.js';
import { gazetteerAt, headAt, roleLexicon, rolePhraseAt, type RolePhrase } from './roles.js';
import { tokenizeForEntities, type GrammaticalWord, type Token } from './tokens.js';

/**
 * What finds mentions in one article. The rule-based recogniser below needs no model; a
 * statistical one can take its place behind the same signature. `grammatical` tells the words of
 * the language that are never names, which a headline in title case capitalises too.
 */
export type Recogniser = (text: string, sentences: readonly Span[], lexicon: EntityLexicon, grammatical: GrammaticalWord) => MentionAnnotation[];

interface Chunk {
  from: number;
  to: number;
  honorific: boolean;
  /** Followed by a reporting verb ("Clinton said"). */
  speaks?: boolean;
}

interface PersonSeen {
  start: number;
  name: string;
  key: string;
  /** Transliteration keys of each word of the full name. */
  words: string[];
  roles: RolePhrase[];
}

/** Rule names with their prefix, made once rather than per mention. */
const ruleName = memo((rule: string) => `entities/${rule}`, 256);

const OPENING = new Set(['«', '“', '"', '(', '[', '‘', ':', '—', '–']);
const compiledSets = new WeakMap<EntityLexicon, ReturnType<typeof compileSets>>();

/** A site's name as one token ("GunBroker.com", « Point.fr »). */
const SITE = /\.\p{L}/u;

/** Weekday and month names, long and short ("Sunday", "Sept"): capitalised in English, never names. */
const calendarWords = new Set([...calendarNames('long'), ...calendarNames('short'), 'Sept'].map((n) => fold(n.replace(/\.$/, ''))));
/** Long weekday names ("Tuesday", « mardi »): no one's first name, unlike "April", "Jan" or "Sam". */
const weekdays = new Set(['fr', 'en'].flatMap((l) => [...weekdayNames(l).keys()]).map(fold));

function compileSets(lex: EntityLexicon) {
  return {
    functionWords: new Set([...lex.functionWords.map(fold), ...calendarWords]),
    /** The language's own function words, without the calendar's: "Mon" is « mon » in French. */
    grammarWords: new Set(lex.functionWords.map(fold)),
    honorifics: new Set(lex.honorifics.map(fold)),
    organisationHeads: new Set(lex.organisationHeads.map(fold)),
    firmNouns: new Set(lex.firmNouns.map(fold)),
    anaphoricDeterminers: new Set(lex.anaphoricDeterminers.map((d) => fold(d).replace(/'$/, "'"))),
    organisationLinks: new Set(lex.organisationLinks.map(fold)),
    particles: new Set(lex.nameParticles.map(fold)),
    locatives: new Set(lex.locatives.map(fold)),
    placeLocatives: new Set(lex.placeLocatives.map(fold)),
    qualifiers: new Set(lex.roleQualifiers.map(fold)),
    determiners: new Set(lex.determiners.map((d) => fold(d).replace(/'$/, "'"))),
    equivalents: lex.roleEquivalents.map((group) => new Set(group.map(fold))),
    genders: new Map<string, Gender>([...lex.genders.feminine.map((g) => [fold(g), 'feminine'] as const), ...lex.genders.masculine.map((g) => [fold(g), 'masculine'] as const)]),
  };
}

function sets(lex: EntityLexicon) {
  let s = compiledSets.get(lex);
  if (!s) compiledSets.set(lex, (s = compileSets(lex)));
  return s;
}

export const recogniseMentions: Recogniser = (text, sentences, lex, grammatical) => {
  const tokens = tokenizeForEntities(text, sentences, grammatical);
  const gaz = gazetteer();
  const rl = roleLexicon(lex);
  const w = sets(lex);
  const out: MentionAnnotation[] = [];
  const used = new Uint8Array(tokens.length);
  const inRole = new Int32Array(tokens.length).fill(-1);
  // A word right after an opening quote or a colon is capitalised as a sentence start is.
  const initial = (i: number) => tokens[i]!.initial || (i > 0 && tokens[i]!.word && OPENING.has(tokens[i - 1]!.text));
  const span = (from: number, to: number): Span => ({ start: tokens[from]!.start, end: tokens[to - 1]!.end });
  // Does a locative of one or two words (`locatives`: "in", « près de ») stand right before token `i`?
  const afterLocative = (i: number, set = w.locatives) => {
    const before = tokens[i - 1];
    const before2 = tokens[i - 2];
    return !!((before?.word && set.has(before.key)) || (before2?.word && set.has(`${before2.key} ${before?.key ?? ''}`)));
  };
  const push = (from: number, to: number, rule: string, type: EntityType, form: MentionForm, name: string, key: string, role?: MentionRole) => {
    const start = tokens[from]!.start;
    const end = tokens[to - 1]!.end;
    const r = ruleName(rule);
    out.push(role ? { start, end, rule: r, type, form, name, key, role } : { start, end, rule: r, type, form, name, key });
  };

  // « la Banque de France », "the Bank of Canada", « la Mairie de Paris »: a known name after one of
  // `organisationLinks` (and an article) right after a body's head in capitals completes the
  // body's name, which the capitalised chunks below take whole.
  const bodyComplement = (i: number): boolean => {
    let k = i - 1;
    if (tokens[k]?.word && w.determiners.has(tokens[k]!.key) && !tokens[k]!.cap) k--;
    const link = tokens[k];
    const head = tokens[k - 1];
    return !!link?.word && !link.cap && w.organisationLinks.has(link.key) && !!head?.word && head.cap && w.organisationHeads.has(head.key) && head.sentence === tokens[i]!.sentence;
  };
  // 1. Names the gazetteer knows: countries and demonyms, bodies, seats, cities, agencies.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word) continue;
    const g = gazetteerAt(tokens, i, gaz);
    if (!g) continue;
    const next = tokens[i + g.length];
    // "Washington Post", "Jordan Bardella": a known word that starts a longer capitalised name is not taken alone.
    // (A country or place right after a locative of where is: « a dit en Egypte Alaeddin Boroujerdi ».)
    const placed = afterLocative(i, w.placeLocatives) && (g.type === 'country' || g.type === 'place');
    // (Nor one after an article that two or three capitalised words follow, no body's head among
    // them, where modifiers follow their noun: « l'émissaire pour la Syrie Lakhdar Brahimi », a
    // name in apposition to the role; "the United States Elections Project" is one name.)
    let run = 0;
    if (lex.modifiersFollowHead && (g.type === 'country' || g.type === 'place') && !g.demonym && tokens[i - 1]?.word && !tokens[i - 1]!.cap && w.determiners.has(tokens[i - 1]!.key)) {
      let k = i + g.length;
      while (run <= 3 && tokens[k]?.word && tokens[k]!.cap && tokens[k]!.sentence === t.sentence && tokens[k]!.start - tokens[k - 1]!.end <= 1 && !w.organisationHeads.has(tokens[k]!.key) && !w.functionWords.has(tokens[k]!.key) && !gazetteerAt(tokens, k, gaz)) {
        run++;
        k++;
      }
      if (tokens[k]?.word && tokens[k]!.cap && tokens[k]!.sentence === t.sentence) run = 0;
    }
    const apposed = run >= 2 && run <= 3;
    if (!g.demonym && !placed && !apposed && next?.cap && next.sentence === t.sentence && next.start - tokens[i + g.length - 1]!.end <= 1 && !gazetteerAt(tokens, i + g.length, gaz) && !w.functionWords.has(next.key)) continue;
    // "the Syrian National Council", "the American Civil Liberties Union": a demonym that opens a run
    // of capitalised words holding an organisation's head is part of that body's name.
    if (g.demonym && next?.cap && next.sentence === t.sentence && next.start - tokens[i + g.length - 1]!.end <= 1) {
      let body = false;
      for (let k = i + g.length; !body && k < i + g.length + 5 && tokens[k]?.cap && tokens[k]!.sentence === t.sentence; k++) body = w.organisationHeads.has(tokens[k]!.key);
      if (body) continue;
    }
    if (!g.demonym && bodyComplement(i)) continue;
    for (let k = i; k < i + g.length; k++) used[k] = 1;
    const surface = text.slice(t.start, tokens[i + g.length - 1]!.end);
    const located = afterLocative(i);
    if (g.demonym) push(i, i + g.length, 'demonym', 'country', 'demonym', surface, `country:${g.country}`);
    else if (g.capital && !located) push(i, i + g.length, 'capital-as-government', 'country', 'capital', surface, `country:${g.country}`);
    else push(i, i + g.length, 'gazetteer', g.type as EntityType, 'name', surface, g.ref);
    i += g.length - 1;
  }

  // 2. Roles and titles.
  const roles: RolePhrase[] = [];
  const capitalAfter = (a: Token, b: Token | undefined) => !!b?.word && b.cap && b.sentence === a.sentence && b.start - a.end <= 1;
  /**
   * Is a title in capitals part of a body's name? It is when one capitalised word follows it, an
   * organisation's head ("General Motors", "General Assembly"; not a person's name whose surname is
   * one: "Senator Emily Post", "Judge Margaret Court"), or when it is one word of those that qualify
   * titles, last in a run, right after such a head (« Société Générale »; "Foreign Ministry
   * Spokesman Zhao" and "the Labour Party Chairman said" keep their titles).
   */
  const bodyAfterTitle = (rp: RolePhrase): boolean => {
    for (let k = rp.from; k < rp.to; k++) if (!tokens[k]!.cap) return false;
    const head = tokens[rp.to];
    if (capitalAfter(tokens[rp.to - 1]!, head) && !used[rp.to] && w.organisationHeads.has(head!.key) && !capitalAfter(head!, tokens[rp.to + 1])) return true;
    const prev = tokens[rp.from - 1];
    return rp.to - rp.from === 1 && w.qualifiers.has(tokens[rp.from]!.key) && !!prev && capitalAfter(prev, tokens[rp.from]) && w.organisationHeads.has(prev.key) && !capitalAfter(tokens[rp.from]!, tokens[rp.to]);
  };
  for (let i = 0; i < tokens.length; i++) {
    const h = headAt(tokens, i, rl);
    if (!h) continue;
    const rp = rolePhraseAt(tokens, i, h, rl, gaz);
    const head = tokens[i]!;
    const prev = tokens[rp.from - 1];
    const name = tokens[rp.to];
    const adjacent = (a: Token | undefined, b: Token) => !!a?.word && a.cap && a.sentence === b.sentence && b.start - a.end <= 1;
    // "Ron Baker, who …", "Charlie Baker said": a capitalised head right after a capitalised word,
    // with nothing before it in the phrase, and before punctuation or a word in lower case that is
    // no link ("Ohio Secretary of State"; "moderator Gerard Baker whether …" is), is a surname.
    // Not after a determiner, where the capitalised word qualifies a title ("The Florida Senator
    // lost"), nor after an honorific ("Mr. President").
    const plainAfter = !name?.word || name.sentence !== head.sentence || (!name.cap && !w.organisationLinks.has(name.key));
    const firstName = adjacent(prev, head) && !used[rp.from - 1] && inRole[rp.from - 1]! < 0 && !w.honorifics.has(prev!.key) && !w.determiners.has(tokens[rp.from - 2]?.key ?? '') && tokens[rp.from - 2]?.text !== "'s";
    if (rp.from === i && rp.to === i + h && head.cap && firstName && plainAfter && !/^['’]s$/.test(tokens[rp.to]?.text ?? '')) continue;
    // "General Motors", « Société Générale »: a title in capitals inside a body's name is no title.
    if (head.cap && bodyAfterTitle(rp)) continue;
    // "Fire Captain Mark Deleon", "Police Chief Ann Lee": before a title in capitals that a name
    // follows, one capitalised word that the gazetteer did not take, after a word in lower case or
    // at the start, qualifies the title (not a body's name of several words: "Senate Majority
    // Leader", "White House Press Secretary", nor an acronym: "RNC Chairman").
    const qualifier = tokens[rp.from - 1];
    if (head.cap && name?.word && name.cap && name.sentence === head.sentence && adjacent(qualifier, tokens[rp.from]!) && !used[rp.from - 1] && inRole[rp.from - 1]! < 0 && !w.functionWords.has(qualifier!.key) && qualifier!.text !== qualifier!.text.toUpperCase() && !adjacent(tokens[rp.from - 2], qualifier!)) rp.from--;
    for (let k = rp.from; k < rp.to; k++) inRole[k] = roles.length;
    roles.push(rp);
    i = rp.to - 1;
  }
  const roleSpan = (rp: RolePhrase): MentionRole => ({ ...span(rp.from, rp.to), text: text.slice(tokens[rp.from]!.start, tokens[rp.to - 1]!.end), ...(rp.of ? { of: rp.of } : {}), ...(rp.country ? { country: rp.country } : {}) });
  /** A role says more than its bare head ("ministre américain", not "ministre"). */
  const informative = (rp: RolePhrase) => rp.to - rp.from > (rp.head.includes(' ') ? 2 : 1) || headAt(tokens, rp.from, rl) < rp.to - rp.from;

  // 3. Capitalised chunks: runs of capitalised words (with name particles between them).
  const chunks: Chunk[] = [];
  // "Sam Altman", "Jan Egeland", "April Ryan": a month's name or a short calendar form with no
  // period, first in a run that goes on with a name word, is a first name, unless a function word
  // stands before it ("In April Clinton said", "On Sun Jan 5"; not the "to" of "according to") or a
  // place follows ("the February New Hampshire debate").
  const calendarFirstName = (h: number, j: number): boolean => {
    const k = tokens[h]!;
    const next = tokens[h + 1];
    const prev = tokens[h - 1];
    if (!calendarWords.has(k.key) || weekdays.has(k.key) || w.grammarWords.has(k.key) || k.text.endsWith('.') || h + 1 >= j || !next || text.slice(k.end, next.start) !== ' ') return false;
    if (w.functionWords.has(next.key) || gazetteerAt(tokens, h + 1, gaz) || lex.placeShape.test(text.slice(next.start, tokens[j - 1]!.end))) return false;
    // (Not after a verb of speech or a source's preposition, where a speaker's name stands:
    // "according to Sam Okafor".)
    return !(prev?.word && prev.sentence === k.sentence && w.functionWords.has(prev.key)) || lex.speechBefore.test(text.slice(Math.max(0, k.start - 40), k.start));
  };
  // "the Sunday Times", "the Sunday Herald": a weekday after a determiner, before another word of
  // the run, opens a paper's name.
  const dayOpensName = (h: number, j: number): boolean => {
    const k = tokens[h]!;
    const prev = tokens[h - 1];
    return weekdays.has(k.key) && h + 1 < j && !!prev && w.determiners.has(prev.key) && prev.sentence === k.sentence;
  };
  // One or two name particles and a capitalised word after them ("van der Berg", "Mateos y Lago",
  // "Oscar de la Hoya"): the index past that word, else 0. A second particle only after one that
  // is no function word of the language: French « de la » is a preposition and an article
  // (« Journée de la Terre », « Eliot Ness de la place Beauvau »).
  const particlesThenName = (j: number): number => {
    for (let k = j; k < j + 2 && tokens[k]?.word && w.particles.has(tokens[k]!.key) && !tokens[k]!.cap; k++) {
      const n = tokens[k + 1];
      if (n?.cap && !used[k + 1] && inRole[k + 1]! < 0 && n.start - tokens[k]!.end <= 1 && n.sentence === tokens[k]!.sentence) return k + 2;
      if (w.grammarWords.has(tokens[k]!.key)) break;
    }
    return 0;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap || used[i] || inRole[i]! >= 0) continue;
    let j = i + 1;
    for (;;) {
      const n = tokens[j];
      const prev = tokens[j - 1]!;
      if (!n || n.sentence !== t.sentence || n.start - prev.end > 1 || used[j] || inRole[j]! >= 0) break;
      // (A site's name ends a run or is one: « au Point.fr Stephan Oberreit ».)
      if (SITE.test(prev.text) || SITE.test(n.text)) break;
      const past = !n.cap && n.word && w.particles.has(n.key) ? particlesThenName(j) : 0;
      // ("The Patients' Alliance", "Workers' Party": a plural's possessive apostrophe inside a name.)
      const after = tokens[j + 1];
      const plural = /^['’]$/.test(n.text) && n.start === prev.end && /s$/u.test(prev.text) && !!after?.word && after.cap && after.sentence === t.sentence && after.start - n.end === 1 && !used[j + 1] && inRole[j + 1]! < 0;
      // ("The Fishermen's Association", "Women's Institute": so is a possessive's "'s" when the
      // capitalised words after it hold a head of organisations; a place before it is no part of
      // the name, "Russia's Defence Ministry", and is taken already.)
      const clitic = tokens[j + 1];
      const possessive = /^['’]$/.test(n.text) && n.start === prev.end && !!clitic?.word && clitic.text === 's' && clitic.start === n.end;
      let body = false;
      for (let k = j + 2; possessive && !body && k < j + 5 && tokens[k]?.word && tokens[k]!.cap && tokens[k]!.sentence === t.sentence && !used[k] && inRole[k]! < 0; k++) body = w.organisationHeads.has(tokens[k]!.key);
      // ("Marks & Spencer", "Procter & Gamble", "AT&T": an ampersand joins two capitalised words
      // into a firm's name.)
      const joined = n.text === '&' && !!after?.word && after.cap && after.sentence === t.sentence && after.start - n.end <= 1 && !used[j + 1] && inRole[j + 1]! < 0;
      if (plural) j += 2;
      else if (joined) j += 2;
      else if (body) j += 3;
      else if (n.cap) j++;
      else if (past) j = past;
      else if (n.word && w.organisationLinks.has(n.key) && tokens.slice(i, j).some((x) => w.organisationHeads.has(x.key))) {
        // "Bureau of Labor Statistics", "Observatory for Human Rights": past a link (and an
        // article) after the body's head, its capitalised complement is part of the name.
        let k = j + 1;
        if (tokens[k]?.word && w.determiners.has(tokens[k]!.key) && !tokens[k]!.cap) k++;
        const c = tokens[k];
        // (Not a day: "The Ministry of Defence on Tuesday said".)
        if (!c?.cap || !c.word || used[k] || inRole[k]! >= 0 || c.sentence !== t.sentence || calendarWords.has(c.key)) break;
        j = k + 1;
      } else break;
    }
    let from = i;
    let honorific = false;
    // "Ohio Gov. John Kasich", "Retired Army Col. Lawrence Wilkerson": an abbreviated honorific
    // inside the run opens the name; the words before it qualify the title ("Little Miss Sunshine"
    // stays a title).
    for (let h = j - 2; h > i; h--) {
      if (!w.honorifics.has(tokens[h]!.key) || !tokens[h]!.text.endsWith('.')) continue;
      from = h + 1;
      honorific = true;
      break;
    }
    while (from < j) {
      const k = tokens[from]!;
      if (w.honorifics.has(k.key) && from + 1 < j) {
        honorific = true;
        from++;
      } else if (honorific && w.particles.has(k.key) && from + 1 < j) break;
      // (After an honorific a particle opens the name: « Mme de Sarnez », « M. Le Drian ».)
      else if (w.functionWords.has(k.key) && !calendarFirstName(from, j) && !dayOpensName(from, j) && tokens[from + 1]?.text !== '&') from++;
      else break;
    }
    // "the editorial board of the Washington Post Trump said": where a body's name ends on its head,
    // one or two capitalised words after the head, right before a verb of speech, are a name of
    // their own; not a link's complement ("Brennan Center for Justice"), nor a head of bodies or
    // roles ("New Hampshire Union Leader said", "the Justice Department Inspector General …").
    let head = -1;
    for (let h = from; !lex.modifiersFollowHead && !honorific && h < j; h++) if (w.organisationHeads.has(tokens[h]!.key)) head = h;
    const tail = j - head - 1;
    let plain = head >= from && tail >= 1 && tail <= 2;
    for (let h = head + 1; plain && h < j; h++) plain = tokens[h]!.word && tokens[h]!.cap && !rl.heads.has(tokens[h]!.key) && !w.organisationHeads.has(tokens[h]!.key);
    for (let h = from; plain && h <= head; h++) plain = tokens[h]!.cap;
    if (plain && lex.speechAfter.test(text.slice(tokens[j - 1]!.end, tokens[j - 1]!.end + 40))) {
      chunks.push({ from, to: head + 1, honorific: false }, { from: head + 1, to: j, honorific: false });
      i = j - 1;
      continue;
    }
    if (from < j) chunks.push({ from, to: j, honorific });
    i = j - 1;
  }

  // 4. What each chunk is, from the words around it.
  const persons: PersonSeen[] = [];
  const pending: Chunk[] = [];
  const roleEndingAt = new Map<number, RolePhrase>();
  const roleStartingAt = new Map<number, RolePhrase>();
  for (const rp of roles) {
    roleEndingAt.set(rp.to, rp);
    roleStartingAt.set(rp.from, rp);
  }
  const attached = new Set<RolePhrase>();
  // Each person's gender, from the honorific before a name or the role given to it; null when marked both ways.
  const genderOf = new Map<string, Gender | null>();
  const noteGender = (key: string, g: Gender | undefined) => {
    if (!g) return;
    const had = genderOf.get(key);
    genderOf.set(key, had === undefined || had === g ? g : null);
  };
  // « la maire », "the spokeswoman": the role's head, else the determiner right before it. Only a
  // feminine one: masculine role words are said of women too (« le ministre Anne Roy », "Chairman
  // Janet Yellen"), feminine ones not of men. A masculine head still decides: the determiner before
  // it is not read.
  const roleGender = (rp: RolePhrase) => {
    const g = w.genders.get(rp.head) ?? (tokens[rp.from - 1]?.word ? w.genders.get(tokens[rp.from - 1]!.key) : undefined);
    return g === 'feminine' ? g : undefined;
  };
  const personMentions: Array<{ start: number; end: number; key: string; name: string; roles: RolePhrase[] }> = [];
  const addPerson = (c: Chunk, rule: string, form: MentionForm, name: string, role?: RolePhrase) => {
    const key = nameKey(name);
    // The honorific stands just before the name's first word ("Mme Morel", "Mr. Roy").
    const honorific = [c.from - 1, c.from - 2].find((k) => tokens[k]?.word && w.honorifics.has(tokens[k].key));
    noteGender(key, honorific !== undefined ? w.genders.get(tokens[honorific]!.key) : role ? roleGender(role) : undefined);
    const roleInfo = role && informative(role) ? roleSpan(role) : undefined;
    push(c.from, c.to, rule, 'person', form, name, key, roleInfo);
    personMentions.push({ ...span(c.from, c.to), key, name, roles: role ? [role] : [] });
    if (role) attached.add(role);
  };
  for (const c of chunks) {
    const first = tokens[c.from]!;
    const surface = text.slice(first.start, tokens[c.to - 1]!.end);
    const words = c.to - c.from;
    // "Sen. Paul Roy, D-Valmont, said": a party tag after a name's comma or in brackets names no one.
    if (lex.affiliationShape.test(surface) && /^[,(]$/.test(tokens[c.from - 1]?.text ?? '')) continue;
    // A role right before ("le porte-parole du Kremlin, Dmitri Peskov") or right after ("Mark Rutte, the NATO secretary general").
    const before = roleEndingAt.get(c.from) ?? (tokens[c.from - 1]?.text === ',' ? roleEndingAt.get(c.from - 1) : undefined);
    let after: RolePhrase | undefined;
    if (tokens[c.to]?.text === ',') {
      // ", the NATO secretary general", ", sa directrice générale", ", a union representative": a role within three words.
      for (let k = c.to + 1; k <= c.to + 4 && !after; k++) {
        after = roleStartingAt.get(k);
        const t = tokens[k];
        if (!t?.word || (k > c.to + 1 && t.cap)) break;
      }
      // (Not the title of the name after it, a head right before that name: "the firm Ghazl
      // Textiles, engineer Omar Sabry"; "Sam Nagar, director of the agency Ema Tour" is still his.)
      const titled = after ? after.to : -1;
      if (tokens[titled]?.word && tokens[titled].cap && tokens[titled].sentence === first.sentence && rl.heads.has(tokens[titled - 1]!.key)) after = undefined;
    }
    const rest = text.slice(tokens[c.to - 1]!.end, tokens[c.to - 1]!.end + 40);
    const lead = text.slice(Math.max(0, first.start - 30), first.start);
    const prev = tokens[c.from - 1];
    // (Not a name after a locative that closes a parenthesis before the verb's comma: « Le maire, en
    // visite à Lyon, a assuré », « …, en visite près de Valmont, a assuré » are no evidence that the
    // place speaks; "An aide to Berg said" still is.)
    // Nor one after a locative of where something is: "Officials in Ohio said".
    const locative = tokens[c.from - 1]?.sentence === first.sentence && afterLocative(c.from);
    // Nor one after a link that follows another name: "Rep. Tom Hale of Ohio said", "Ann Lee of
    // Springfield said" name where the person is from.
    // (Also past an age's commas: "Ann Lee, 45, of Springfield, said".)
    const link = tokens[c.from - 1];
    let owner = c.from - 2;
    if (tokens[owner]?.text === ',' && /^\p{N}{1,3}$/u.test(tokens[owner - 1]?.text ?? '') && tokens[owner - 2]?.text === ',') owner -= 3;
    const ofName = !!link?.word && link.sentence === first.sentence && !link.cap && w.organisationLinks.has(link.key) && !!tokens[owner]?.word && tokens[owner]!.cap && tokens[owner]!.sentence === first.sentence;
    const placed = (locative && afterLocative(c.from, w.placeLocatives)) || ofName;
    // "said Republican strategist Hank Roy", "said Obama administration officials": a capitalised
    // word before a noun in lower case that another word follows qualifies that noun, whose phrase
    // is who speaks ("said Jones today", "said Smith flatly on Monday" still speak).
    const next = tokens[c.to];
    const then = tokens[c.to + 1];
    // (So does one before a role head, whatever comes next: "said Delmar chairman and chief executive Ravi Menon".)
    const qualifies = !!next?.word && !next.cap && next.sentence === first.sentence && !w.functionWords.has(next.key) && !next.key.endsWith('ly') && ((!!then?.word && then.sentence === first.sentence && (then.cap || !w.functionWords.has(then.key))) || headAt(tokens, c.to, rl) > 0);
    const speaks = (lex.speechAfter.test(rest) && !(locative && tokens[c.to]?.text === ',') && !placed) || (lex.speechBefore.test(lead) && !qualifies);
    // (A relative pronoun of persons too, not after a function word, where it may be the head
    // noun's: "an engineer based in Valmont, who asked not to be named".)
    const personal = lex.personAfter.test(rest) || (lex.personRelative.test(rest) && !(prev?.word && !prev.cap && prev.sentence === first.sentence && w.functionWords.has(prev.key)));
    // "la société Sarélec", "the company Sarélec": a common noun of organisations just before.
    // (A name that an ampersand joins is a firm's: "Marks & Spencer".)
    const orgHead = tokens.slice(c.from, c.to).some((t) => w.organisationHeads.has(t.key) || t.text === '&') || (prev?.word === true && !prev.cap && w.organisationHeads.has(prev.key));
    const acronym = words === 1 && /^\p{Lu}{2,6}$/u.test(first.text);
    const placeCue = lex.placeCues.test(text.slice(Math.max(0, first.start - 40), first.start)) || lex.placeShape.test(surface);
    if (orgHead) push(c.from, c.to, 'organisation-head', 'organisation', 'name', surface, `org:${fold(surface)}`);
    else if (placeCue) push(c.from, c.to, 'place-cue', 'place', 'name', surface, `place:${nameKey(surface)}`);
    else if (words >= 2 && (before || after)) {
      addPerson(c, before ? 'person-after-title' : 'person-before-role', 'name', surface, before ?? after);
      persons.push(personSeen(first.start, surface, [before ?? after!]));
    } else if (words >= 2 && fullNameEnding(persons, surface, first.start, false)) {
      // "Mme Van der Berg" after "Amélie Van der Berg": the end of a full name already given.
      addPerson(c, 'short-form', 'short', fullNameEnding(persons, surface, first.start, false)!.name);
    } else if (words >= 2 && (c.honorific || speaks || personal)) {
      addPerson(c, c.honorific ? 'person-honorific' : personal ? 'person-after' : 'person-speaker', 'name', surface);
      persons.push(personSeen(first.start, surface, []));
    } else if (acronym && !initial(c.from)) push(c.from, c.to, 'acronym', 'organisation', 'name', surface, `org:${fold(surface)}`);
    // (An age or a relative pronoun of persons after one word is evidence as a verb of speech is:
    // "Marsh, 54, insisted", "Marsh, who trained 900 winners, …".)
    else pending.push({ ...c, honorific: c.honorific || ((speaks || personal) && !initial(c.from)), speaks: speaks || personal });
  }

  // 5. Names with no evidence of their own: a person the article names elsewhere, a short form of one, or a candidate.
  // A full name whose last or first word speaks or takes an honorific elsewhere ("Hillary Clinton ... Clinton said") is a person.
  const speakingWords = new Set(pending.filter((c) => c.to - c.from === 1 && (c.honorific || c.speaks)).map((c) => nameKey(tokens[c.from]!.text)));
  for (const c of pending) {
    if (c.to - c.from < 2 || c.to - c.from > 4) continue;
    const first = tokens[c.from]!;
    const surface = text.slice(first.start, tokens[c.to - 1]!.end);
    const ends = [nameKey(tokens[c.to - 1]!.text), nameKey(first.text)];
    if (!ends.some((k) => speakingWords.has(k)) || persons.some((p) => p.key === nameKey(surface))) continue;
    persons.push(personSeen(first.start, surface, []));
  }
  persons.sort((a, b) => a.start - b.start);
  const known = new Map(persons.map((p) => [p.key, p]));
  for (const c of pending) {
    const first = tokens[c.from]!;
    const surface = text.slice(first.start, tokens[c.to - 1]!.end);
    const words = c.to - c.from;
    const key = nameKey(surface);
    const full = known.get(key);
    if (full) {
      addPerson(c, 'person-known', 'known-name', full.name);
      continue;
    }
    if (words === 1) {
      const target = shortFormTarget(persons, key, first.start);
      if (target) {
        const before = roleEndingAt.get(c.from);
        addPerson(c, 'short-form', 'short', target.name, before);
        continue;
      }
      if (c.honorific) {
        addPerson(c, 'person-honorific', 'short', surface);
        continue;
      }
      // "Governor Tillman visited", « le maire Dupuis est arrivé »: one name right after a person's
      // role, which no full name of the article ends with. Not after a role's complement ("director
      // of the Center for American Women"), nor a contraction ("congressman I've"), nor a word on
      // the next line, nor one that a capital or a role follows ("Mayor Michael Bloomberg"), nor,
      // where names qualify nouns, one after a role in lower case before a plain word
      // (`namesBeforeNouns`: "chief Democratic negotiator").
      const role = roleEndingAt.get(c.from);
      const head = tokens[c.from - 1];
      const next = tokens[c.to];
      const ends = !!role && !!head && role.head.endsWith(fold(head.key)) && !text.slice(head.end, first.start).includes('\n');
      const opensMore = !!next?.word && next.sentence === first.sentence && (next.cap || roleStartingAt.has(c.to) || (lex.namesBeforeNouns && !head?.cap && !w.functionWords.has(next.key)));
      if (role && ends && !opensMore && !/['’]\p{Ll}/u.test(first.text) && !w.functionWords.has(first.key)) {
        addPerson(c, 'person-after-title', 'short', surface, role);
        continue;
      }
      if (!initial(c.from)) push(c.from, c.to, 'candidate', 'other', 'candidate', surface, nameKey(surface));
      continue;
    }
    // "Van der Berg" after "Amélie Van der Berg": the end of a full name.
    const whole = fullNameEnding(persons, surface, first.start, true);
    if (whole) {
      addPerson(c, 'short-form', 'short', whole.name);
      continue;
    }
    if (!initial(c.from) || words >= 2) push(c.from, c.to, 'candidate', 'other', 'candidate', surface, key);
  }

  // 6. Roles with no name beside them ("le ministre américain", "the minister"): the person the article gave that role to.
  personMentions.sort((a, b) => a.start - b.start);
  for (const rp of roles) {
    if (attached.has(rp)) continue;
    const d = tokens[rp.from - 1];
    if (!d?.word || !w.determiners.has(d.key)) continue;
    const start = tokens[rp.from]!.start;
    let target: (typeof personMentions)[number] | undefined;
    for (let k = personMentions.length - 1; k >= 0 && !target; k--) {
      const p = personMentions[k]!;
      if (p.start >= start) continue;
      const theirRoles = personMentions.filter((q) => q.key === p.key).flatMap((q) => q.roles);
      if (rp.country ? theirRoles.some((r) => r.country === rp.country) : theirRoles.some((r) => sameOffice(r.head, rp.head, w.equivalents))) target = p;
    }
    // Introduced before the name ("l'ambassadeur de Russie ... l'ambassadeur russe Georgy Zinoviev"): the first person given the same office for the same country.
    if (!target && rp.country) {
      target = personMentions.find((p) => p.start > start && p.roles.some((r) => r.country === rp.country && sameOffice(r.head, rp.head, w.equivalents)));
    }
    if (!target) continue;
    const role = informative(rp) ? roleSpan(rp) : undefined;
    push(rp.from, rp.to, 'role-only', 'person', 'role', target.name, target.key, role);
    noteGender(target.key, roleGender(rp));
    personMentions.push({ start, end: tokens[rp.to - 1]!.end, key: target.key, name: target.name, roles: [rp] });
    personMentions.sort((a, b) => a.start - b.start);
  }
  // 7. A body described with no name ("the company", « le groupe »): the one the article named last
  // as a sentence's subject, within three sentences, when the description fits it. A firm's noun
  // fits a name of no known kind in its sentence, which it shows to be an organisation's
  // ("Northwind Foods will cut 300 jobs, the company said"), a name it has shown so, or an
  // organisation's name that holds a firm's word ("Acme Holdings", « le groupe Valmet »); a body's
  // head fits a name that holds it ("the association" for "the Northern Fishermen's Association").
  // The nearest subject decides: one that does not fit stops the search.
  const describedBodies = (mentions: MentionAnnotation[]) => {
    mentions.sort((a, b) => a.start - b.start);
    const described: Array<[number, MentionAnnotation]> = [];
    /** Names that a firm's noun has shown to be a firm's. */
    const firms = new Set<string>();
    // (Token indexes by start offset, and the tokens inside mentions: made on the first description
    // met, as most articles hold none.)
    let index: { at: Map<number, number>; covered: Set<number> } | undefined;
    const lookup = () => {
      if (index) return index;
      const at = new Map(tokens.map((t, i) => [t.start, i]));
      const covered = new Set<number>();
      for (const m of mentions) for (let k = at.get(m.start) ?? tokens.length; k < tokens.length && tokens[k]!.end <= m.end; k++) covered.add(k);
      return (index = { at, covered });
    };
    // (Past a determiner, and a body's noun before the name: « Le groupe Valmet Industrie ».)
    const opens = (k: number) => {
      let j = k - 1;
      if (tokens[j]?.word && !tokens[j]!.cap && tokens[j]!.sentence === tokens[k]!.sentence && (w.firmNouns.has(tokens[j]!.key) || w.organisationHeads.has(tokens[j]!.key))) j--;
      if (j < k - 1 && !w.determiners.has(tokens[j]?.key ?? '')) return false;
      if (tokens[j]?.sentence === tokens[k]!.sentence && w.determiners.has(tokens[j]!.key)) j--;
      return !tokens[j] || tokens[j]!.sentence !== tokens[k]!.sentence;
    };
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i]!;
      const d = tokens[i - 1]!;
      const next = tokens[i + 1];
      const firm = w.firmNouns.has(t.key);
      if (!t.word || t.cap || !d.word || d.sentence !== t.sentence || !w.anaphoricDeterminers.has(d.key) || !(firm || w.organisationHeads.has(t.key))) continue;
      const { at, covered } = lookup();
      if (covered.has(i)) continue;
      // (Not a noun that a name or a link completes: "the company Sarélec", "the bank of …"; nor
      // one after a link, which completes a phrase of its own: "attorneys for the department".)
      if (next?.word && next.sentence === t.sentence && (next.cap || w.organisationLinks.has(next.key))) continue;
      const link = tokens[i - 2];
      if (link?.word && !link.cap && link.sentence === t.sentence && (w.organisationLinks.has(link.key) || w.locatives.has(link.key))) continue;
      let target: MentionAnnotation | undefined;
      for (let n = countAtMost(mentions, d.start - 1, (m) => m.start) - 1; n >= 0; n--) {
        const m = mentions[n]!;
        const k = at.get(m.start);
        if (k === undefined || tokens[k]!.sentence < t.sentence - 3) break;
        if ((m.type !== 'organisation' && m.form !== 'candidate') || !opens(k)) continue;
        const words = [...(tokens[k - 1]?.sentence === tokens[k]!.sentence ? [tokens[k - 1]!.key] : []), ...m.name.split(/\s+/).map(fold)];
        // (A name of no known kind only in the description's sentence, with no apposition after
        // it, which would show a person: "Assem, the plane's co-pilot, had logged …, the airline said".)
        const after = tokens[countAtMost(tokens, m.end - 1, (x) => x.start)];
        const candidate = m.form === 'candidate' && tokens[k]!.sentence === t.sentence && after?.text !== ',';
        if ((firm && (candidate || firms.has(m.key))) || (m.type === 'organisation' && (words.includes(t.key) || (firm && words.some((x) => w.firmNouns.has(x)))))) target = m;
        break;
      }
      if (!target) continue;
      if (target.form === 'candidate') {
        const key = `org:${fold(target.name)}`;
        for (let n = 0; n < mentions.length; n++) {
          const m = mentions[n]!;
          if (m.form === 'candidate' && m.key === target.key) mentions[n] = { ...m, rule: ruleName('organisation-described'), type: 'organisation', form: 'name', key };
        }
        target = { ...target, key };
        firms.add(key);
      }
      described.push([i, target]);
    }
    for (const [i, target] of described) push(i, i + 1, 'description', 'organisation', 'role', target.name, target.key);
  };

  describedBodies(out);
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return genderOf.size ? out.map((m) => (m.type === 'person' && genderOf.get(m.key) ? { ...m, gender: genderOf.get(m.key)! } : m)) : out;
};

/** The person a one-word name stands for: the last one named before it with that word, else the first after. */
function shortFormTarget(persons: readonly PersonSeen[], key: string, at: number): PersonSeen | undefined {
  const matching = persons.filter((p) => p.words.length >= 2 && p.words.includes(key));
  const before = matching.filter((p) => p.start < at);
  return before.length ? before[before.length - 1] : matching[0];
}

/**
 * The full name that `surface` ends ("Van der Berg" of "Amélie Van der Berg"): the last one given
 * before `at`, else (when `ahead`) the first one given after it.
 */
function fullNameEnding(persons: readonly PersonSeen[], surface: string, at: number, ahead: boolean): PersonSeen | undefined {
  const tail = ` ${fold(surface)}`;
  const matching = persons.filter((p) => fold(p.name).endsWith(tail));
  const before = matching.filter((p) => p.start < at);
  return before.length ? before[before.length - 1] : ahead ? matching[0] : undefined;
}

function personSeen(start: number, name: string, roles: RolePhrase[]): PersonSeen {
  return { start, name, key: nameKey(name), words: nameWords(name), roles };
}

/** Keys of the words of a name, whole and by hyphenated part ("Roux-Delcourt", "Roux", "Delcourt"). */
function nameWords(name: string): string[] {
  const parts = name.split(/\s+/);
  return [...new Set([...parts, ...parts.flatMap((p) => (p.includes('-') ? p.split('-') : []))].map(nameKey))];
}

function sameOffice(a: string, b: string, equivalents: readonly Set<string>[]): boolean {
  if (a === b) return true;
  const last = (s: string) => s.split(' ').pop()!;
  return equivalents.some((g) => (g.has(a) || g.has(last(a))) && (g.has(b) || g.has(last(b))));
}

