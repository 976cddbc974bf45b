import type { Derivation, DossierArticle, TextRange } from '../contract/dossier.js';

/** One row of a derivation shown side by side. */
export interface SideBySideRow {
  status: 'kept' | 'reworded' | 'translated' | 'added' | 'dropped';
  source?: string;
  copy?: string;
}

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function sameWords(a: string, b: string): boolean {
  return words(a).join(' ') === words(b).join(' ');
}

/** The text between two offsets, as a passage when it holds any word. */
function gap(text: string, from: number, to: number): string | undefined {
  const t = text.slice(from, to).trim();
  return /[\p{L}\p{N}]/u.test(t) ? t : undefined;
}

/**
 * A derivation as rows: each aligned pair of passages (kept word for word, reworded, or
 * translated), with what the copy added and what it dropped between them.
 */
export function sideBySide(d: Derivation, source: DossierArticle, copy: DossierArticle): SideBySideRow[] {
  const rows: SideBySideRow[] = [];
  let s = 0;
  let c = 0;
  const pairs: { source: TextRange; copy: TextRange }[] = [...(d.evidence ?? [])].sort((x, y) => x.copy.start - y.copy.start);
  const flush = (sEnd: number, cEnd: number) => {
    const dropped = gap(source.text, s, sEnd);
    const added = gap(copy.text, c, cEnd);
    if (dropped) rows.push({ status: 'dropped', source: dropped });
    if (added) rows.push({ status: 'added', copy: added });
  };
  for (const p of pairs) {
    if (p.source.start < s) continue;
    flush(p.source.start, p.copy.start);
    const st = source.text.slice(p.source.start, p.source.end);
    const ct = copy.text.slice(p.copy.start, p.copy.end);
    rows.push({ status: d.kind === 'translation' ? 'translated' : sameWords(st, ct) ? 'kept' : 'reworded', source: st, copy: ct });
    s = p.source.end;
    c = p.copy.end;
  }
  flush(source.text.length, copy.text.length);
  return rows;
}
