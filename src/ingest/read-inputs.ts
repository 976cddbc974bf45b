import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { decodeBytes } from './decode.js';
import { fetchUrl } from './fetch-url.js';
import { formatBytes, fsReason, readFileLimited } from './read-file.js';
import { parseRecord, type InputRecord } from './records.js';
import { DEFAULT_FETCH_TIMEOUT_MS, DEFAULT_MAX_BYTES, DEFAULT_MAX_REDIRECTS, type IngestOptions, type Ingested, type InputMeta, type RawInput } from './types.js';

/** One thing to read, once the user's inputs are expanded (folders walked, kinds told apart). */
export type InputUnit =
  | { kind: 'file'; path: string }
  | { kind: 'records'; path: string }
  | { kind: 'url'; url: string }
  | { kind: 'stdin' }
  | { kind: 'error'; input: string; message: string };

const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml']);
const RECORD_EXTENSIONS = new Set(['.jsonl', '.ndjson', '.json']);
/** A folder's own documentation, skipped in a walk (named explicitly, it is read like any file). */
const FOLDER_DOCS = /^(?:readme|license|licence|changelog|contributing|authors)(?:\.[a-z]+)?$/i;

function isUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

/**
 * Expand what the user named into units: a folder becomes its files (recursively, hidden ones
 * skipped, files named by a manifest in the same walk skipped so they are read once, with the
 * manifest's metadata), `-` is standard input, http(s) addresses are URLs.
 */
export async function expandInputs(inputs: readonly string[], manifests: readonly string[] = []): Promise<InputUnit[]> {
  const units: InputUnit[] = manifests.map((path) => ({ kind: 'records', path }));
  for (const input of inputs) {
    if (input === '-') units.push({ kind: 'stdin' });
    else if (isUrl(input)) units.push({ kind: 'url', url: input });
    else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) units.push({ kind: 'error', input, message: 'only http and https addresses can be read' });
    else {
      let info;
      try {
        info = await stat(input);
      } catch (e) {
        units.push({ kind: 'error', input, message: fsReason(e) });
        continue;
      }
      if (info.isDirectory()) units.push(...(await walkFolder(input)));
      else units.push(RECORD_EXTENSIONS.has(extname(input).toLowerCase()) ? { kind: 'records', path: input } : { kind: 'file', path: input });
    }
  }
  return units;
}

async function walkFolder(root: string): Promise<InputUnit[]> {
  const files: string[] = [];
  const visit = async (dir: string) => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const path = join(dir, e.name);
      if (e.isDirectory()) await visit(path);
      else if (e.isFile()) files.push(path);
    }
  };
  try {
    await visit(root);
  } catch (e) {
    return [{ kind: 'error', input: root, message: fsReason(e) }];
  }
  const recordFiles: string[] = [];
  const named = new Set<string>();
  for (const f of files.filter((x) => RECORD_EXTENSIONS.has(extname(x).toLowerCase()))) {
    const { holdsRecords, paths } = await scanRecords(f);
    // In a walk, a JSON file that holds no records (settings, annotations) is not an input.
    if (extname(f).toLowerCase() === '.json' && !holdsRecords) continue;
    recordFiles.push(f);
    for (const p of paths) named.add(p);
  }
  const articles = files.filter((f) => ARTICLE_EXTENSIONS.has(extname(f).toLowerCase()) && !named.has(resolve(f)) && !FOLDER_DOCS.test(basename(f)));
  return [...recordFiles.map((path): InputUnit => ({ kind: 'records', path })), ...articles.map((path): InputUnit => ({ kind: 'file', path }))];
}

/**
 * One pass over a records file: does it hold any record (rather than settings or annotations),
 * and which files does it name (so that a folder walk does not read them a second time)?
 */
async function scanRecords(file: string): Promise<{ holdsRecords: boolean; paths: string[] }> {
  let holdsRecords = false;
  const paths: string[] = [];
  for await (const item of recordsOf(file, DEFAULT_MAX_BYTES)) {
    if (!item.ok) continue;
    holdsRecords = true;
    if (item.record.path) paths.push(item.record.path);
  }
  return { holdsRecords, paths };
}

/** How many articles a unit will give, for the progress bar (a records file: its lines). */
export async function countUnit(unit: InputUnit): Promise<number> {
  if (unit.kind !== 'records') return 1;
  let n = 0;
  try {
    for await (const chunk of createReadStream(unit.path)) for (const b of chunk as Buffer) if (b === 10) n++;
  } catch {
    return 1;
  }
  return Math.max(n, 1);
}

/** Read a unit: each article it gives, or each error, in order. */
export async function* readUnit(unit: InputUnit, options: IngestOptions = {}): AsyncGenerator<Ingested> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  switch (unit.kind) {
    case 'error':
      yield { ok: false, error: { input: unit.input, message: unit.message } };
      return;
    case 'file':
      yield await readArticleFile(unit.path, unit.path, {}, maxBytes);
      return;
    case 'url':
      yield await readUrl(unit.url, unit.url, {}, options);
      return;
    case 'stdin':
      yield* readStdin(options);
      return;
    case 'records':
      for await (const item of recordsOf(unit.path, maxBytes)) {
        if (!item.ok) yield { ok: false, error: { input: item.where, message: item.reason } };
        else yield await readRecord(item.record, item.where, options);
      }
  }
}

async function readArticleFile(path: string, source: string, meta: InputMeta, maxBytes: number): Promise<Ingested> {
  const read = await readFileLimited(path, maxBytes);
  if (!read.ok) return { ok: false, error: { input: source, message: read.reason } };
  const decoded = decodeBytes(read.bytes);
  if (!decoded.ok) return { ok: false, error: { input: source, message: decoded.reason } };
  return { ok: true, raw: { source, format: formatOf(path, decoded.text), content: decoded.text, meta } };
}

async function readUrl(url: string, source: string, meta: InputMeta, options: IngestOptions): Promise<Ingested> {
  const fetched = await fetchUrl(url, {
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    timeoutMs: options.fetchTimeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS,
    maxRedirects: options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
  });
  if (!fetched.ok) return { ok: false, error: { input: source, message: fetched.reason } };
  return { ok: true, raw: { ...fetched.raw, source, meta: { ...fetched.raw.meta, ...meta } } };
}

async function readRecord(record: InputRecord, where: string, options: IngestOptions): Promise<Ingested> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const inline = record.text ?? record.html;
  if (inline !== undefined) {
    if (Buffer.byteLength(inline) > maxBytes) return { ok: false, error: { input: where, message: `the record's text is over the ${formatBytes(maxBytes)} limit` } };
    const raw: RawInput = { source: where, format: record.html !== undefined ? 'html' : 'text', content: inline, meta: record.meta };
    return { ok: true, raw };
  }
  if (record.path !== undefined) return readArticleFile(record.path, record.path, record.meta, maxBytes);
  return readUrl(record.url!, record.url!, record.meta, options);
}

type RecordItem = { ok: true; record: InputRecord; where: string } | { ok: false; reason: string; where: string };

/**
 * The records of a JSON Lines file (one per line; a bad line is an error of its own and the
 * others still count) or of a JSON file (one record, an array, or `{articles: [...]}`).
 */
async function* recordsOf(path: string, maxBytes: number): AsyncGenerator<RecordItem> {
  const baseDir = dirname(path);
  const info = await stat(path).catch((e: unknown) => e);
  if (info instanceof Error || !(info as { isFile?: () => boolean }).isFile?.()) {
    yield { ok: false, reason: info instanceof Error ? fsReason(info) : 'is not a file', where: path };
    return;
  }
  if (extname(path).toLowerCase() === '.json') {
    const read = await readFileLimited(path, maxBytes);
    if (!read.ok) {
      yield { ok: false, reason: read.reason, where: path };
      return;
    }
    const decoded = decodeBytes(read.bytes);
    if (!decoded.ok) {
      yield { ok: false, reason: decoded.reason, where: path };
      return;
    }
    let data: unknown;
    try {
      data = JSON.parse(decoded.text);
    } catch (e) {
      {
      yield { ok: false, reason: `not valid JSON (${(e as Error).message})`, where: path };
      return;
    }
    }
    const list = Array.isArray(data) ? data : data && typeof data === 'object' && Array.isArray((data as { articles?: unknown }).articles) ? (data as { articles: unknown[] }).articles : [data];
    for (const [i, value] of list.entries()) yield withWhere(parseRecord(value, baseDir), list.length > 1 ? `${path}[${i}]` : path);
    return;
  }
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const rawLine of lines) {
    n++;
    const line = n === 1 ? rawLine.replace(/^\uFEFF/, '') : rawLine;
    if (!line.trim()) continue;
    const where = `${path}:${n}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      yield { ok: false, reason: `line ${n} is not valid JSON (${(e as Error).message})`, where };
      continue;
    }
    yield withWhere(parseRecord(value, baseDir), where);
  }
}

function withWhere(r: ReturnType<typeof parseRecord>, where: string): RecordItem {
  return r.ok ? { ok: true, record: r.record, where } : { ok: false, reason: r.reason, where };
}

async function* readStdin(options: IngestOptions): AsyncGenerator<Ingested> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of (options.stdin ?? process.stdin) as AsyncIterable<Uint8Array | string>) {
    const b: Buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    total += b.length;
    if (total > maxBytes) {
      yield { ok: false, error: { input: '-', message: `standard input is over the ${formatBytes(maxBytes)} limit` } };
      return;
    }
    chunks.push(b);
  }
  const decoded = decodeBytes(Buffer.concat(chunks));
  if (!decoded.ok) {
      yield { ok: false, error: { input: '-', message: decoded.reason.replace('the file', 'standard input') } };
      return;
    }
  const text = decoded.text;
  if (/^\s*\{/.test(text)) {
    // JSON Lines on standard input: records, paths relative to the working folder.
    let n = 0;
    for (const line of text.split(/\r?\n/)) {
      n++;
      if (!line.trim()) continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (e) {
        yield { ok: false, error: { input: `-:${n}`, message: `line ${n} is not valid JSON (${(e as Error).message})` } };
        continue;
      }
      const r = parseRecord(value, process.cwd());
      yield r.ok ? await readRecord(r.record, `-:${n}`, options) : { ok: false, error: { input: `-:${n}`, message: r.reason } };
    }
    return;
  }
  yield { ok: true, raw: { source: '-', format: formatOf('', text), content: text, meta: {} } };
}

/** The format of a file from its extension, or from its first bytes when the extension says nothing. */
function formatOf(path: string, text: string): RawInput['format'] {
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  return /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text) ? 'html' : 'text';
}
