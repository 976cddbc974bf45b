#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { buildDossier } from '../dossier/build.js';
import { renderHtml } from '../dossier/html.js';
import { renderMarkdown } from '../dossier/markdown.js';
import { addInputs, type AddOptions, type Progress } from '../library/add-inputs.js';
import { analyze } from '../library/analyze.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { StoreError, type Store } from '../store/store.js';
import { EXIT } from './exit-codes.js';
import { HELP } from './help.js';
import { writeFileAtomic } from './output.js';
import { progressBar } from './progress.js';

const DEFAULT_DB = 'recoupe.sqlite';

class UsageError extends Error {}

const commonOptions = {
  manifest: { type: 'string', multiple: true },
  db: { type: 'string' },
  'max-bytes': { type: 'string' },
  timeout: { type: 'string' },
  workers: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

function parse<O extends ParseArgsConfig['options']>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

function positiveNumber(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${flag} needs a positive number, not "${value}"`);
  return n;
}

function workerCount(value: string | undefined): number | undefined {
  if (value === undefined || value === 'auto') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 256) throw new UsageError(`--workers needs a whole number from 0 to 256 or "auto", not "${value}"`);
  return n;
}

function addOptions(values: { manifest?: string[]; 'max-bytes'?: string; timeout?: string; workers?: string; quiet?: boolean }): AddOptions {
  const maxBytes = positiveNumber(values['max-bytes'], '--max-bytes');
  const timeout = positiveNumber(values.timeout, '--timeout');
  const workers = workerCount(values.workers);
  // Without a bar to draw, no progress is asked for (counting a manifest's lines costs a read).
  const bar = !values.quiet && process.stderr.isTTY ? progressBar(process.stderr, true) : null;
  return {
    manifests: values.manifest ?? [],
    ...(maxBytes ? { maxBytes } : {}),
    ...(timeout ? { fetchTimeoutMs: timeout * 1000 } : {}),
    ...(workers !== undefined ? { workers } : {}),
    ...(bar
      ? {
          onProgress: (p: Progress) => {
            bar.update(p);
            if (p.done >= p.total) bar.done();
          },
        }
      : {}),
  };
}

function reportErrors(errors: readonly { input: string; message: string }[]): void {
  for (const e of errors) process.stderr.write(`recoupe: ${e.input}: ${e.message}\n`);
}

async function runAnalyze(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { ...commonOptions, json: { type: 'string' }, html: { type: 'string' }, md: { type: 'string' } });
  if (values.help) return help('analyze');
  if (positionals.length === 0 && !values.manifest?.length) throw new UsageError('analyze needs at least one input (a file, folder, URL, or - for standard input)');
  const store = openSqliteStore(values.db ?? ':memory:');
  try {
    const { dossier, report } = await analyze(positionals, { ...addOptions(values), db: store });
    reportErrors(report.errors);
    const markdown = renderMarkdown(dossier);
    const written: string[] = [];
    if (values.json) {
      await writeFileAtomic(values.json, JSON.stringify(dossier, null, 2) + '\n');
      written.push(`dossier (JSON): ${values.json}`);
    }
    if (values.html) {
      await writeFileAtomic(values.html, renderHtml(dossier));
      written.push(`report (HTML): ${values.html}`);
    }
    if (values.md) {
      await writeFileAtomic(values.md, markdown);
      written.push(`summary (Markdown): ${values.md}`);
    }
    if (!values.quiet) {
      process.stdout.write(markdown + '\n');
      for (const w of written) process.stderr.write(`recoupe: wrote ${w}\n`);
    }
    return report.errors.length ? EXIT.someInputsFailed : EXIT.ok;
  } finally {
    store.close();
  }
}

async function runAdd(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, commonOptions);
  if (values.help) return help('add');
  if (positionals.length === 0 && !values.manifest?.length) throw new UsageError('add needs at least one input (a file, folder, URL, or - for standard input)');
  const store = openSqliteStore(values.db ?? DEFAULT_DB);
  try {
    const report = await addInputs(store, positionals, addOptions(values));
    reportErrors(report.errors);
    if (!values.quiet) {
      process.stdout.write(
        `${report.added} added, ${report.reanalysed} analysed again, ${report.unchanged} already stored, ${report.errors.length} failed; ${store.countArticles()} articles in ${store.location}` +
          (report.reindexed ? ` (${report.reindexed} stored articles indexed again: the provenance index scheme changed)` : '') +
          '\n',
      );
    }
    return report.errors.length ? EXIT.someInputsFailed : EXIT.ok;
  } finally {
    store.close();
  }
}

async function runDossier(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    db: { type: 'string' },
    json: { type: 'boolean' },
    html: { type: 'boolean' },
    md: { type: 'boolean' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return help('dossier');
  if (positionals.length) throw new UsageError(`dossier takes no inputs (got "${positionals[0]}"); use "recoupe add" first`);
  if ([values.json, values.html, values.md].filter(Boolean).length > 1) throw new UsageError('give one of --json, --html, --md');
  const location = values.db ?? DEFAULT_DB;
  if (location !== ':memory:' && !existsSync(location)) throw new StoreError(location, 'no store here; create one with "recoupe add INPUT... --db ' + location + '"');
  const store: Store = openSqliteStore(location);
  try {
    const dossier = buildDossier(store);
    const out = values.json ? JSON.stringify(dossier, null, 2) + '\n' : values.html ? renderHtml(dossier) : renderMarkdown(dossier) + '\n';
    if (values.out) await writeFileAtomic(values.out, out);
    else process.stdout.write(out);
    return EXIT.ok;
  } finally {
    store.close();
  }
}

function help(topic: string): number {
  process.stdout.write((HELP[topic] ?? HELP.main) + '\n');
  return EXIT.ok;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Run the command line; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'analyze':
        return await runAnalyze(rest);
      case 'add':
        return await runAdd(rest);
      case 'dossier':
        return await runDossier(rest);
      case 'help':
        return help(rest[0] ?? 'main');
      case '--version':
      case '-v':
        process.stdout.write(version() + '\n');
        return EXIT.ok;
      case undefined:
      case '--help':
      case '-h':
        return help('main');
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`recoupe: ${e.message}\nRun "recoupe --help" for usage.\n`);
      return EXIT.usage;
    }
    if (e instanceof StoreError) {
      process.stderr.write(`recoupe: store ${e.message}\n`);
      return EXIT.fatal;
    }
    const err = e as NodeJS.ErrnoException;
    if (err.code && err.path) {
      process.stderr.write(`recoupe: cannot write ${err.path}: ${err.message}\n`);
      return EXIT.fatal;
    }
    throw e;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`recoupe: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 70;
  },
);
