import { detectLanguage } from '../lang/detect.js';
import { languagePack } from '../lang/registry.js';
import type { Article } from '../model/article.js';
import { articleId } from '../model/ids.js';
import { removeBoilerplate, type RemovedParagraph } from './boilerplate.js';
import { extractHtml } from './formats/html.js';
import { extractMarkdown } from './formats/markdown.js';
import { takeHeadline } from './headline.js';
import { normalizeChars, splitParagraphs } from './normalize.js';
import { normalizeDate } from './records.js';
import type { IngestError, InputMeta, RawInput } from './types.js';

export type Built = { ok: true; article: Article; removed: RemovedParagraph[] } | { ok: false; error: IngestError };

/**
 * Turn a decoded input into an article with its one normalised text: extract the body by format,
 * normalise characters, decide the language, remove boilerplate, take the headline off plain
 * text, and fix the text (paragraphs joined by one blank line). Metadata given with the input
 * (a manifest's fields) wins over what the page itself says.
 */
export function buildArticle(raw: RawInput): Built {
  const fail = (message: string): Built => ({ ok: false, error: { input: raw.source, message } });
  let paragraphs: string[];
  let pageMeta: InputMeta = {};
  switch (raw.format) {
    case 'html': {
      const page = extractHtml(raw.content);
      if (!page) return fail('no article text found in the HTML page');
      const { paragraphs: blocks, ...meta } = page;
      paragraphs = blocks;
      pageMeta = meta;
      break;
    }
    case 'markdown': {
      const md = extractMarkdown(raw.content);
      paragraphs = md.paragraphs;
      if (md.title) pageMeta = { title: md.title };
      break;
    }
    case 'text':
      paragraphs = splitParagraphs(normalizeChars(raw.content));
      break;
  }
  // Plain text is normalised whole above; extracted blocks are normalised one by one.
  if (raw.format !== 'text') paragraphs = paragraphs.map((p) => normalizeChars(p).replace(/\n+/g, ' '));
  paragraphs = paragraphs.filter((p) => p.length > 0);
  if (paragraphs.length === 0) return fail(raw.content.trim() ? 'no text once markup and blank lines are removed' : 'the input holds only white space');

  const meta: InputMeta = { ...pageMeta, ...raw.meta };
  const detected = meta.language ? null : detectLanguage(paragraphs.join('\n'));
  const language = meta.language ?? detected!.code;
  const { kept, removed, byline } = removeBoilerplate(paragraphs, languagePack(language));
  const title = meta.title ? normalizeChars(meta.title).replace(/\n+/g, ' ') : undefined;
  const { title: headline, body } = raw.format === 'text' || title !== undefined ? takeHeadline(kept, title) : { title: undefined, body: kept };
  if (body.length === 0) return fail('no article text: everything in it reads as site furniture (navigation, links, credits)');

  const text = body.join('\n\n');
  const publishedAt = meta.publishedAt ? normalizeDate(meta.publishedAt) : undefined;
  const article: Article = {
    id: articleId(text),
    source: raw.source,
    format: raw.format,
    language,
    languageSource: meta.language ? 'metadata' : language === 'und' ? 'unknown' : 'detected',
    text,
    ...(headline ? { title: headline } : {}),
    ...(meta.outlet ? { outlet: meta.outlet } : {}),
    ...((meta.byline ?? byline) ? { byline: meta.byline ?? byline } : {}),
    ...(meta.url ? { url: meta.url } : {}),
    ...(publishedAt ? { publishedAt, publishedAtSource: 'metadata' as const } : {}),
  };
  return { ok: true, article, removed };
}
