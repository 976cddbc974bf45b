/** What a Markdown article gives: its first top-level heading as title, and its paragraphs as plain text. */
export interface MarkdownExtract {
  title?: string;
  paragraphs: string[];
}

/**
 * Read Markdown as an article: headings become their own paragraphs (the first `#` heading the
 * title), inline markup is taken off (emphasis, links, images, code), lists and block quotes keep
 * their text, fenced code and HTML comments are dropped.
 */
export function extractMarkdown(source: string): MarkdownExtract {
  const text = source.replace(/<!--[\s\S]*?-->/g, '').replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  const blocks: string[] = [];
  let title: string | undefined;
  let current: string[] = [];
  const flush = () => {
    if (current.length) blocks.push(current.join(' '));
    current = [];
  };
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = raw.trim();
    const next = lines[i + 1]?.trim() ?? '';
    if (!line) {
      flush();
      continue;
    }
    if (/^(?:[-*_]\s*){3,}$/.test(line)) {
      flush();
      continue;
    }
    const atx = /^(#{1,6})\s+(\S.*)?$/.exec(line);
    const setext = !atx && current.length === 0 && /^(=+|-+)$/.test(next) ? (next.startsWith('=') ? 1 : 2) : 0;
    if (atx || setext) {
      flush();
      const heading = inline(atx ? withoutClosingHashes(atx[2] ?? '') : line);
      if (title === undefined && blocks.length === 0 && (atx ? atx[1] === '#' : setext === 1)) title = heading;
      else if (heading) blocks.push(heading);
      if (setext) i++;
      continue;
    }
    const item = /^(?:>\s?)*(?:[-*+]|\d+[.)])\s+(\S.*)?$/.exec(line);
    if (item) {
      flush();
      current.push(inline(item[1] ?? ''));
      flush();
      continue;
    }
    current.push(inline(line.replace(/^(?:>\s?)+/, '')));
  }
  flush();
  return { ...(title ? { title } : {}), paragraphs: blocks.filter(Boolean) };
}

/** Inline Markdown to plain text. */
/** An ATX heading's text without its closing sequence of hashes ("## Title ##") and spaces. */
function withoutClosingHashes(s: string): string {
  let end = s.length;
  while (end > 0 && /\s/.test(s[end - 1]!)) end--;
  while (end > 0 && s[end - 1] === '#') end--;
  while (end > 0 && /\s/.test(s[end - 1]!)) end--;
  return s.slice(0, end);
}

function inline(s: string): string {
  return s
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^[\]]*)\]\([^()]*\)/g, '$1')
    .replace(/\[([^[\]]*)\]\[[^[\]]*\]/g, '$1')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*([^*]+)\*\*|__([^_]+)__/g, '$1$2')
    .replace(/(^|[^\p{L}\p{N}*_])(?:\*([^*\s][^*]*)\*|_([^_\s][^_]*)_)(?![\p{L}\p{N}])/gu, '$1$2$3')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1')
    .trim();
}
