/** Checks of command-line values shared by the bench scripts; each throws with the flag named. */

export function integerOption(value: string, flag: string, min: number): number {
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < min) throw new Error(`${flag} needs a whole number of at least ${min}, not "${value}"`);
  return n;
}

/** A range of words per article: "300-1200". */
export function wordsRangeOption(value: string, flag: string): [number, number] {
  const m = /^(\d+)-(\d+)$/.exec(value.trim());
  const min = Number(m?.[1]);
  const max = Number(m?.[2]);
  if (!m || min < 1 || max < min) throw new Error(`${flag} needs a range such as 300-1200, not "${value}"`);
  return [min, max];
}
