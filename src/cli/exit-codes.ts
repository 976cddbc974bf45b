/** Exit codes scripts can rely on. */
export const EXIT = {
  /** Everything was read and written. */
  ok: 0,
  /** The work was done, but some inputs could not be read (they are listed). */
  someInputsFailed: 1,
  /** The command line was wrong; nothing was done. */
  usage: 2,
  /** The store or an output file could not be opened or written; nothing more was done. */
  fatal: 3,
} as const;
