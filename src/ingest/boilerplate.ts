import type { LanguagePack } from '../lang/types.js';

/** A paragraph taken out of the text, and the rule that took it. */
export interface RemovedParagraph {
  rule: 'navigation' | 'breadcrumb' | 'promo' | 'author-blurb' | 'byline' | 'signature';
  text: string;
}

export interface BoilerplateResult {
  kept: string[];
  removed: RemovedParagraph[];
  /** The byline found at the top ("Par Jeanne Dupont" gives "Jeanne Dupont"). */
  byline?: string;
}

/** Paragraphs at the top or bottom where site furniture is looked for. */
const EDGE = 3;
const MAX_PROMO_WORDS = 40;
const MAX_BLURB_WORDS = 80;
const SEPARATORS = String.raw`[\s>›»/|•·–—:-]*`;
// Also '' … '' typed with two apostrophes, as some archives do.
const QUOTED = /«[^«»]*»|“[^“”]*”|"[^"]*"|''(?:[^']|'(?!'))*''/g;
/** A quotation opened and not closed in its paragraph (the next one goes on with it). */
const UNCLOSED = /[«“"][^«»“”"]*$/;
/** An agency desk signature: editors' initials separated by slashes ("jmt/cbn/dth"). */
const DESK_SIGNATURE = /^[a-z]{2,5}(?:\/[a-z]{2,5}){1,6}$/;

const navCache = new WeakMap<LanguagePack, RegExp | null>();

/** A line made only of section names, with or without separators ("ActualitésInternational"). */
function navigationPattern(pack: LanguagePack): RegExp | null {
  let re = navCache.get(pack);
  if (re === undefined) {
    const words = [...pack.navigationWords].sort((a, b) => b.length - a.length).map(escapeRegExp);
    re = words.length ? new RegExp(`^(?:${SEPARATORS}(?:${words.join('|')}))+${SEPARATORS}$`, 'iu') : null;
    navCache.set(pack, re);
  }
  return re;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s*');
}

/**
 * The words of a paragraph, counted up to `enough` (callers compare with a small bound): runs of
 * characters other than white space, counted without splitting the paragraph.
 */
function wordCount(s: string, enough = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length && n <= enough; i++) {
    const c = s.charCodeAt(i);
    // What \s matches.
    const space = c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

function isBreadcrumb(p: string): boolean {
  const pieces = p.split(/[>›|]/).map((x) => x.trim());
  return pieces.length >= 3 && pieces.every((x) => x.length > 0 && wordCount(x, 4) <= 4) && !/[.!?]$/.test(p);
}

/**
 * A promotional line, by its cues outside quotations: '"Anyone with footage should contact us,"
 * the inspector said.' is the article's, as is a quotation that the next paragraph goes on with.
 */
function isPromo(p: string, pack: LanguagePack): boolean {
  if (wordCount(p, MAX_PROMO_WORDS) > MAX_PROMO_WORDS) return false;
  const outsideQuotes = p.replace(QUOTED, ' ').replace(UNCLOSED, ' ');
  return pack.promoCues.some((re) => re.test(outsideQuotes));
}

/** Does the paragraph speak in the first person outside its quotations ("I have covered …", « je couvre … »)? */
function firstPerson(p: string, pack: LanguagePack): boolean {
  const outsideQuotes = p.replace(QUOTED, ' ');
  return pack.firstPersonCues.some((re) => re.test(outsideQuotes));
}

/**
 * An author's blurb: a short paragraph near the end that says what the writer does ("… is a
 * reporter for …"), or a last paragraph that speaks in the first person after two paragraphs at
 * least that do not (`firstPersonBefore`: an earlier paragraph does, as an opinion piece, an interview or a
 * reader's comment do, whose last paragraph is theirs: "In the meantime, I am glad Republicans are
 * frustrated."; and a paragraph before the last in the first person is the article's: "I feel so
 * strongly about this because I believe …" before the writer's closing lines).
 */
function isAuthorBlurb(p: string, pack: LanguagePack, last: boolean, firstPersonBefore: () => boolean): boolean {
  // (Not a quotation, nor embedded markup: '<tweet author="@…">While I respect …'.)
  if (wordCount(p, MAX_BLURB_WORDS) > MAX_BLURB_WORDS || /^[«“"‘—–<-]/.test(p)) return false;
  const outsideQuotes = p.replace(QUOTED, ' ');
  return (last && pack.firstPersonCues.some((re) => re.test(outsideQuotes)) && !firstPersonBefore()) || pack.authorBlurbCues.some((re) => re.test(outsideQuotes));
}

function classify(p: string, index: number, count: number, pack: LanguagePack, firstPersonBefore: () => boolean): RemovedParagraph['rule'] | null {
  const nav = navigationPattern(pack);
  const atTop = index < EDGE;
  const atBottom = index >= count - EDGE;
  if (nav && (atTop || atBottom || wordCount(p, 2) >= 2) && nav.test(p)) return 'navigation';
  if (isBreadcrumb(p)) return 'breadcrumb';
  if (isPromo(p, pack)) return 'promo';
  if (atTop && pack.bylineLines.some((re) => re.test(p))) return 'byline';
  if (DESK_SIGNATURE.test(p) || pack.signatureLines.some((re) => re.test(p))) return 'signature';
  // (Never the article's first paragraph: a one-paragraph text in the first person is all article.)
  if (index > 0 && index >= count - 2 && isAuthorBlurb(p, pack, index === count - 1 && index >= 2, firstPersonBefore)) return 'author-blurb';
  return null;
}

/**
 * Remove site furniture from a list of paragraphs: navigation and breadcrumbs, "read also" and
 * subscription lines, bylines and date lines at the top, and an author's blurb at the bottom.
 * Credit lines ("Avec AFP") are article content and stay.
 */
export function removeBoilerplate(paragraphs: readonly string[], pack: LanguagePack): BoilerplateResult {
  const kept: string[] = [];
  const removed: RemovedParagraph[] = [];
  let byline: string | undefined;
  // Read only for a last paragraph in the first person: do the paragraphs kept before it use it too?
  const firstPersonBefore = () => kept.some((k) => firstPerson(k, pack));
  paragraphs.forEach((p, i) => {
    const rule = classify(p, i, paragraphs.length, pack, firstPersonBefore);
    if (!rule) {
      kept.push(p);
      return;
    }
    removed.push({ rule, text: p });
    if (rule === 'byline' && byline === undefined) {
      const m = /^\S+\s+(\S.*)$/u.exec(p);
      if (m?.[1] && !/\d/.test(m[1])) byline = m[1].split(',')[0]!.trim();
    }
  });
  return { kept, removed, ...(byline ? { byline } : {}) };
}
