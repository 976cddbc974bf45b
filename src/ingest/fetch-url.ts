import { decodeBytes } from './decode.js';
import { formatBytes } from './read-file.js';
import type { RawInput } from './types.js';

export interface FetchLimits {
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
}

/**
 * Fetch an http(s) URL as an article: redirects followed one by one up to the limit, the body
 * read as a stream and cut off at the size limit, the whole under one timeout. Every failure is
 * returned as a plain reason.
 */
export async function fetchUrl(url: string, limits: FetchLimits): Promise<{ ok: true; raw: RawInput } | { ok: false; reason: string }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    let current = url;
    for (let hop = 0; ; hop++) {
      const res = await fetch(current, { redirect: 'manual', signal: controller.signal, headers: { accept: 'text/html, text/plain;q=0.9, text/markdown;q=0.9, */*;q=0.1', 'user-agent': 'recoupe' } });
      if (res.status >= 300 && res.status < 400 && res.headers.has('location')) {
        await res.body?.cancel();
        if (hop >= limits.maxRedirects) return { ok: false, reason: `too many redirects (more than ${limits.maxRedirects})` };
        const next = new URL(res.headers.get('location')!, current);
        if (next.protocol !== 'http:' && next.protocol !== 'https:') return { ok: false, reason: `redirected to an unsupported address (${next.protocol})` };
        current = next.href;
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel();
        return { ok: false, reason: `the server answered HTTP ${res.status}${res.statusText ? ' ' + res.statusText : ''}` };
      }
      const declared = Number(res.headers.get('content-length') ?? NaN);
      if (declared > limits.maxBytes) {
        await res.body?.cancel();
        return { ok: false, reason: `the page is ${formatBytes(declared)}, over the ${formatBytes(limits.maxBytes)} limit` };
      }
      const type = (res.headers.get('content-type') ?? '').toLowerCase();
      if (type && !/html|xml|text\/|markdown/.test(type)) {
        await res.body?.cancel();
        return { ok: false, reason: `the page is ${type.split(';')[0]}, not text or HTML` };
      }
      const body = await readLimited(res, limits.maxBytes);
      if (!body) return { ok: false, reason: `the page is over the ${formatBytes(limits.maxBytes)} limit` };
      const decoded = decodeWithCharset(body, type);
      if (!decoded.ok) return { ok: false, reason: decoded.reason.replace('the file', 'the page') };
      const format = /html|xml/.test(type) || (!type && /^\s*</.test(decoded.text)) ? 'html' : /markdown/.test(type) ? 'markdown' : 'text';
      return { ok: true, raw: { source: url, format, content: decoded.text, meta: { url: current } } };
    }
  } catch (e) {
    if (controller.signal.aborted) return { ok: false, reason: `no answer within ${Math.round(limits.timeoutMs / 1000)} s` };
    return { ok: false, reason: networkReason(e) };
  } finally {
    clearTimeout(timer);
  }
}

async function readLimited(res: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!res.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      await res.body.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** A charset named by the server wins over sniffing, when the platform knows it. */
function decodeWithCharset(bytes: Uint8Array, contentType: string): ReturnType<typeof decodeBytes> {
  const charset = /charset=["']?([\w-]+)/.exec(contentType)?.[1]?.toLowerCase();
  if (charset && !/^utf-?8$/.test(charset)) {
    try {
      const text = new TextDecoder(charset, { fatal: true }).decode(bytes);
      if (text.trim()) return { ok: true, text, encoding: charset };
    } catch {
      // unknown label or bytes that do not fit it: sniff instead
    }
  }
  return decodeBytes(bytes);
}

function networkReason(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  switch (cause?.code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'the host name could not be resolved';
    case 'ECONNREFUSED':
      return 'the connection was refused (unreachable)';
    case 'ECONNRESET':
      return 'the connection was reset';
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return 'the connection timed out (unreachable)';
    default:
      if ((e instanceof Error ? e.message : '') === 'bad port') return 'the address uses a port that web clients refuse to call';
      return `could not fetch it: ${cause?.message ?? (e instanceof Error ? e.message : String(e))}`;
  }
}
