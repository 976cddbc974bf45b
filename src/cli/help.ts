/** Help texts, one per command. */
export const HELP: Record<string, string> = {
  main: `recoupe: cross-check news articles (which reports are independent, who said what,
which figure comes from whom and when).

Usage:
  recoupe analyze INPUT... [options]   read, analyse, write the dossier (one shot)
  recoupe add INPUT... [options]       read and analyse into a store
  recoupe dossier [options]            write the dossier of everything in a store
  recoupe help COMMAND                 help on a command
  recoupe --version

INPUT is a file (.txt, .md, .html, .jsonl, .json), a folder (read recursively), an http(s)
URL, or - for standard input.

Exit codes: 0 done; 1 done, but some inputs failed (listed on standard error);
2 wrong command line; 3 the store or an output could not be opened or written.`,
  analyze: `Usage: recoupe analyze INPUT... [options]

Read the inputs, analyse them and write the dossier of these articles. A Markdown summary goes
to standard output unless --quiet is given.

Options:
  --manifest FILE   a JSON Lines or JSON file of records {text|html|path|url, title, outlet,
                    publishedAt, language, url}; paths are relative to the manifest (repeatable)
  --json FILE       write the dossier as JSON (contract recoupe.dossier/1)
  --html FILE       write the dossier as one self-contained HTML report
  --md FILE         write the Markdown summary to a file
  --db FILE         keep the analysis in this SQLite store (default: in memory)
  --max-bytes N     refuse files, pages and records larger than N bytes (default 10 MiB)
  --timeout S       give up on a URL after S seconds (default 15)
  --workers N       threads that analyse articles side by side; 0 analyses in the main thread
                    (default auto: one per core but one, once a run has more than 24 articles)
  -q, --quiet       no progress bar and no summary; errors still go to standard error
  -h, --help        this help`,
  add: `Usage: recoupe add INPUT... [options]

Read and analyse the inputs into a store. An article already in the store is not stored twice.

Options:
  --manifest FILE   a JSON Lines or JSON records file (repeatable)
  --db FILE         the SQLite store (default: recoupe.sqlite)
  --max-bytes N     refuse files, pages and records larger than N bytes (default 10 MiB)
  --timeout S       give up on a URL after S seconds (default 15)
  --workers N       threads that analyse articles side by side; 0 analyses in the main thread
                    (default auto: one per core but one, once a run has more than 24 articles)
  -q, --quiet       no progress bar and no summary
  -h, --help        this help`,
  dossier: `Usage: recoupe dossier [--json|--html|--md] [options]

Write the dossier of every article in a store, with the inputs that failed when they were added.

Options:
  --json | --html | --md   the format (default --md)
  --out FILE               write to a file instead of standard output
  --db FILE                the SQLite store (default: recoupe.sqlite)
  -h, --help               this help`,
};
