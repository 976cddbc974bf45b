import { NBSP, cap, type Lang } from './format.js';
import type { Rng } from './prng.js';
import { roleOf, type Person } from './story.js';
import { QUOTE_VERBS, type Sentence } from './templates.js';

/**
 * Turning template sentences into text. A sentence has two word orders: the usual one, and one
 * with the attribution moved to the front (or the adverbial to the end, or the quotation after
 * its speaker). A rewrite uses the other order and swaps words for synonyms outside quotations.
 */

const SYNONYMS: readonly (readonly [string, readonly string[]][])[] = [
  [
    ['habitants', ['résidents']],
    ['pompiers', ['sapeurs-pompiers']],
    ['secouristes', ['sauveteurs']],
    ['ont été évacués', ["ont été mis à l'abri"]],
    ['toujours', ['encore']],
    ['les dégâts', ['les dommages']],
    ['a annoncé', ['a dévoilé']],
    ['a dénoncé', ['a fustigé', 'a critiqué']],
    ['a ouvert une enquête', ['a lancé une enquête', 'a ouvert une information judiciaire']],
    ['entreprises', ['sociétés']],
    ['ont été hospitalisés', ["ont été admis à l'hôpital"]],
    ['maisons', ['habitations']],
    ['désormais', ['à présent']],
    ['au moins', ['au minimum']],
    ['environ', ['approximativement']],
    ['près de', ['presque']],
    ['dans un état grave', ['dans un état sérieux']],
    ['mobilisés', ['déployés']],
    ['sur le terrain', ['sur place']],
    ['restaient coupées', ['restaient fermées']],
    ['communes voisines', ['localités voisines']],
    ['frappée', ['touchée']],
    ['semblable', ['comparable']],
    ["privés d'électricité", ['sans courant']],
    ['a décrété', ['a proclamé']],
    ['en renfort', ['en soutien']],
    ['suspendre leur activité', ['cesser temporairement leur activité']],
    ['pourtant', ['cependant']],
    ["s'est alourdi", ["s'est aggravé"]],
    ['la découverte', ['la mise au jour']],
    ['recueilli', ['collecté']],
    ['pourraient atteindre', ["pourraient s'élever à"]],
    ['selon', ["d'après"]],
    ['a semé la désolation', ['a tout dévasté']],
    ['dénombrent', ['recensent']],
    ["s'explique par", ['est due à']],
  ],
  [
    ['residents', ['inhabitants']],
    ['firefighters', ['fire crews']],
    ['rescue workers', ['emergency workers']],
    ['were evacuated', ['were moved to safety']],
    ['the damage', ['the destruction']],
    ['announced', ['unveiled']],
    ['criticised', ['condemned', 'attacked']],
    ['investigation', ['inquiry']],
    ['opened', ['launched']],
    ['businesses', ['firms']],
    ['were taken to hospital', ['were hospitalised']],
    ['homes', ['houses']],
    ['at least', ['no fewer than']],
    ['about', ['around', 'roughly']],
    ['nearly', ['almost']],
    ['more than', ['over']],
    ['in a serious condition', ['seriously hurt']],
    ['deployed', ['sent in']],
    ['were still closed', ['remained shut']],
    ['nearby towns', ['surrounding towns']],
    ['without power', ['without electricity']],
    ['declared a state', ['proclaimed a state']],
    ['as reinforcements', ['as backup']],
    ['suspend operations', ['halt operations']],
    ['rose to', ['climbed to']],
    ['had raised', ['had collected']],
    ['could reach', ['could amount to']],
    ['brought devastation to', ['devastated']],
    ['now count', ['now record']],
    ['was caused by', ['was triggered by']],
    ['a similar disaster', ['a comparable disaster']],
  ],
];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const synonymTables = SYNONYMS.map((entries) => {
  const table = new Map(entries);
  const keys = [...table.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return { table, pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${keys.join('|')})(?![\\p{L}\\p{N}])`, 'gu') };
});

/** Swap most of the known words of a text for a synonym. */
export function withSynonyms(L: Lang, text: string, r: Rng): string {
  const { table, pattern } = synonymTables[L]!;
  return text.replace(pattern, (word) => {
    const options = table.get(word);
    return options && r.chance(0.75) ? r.pick(options) : word;
  });
}

function pronoun(L: Lang, p: Person): string {
  return L === 0 ? (p.g ? 'elle' : 'il') : p.g ? 'she' : 'he';
}

/** The speaker as the subject of a sentence: "Le maire de X, Paul Dorvan," / "Paul Dorvan, the mayor of X,". */
function speakerSubject(L: Lang, p: Person): string {
  if (!p.name) return cap(roleOf(L, p));
  return L === 0 ? `${cap(roleOf(L, p))}, ${p.name},` : `${p.name}, the ${roleOf(L, p)},`;
}

function renderQuote(L: Lang, who: Person, q: string, verbIndex: number, pronounOnly: boolean, front: boolean): string {
  const verb = QUOTE_VERBS[verbIndex % QUOTE_VERBS.length]![L];
  if (L === 0) {
    if (front) return `${pronounOnly ? cap(pronoun(L, who)) : speakerSubject(L, who)} a ${verb}${NBSP}: «${NBSP}${q}.${NBSP}»`;
    if (pronounOnly) return `«${NBSP}${q}${NBSP}», a-t-${pronoun(L, who)} ${verb}.`;
    const by = who.name ? `${roleOf(L, who)}, ${who.name}` : roleOf(L, who);
    return `«${NBSP}${q}${NBSP}», a ${verb} ${by}.`;
  }
  if (front) return `${pronounOnly ? cap(pronoun(L, who)) : speakerSubject(L, who)} ${verb}: “${q}.”`;
  if (pronounOnly) return `“${q},” ${pronoun(L, who)} ${verb}.`;
  if (!who.name) return `“${q},” ${verb === 'said' ? `said ${roleOf(L, who)}` : `${roleOf(L, who)} ${verb}`}.`;
  return verb === 'said' ? `“${q},” said ${who.name}, the ${roleOf(L, who)}.` : `“${q},” ${who.name}, the ${roleOf(L, who)}, ${verb}.`;
}

/**
 * One sentence as text. `reorder` picks the other word order; `rewrite`, when given, also
 * changes the quotation verb and swaps words for synonyms (never inside a quotation).
 */
export function renderSentence(s: Sentence, L: Lang, reorder: boolean, rewrite: Rng | null): string {
  if (s.kind === 'quote') return renderQuote(L, s.who, s.q, rewrite ? s.verb + 1 : s.verb, s.pronoun, reorder);
  let { pre, core, post } = s;
  if (rewrite) {
    core = withSynonyms(L, core, rewrite);
    if (pre) pre = withSynonyms(L, pre, rewrite);
    if (post) post = withSynonyms(L, post, rewrite);
  }
  if (reorder && post) return `${cap(post)}, ${core}${pre ? ' ' + pre : ''}.`;
  if (reorder && pre) return `${cap(core)} ${pre}.`;
  return `${pre ? `${cap(pre)}, ${core}` : cap(core)}${post ? `, ${post}` : ''}.`;
}
