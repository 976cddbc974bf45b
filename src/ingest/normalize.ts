/**
 * Character-level normalisation, done once before the text is fixed. Quotation marks,
 * guillemets and apostrophes are kept as written (the quoteMarks stage classifies them); what
 * changes is only what would make the same words compare differently:
 * - Unicode NFC;
 * - every space separator (no-break U+00A0, narrow no-break U+202F, thin, figure...) and tab
 *   becomes U+0020, so "10 000" reads the same whichever space the page used;
 * - soft hyphens, zero-width characters, BOMs and stray control characters are dropped;
 * - line breaks become "\n"; spaces are collapsed and lines trimmed.
 */

// Soft hyphen, zero-width space/non-joiner/joiner, word joiner, BOM, invisible operators, and
// C0/C1 controls other than tab and line breaks.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060-\u2064\uFEFF\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;
// A run of two or more, or one that is not a plain space: a lone plain space (most of them) is
// left as it is rather than replaced by itself.
const SPACES = /[\t\v\f\p{Zs}]{2,}|[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/gu;
const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085]/g;

export function normalizeChars(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(LINE_BREAKS, '\n')
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n');
}

const TERMINAL = /[.!?…:;»”"')\]]$/;

/**
 * Split normalised plain text into paragraphs. Blank lines always separate paragraphs. Inside a
 * block, lines are paragraphs of their own, unless the block looks hard-wrapped (most lines end
 * mid-sentence), in which case its lines are joined.
 */
export function splitParagraphs(text: string): string[] {
  const out: string[] = [];
  for (const block of text.split(/\n{2,}/)) {
    const lines = block.split('\n').filter((l) => l.length > 0);
    if (lines.length === 0) continue;
    if (lines.length > 1 && looksHardWrapped(lines)) out.push(lines.join(' '));
    else out.push(...lines);
  }
  return out;
}

function looksHardWrapped(lines: string[]): boolean {
  const body = lines.slice(0, -1);
  const open = body.filter((l) => !TERMINAL.test(l)).length;
  const short = body.filter((l) => l.length <= 100).length;
  return open / body.length >= 0.6 && short / body.length >= 0.8;
}
