import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** What an HTML page gives: its body as paragraphs, and what its metadata says. */
export interface HtmlExtract {
  paragraphs: string[];
  title?: string;
  byline?: string;
  outlet?: string;
  language?: string;
  publishedAt?: string;
  url?: string;
}

/** The few DOM members read here; linkedom's nodes have them all. */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}
interface DomDocument {
  documentElement: DomNode | null;
  body: DomNode | null;
  querySelectorAll(selector: string): ArrayLike<DomNode>;
  querySelector(selector: string): DomNode | null;
}

/** linkedom's own types need the DOM library; recoupe reads its documents through DomDocument. */
const parseDocument = (html: string): DomDocument => (parseHTML as unknown as (h: string) => { document: DomDocument })(html).document;

const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DD', 'DT', 'TR', 'FIGCAPTION', 'ADDRESS']);
const CONTAINERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'HEADER', 'FOOTER', 'ASIDE', 'FIGURE', 'BODY', 'CENTER', 'DETAILS']);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'NAV', 'FORM', 'BUTTON', 'SELECT', 'FIGCAPTION']);
const ARTICLE_TYPES = /^(?:News|Reportage|Analysis|Opinion|Report|Scholarly|Tech|Satirical|Blog|Review|Background)?(?:Article|Posting|NewsArticle)$/;

/**
 * Extract an article from an HTML page: metadata from JSON-LD and meta tags, then the body
 * through Readability, with paragraphs kept apart. Returns null when the page holds no article text.
 */
export function extractHtml(html: string): HtmlExtract | null {
  const document = parseDocument(html);
  // Metadata first: reading does not change the DOM, and Readability rewrites it afterwards.
  const meta = readMetadata(document);
  const reader = new Readability<DomNode>(document, { charThreshold: 200, serializer: (node: unknown) => node as DomNode });
  const parsed = reader.parse();
  let paragraphs = parsed?.content ? blocksOf(parsed.content) : [];
  if (paragraphs.length === 0) {
    // Readability found no candidate (very short pages): fall back to the body's own blocks.
    const body = parseDocument(html).body;
    paragraphs = body ? blocksOf(body) : [];
  }
  if (paragraphs.length === 0) return null;
  return {
    paragraphs,
    ...defined({
      title: meta.title ?? clean(parsed?.title),
      byline: meta.byline ?? clean(parsed?.byline),
      outlet: meta.outlet ?? clean(parsed?.siteName),
      language: meta.language ?? clean(parsed?.lang),
      publishedAt: meta.publishedAt ?? clean(parsed?.publishedTime),
      url: meta.url,
    }),
  };
}

/** Text blocks of an element, in document order; nested containers are walked. */
function blocksOf(root: DomNode): string[] {
  const out: string[] = [];
  let inline = '';
  const flush = () => {
    for (const line of inline.split('\n')) {
      const t = line.replace(/\s+/g, ' ').trim();
      if (t) out.push(t);
    }
    inline = '';
  };
  const walk = (node: DomNode) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        inline += child.textContent ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const name = child.nodeName.toUpperCase();
      if (SKIPPED.has(name)) continue;
      if (name === 'BR') inline += '\n';
      else if (BLOCKS.has(name) && !hasBlockChild(child)) {
        flush();
        inline = textWithBreaks(child);
        flush();
      } else if (BLOCKS.has(name) || CONTAINERS.has(name)) {
        flush();
        walk(child);
        flush();
      } else walk(child);
    }
  };
  walk(root);
  flush();
  return out;
}

function hasBlockChild(node: DomNode): boolean {
  return Array.from(node.childNodes).some((c) => c.nodeType === 1 && (BLOCKS.has(c.nodeName.toUpperCase()) || CONTAINERS.has(c.nodeName.toUpperCase())));
}

function textWithBreaks(node: DomNode): string {
  let s = '';
  for (const c of Array.from(node.childNodes)) {
    if (c.nodeType === 3) s += c.textContent ?? '';
    else if (c.nodeType === 1) {
      const name = c.nodeName.toUpperCase();
      if (name === 'BR') s += '\n';
      else if (!SKIPPED.has(name)) s += textWithBreaks(c);
    }
  }
  return s;
}

type PageMeta = Omit<HtmlExtract, 'paragraphs'>;

function readMetadata(doc: DomDocument): PageMeta {
  const metaContent = (...keys: string[]): string | undefined => {
    for (const key of keys) {
      for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
        const el = doc.querySelector(`meta[${attr}="${key}"]`);
        const v = clean(el?.getAttribute?.('content'));
        if (v) return v;
      }
    }
    return undefined;
  };
  const ld = readJsonLd(doc);
  const timeEl = doc.querySelector('article time[datetime], time[pubdate], time[datetime]');
  const htmlLang = clean(doc.documentElement?.getAttribute?.('lang'));
  const canonical = doc.querySelector('link[rel="canonical"]');
  return defined({
    title: ld.title ?? metaContent('og:title', 'twitter:title', 'dc.title', 'DC.title') ?? clean(doc.querySelector('title')?.textContent),
    byline: ld.byline ?? metaContent('author', 'article:author', 'dc.creator', 'DC.creator', 'byl'),
    outlet: ld.outlet ?? metaContent('og:site_name', 'application-name', 'publisher', 'dc.publisher'),
    language: primaryLanguage(ld.language ?? htmlLang ?? metaContent('og:locale', 'content-language', 'language', 'dc.language')),
    publishedAt:
      ld.publishedAt ??
      metaContent('article:published_time', 'og:article:published_time', 'datePublished', 'date', 'dc.date', 'DC.date.issued', 'pubdate', 'publish-date', 'parsely-pub-date', 'sailthru.date') ??
      clean(timeEl?.getAttribute?.('datetime')),
    url: ld.url ?? clean(canonical?.getAttribute?.('href')) ?? metaContent('og:url'),
  });
}

function readJsonLd(doc: DomDocument): PageMeta {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a broken JSON-LD block is common and harmless: meta tags still apply
    }
    for (const item of flattenLd(data)) {
      const types = ([] as unknown[]).concat(item['@type']).filter((t): t is string => typeof t === 'string');
      if (!types.some((t) => ARTICLE_TYPES.test(t))) continue;
      return defined({
        title: str(item.headline) ?? str(item.name),
        byline: names(item.author),
        outlet: names(item.publisher),
        language: str(item.inLanguage),
        publishedAt: str(item.datePublished) ?? str(item.dateCreated),
        url: str(item.url),
      });
    }
  }
  return {};
}

type LdItem = Record<string, unknown>;

function flattenLd(data: unknown): LdItem[] {
  if (Array.isArray(data)) return data.flatMap(flattenLd);
  if (data && typeof data === 'object') {
    const item = data as LdItem;
    return [item, ...(Array.isArray(item['@graph']) ? flattenLd(item['@graph']) : [])];
  }
  return [];
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? clean(v) : undefined;
}

function names(v: unknown): string | undefined {
  const list = ([] as unknown[]).concat(v ?? []);
  const out = list.map((x) => (typeof x === 'string' ? clean(x) : x && typeof x === 'object' ? str((x as LdItem).name) : undefined)).filter(Boolean);
  return out.length ? out.join(', ') : undefined;
}

function primaryLanguage(v: string | undefined): string | undefined {
  const m = v ? /^([a-z]{2,3})(?:[-_]|$)/i.exec(v) : null;
  return m?.[1]?.toLowerCase();
}

function clean(v: string | null | undefined): string | undefined {
  const t = v?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
}

function defined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
