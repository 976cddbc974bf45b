import { isAbsolute, resolve } from 'node:path';
import type { InputMeta } from './types.js';

/** A JSON record naming an article: exactly one of text, html, path or url, plus metadata. */
export interface InputRecord {
  text?: string;
  html?: string;
  /** Resolved against the folder of the file that holds the record. */
  path?: string;
  url?: string;
  meta: InputMeta;
}

const CONTENT_FIELDS = ['text', 'html', 'path', 'url'] as const;
const META_FIELDS = ['title', 'outlet', 'publishedAt', 'language', 'url', 'byline'] as const;

/** Check a parsed JSON value as a record; the reason names the field at fault. */
export function parseRecord(value: unknown, baseDir: string): { ok: true; record: InputRecord } | { ok: false; reason: string } {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, reason: 'a record must be a JSON object' };
  const obj = value as Record<string, unknown>;
  const present = CONTENT_FIELDS.filter((f) => obj[f] !== undefined && obj[f] !== null);
  // `url` doubles as metadata: it is the content only when nothing else is given.
  const content = present.filter((f) => f !== 'url' || present.length === 1);
  if (content.length === 0) return { ok: false, reason: 'the record has none of "text", "html", "path" or "url"' };
  if (content.length > 1) return { ok: false, reason: `the record has both "${content[0]}" and "${content[1]}"; give one` };
  const meta: InputMeta = {};
  for (const f of [...CONTENT_FIELDS, ...META_FIELDS]) {
    const v = obj[f];
    if (v !== undefined && v !== null && typeof v !== 'string') return { ok: false, reason: `"${f}" must be a string` };
  }
  for (const f of META_FIELDS) {
    const v = obj[f] as string | undefined;
    if (v?.trim()) meta[f] = v.trim();
  }
  if (meta.language !== undefined) {
    if (!/^[a-z]{2,3}(?:[-_][A-Za-z0-9]+)*$/i.test(meta.language)) return { ok: false, reason: `"language" must be a language code such as "fr" or "en", not "${meta.language}"` };
    meta.language = meta.language.slice(0, meta.language.search(/[-_]|$/)).toLowerCase();
  }
  if (meta.publishedAt !== undefined) {
    const iso = normalizeDate(meta.publishedAt);
    if (!iso) return { ok: false, reason: `"publishedAt" is not a date: "${meta.publishedAt}"` };
    meta.publishedAt = iso;
  }
  const field = content[0]!;
  const v = obj[field] as string;
  if (!v.trim()) return { ok: false, reason: `"${field}" is empty` };
  const record: InputRecord = { meta };
  if (field === 'path') record.path = isAbsolute(v) ? v : resolve(baseDir, v);
  else record[field] = v;
  return { ok: true, record };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/**
 * A publication date as ISO: a plain date stays a date, a date-time keeps its time and offset.
 * Other forms that the platform parses (RFC 2822 from feeds) become UTC date-times.
 */
export function normalizeDate(s: string): string | undefined {
  const t = s.trim();
  if (ISO_DATE.test(t)) return Number.isNaN(Date.parse(t)) ? undefined : t;
  if (ISO_DATE_TIME.test(t)) return Number.isNaN(Date.parse(t.replace(' ', 'T'))) ? undefined : t.replace(' ', 'T');
  if (!/\d{4}/.test(t)) return undefined;
  const ms = Date.parse(t);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}
