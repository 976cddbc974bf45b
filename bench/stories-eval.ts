// Story clustering against known groupings, each corpus replayed in date order as a stream:
// the team's fixture stories (one story per folder), the five seeds (one story), CL-TLS (two
// topics in French, Spanish and Italian, from ../shared) and the synthetic corpus (its stories).
// Pairwise precision, recall, F1 and adjusted Rand index.
//
//   node dist/bench/stories-eval.js [--synthetic 600] [--json out/stories-eval.json]
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildArticle } from '../src/ingest/build-article.js';
import { addInputs } from '../src/library/add-inputs.js';
import { analyseArticle, pipelineVersion } from '../src/pipeline/pipeline.js';
import { linkArticle } from '../src/provenance/link.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { assignStory } from '../src/stories/cluster.js';
import { scoreClustering, type ClusteringScore } from '../src/stories/score.js';
import { generateCorpus, toRawInput } from './corpus-generator.js';
import { integerOption } from './options.js';

const { values } = parseArgs({
  options: {
    synthetic: { type: 'string', default: '600' },
    json: { type: 'string', default: 'out/stories-eval.json' },
  },
});
const syntheticN = integerOption(values.synthetic, '--synthetic', 0);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shared = resolve(root, '../shared/corpus');

interface Record {
  path: string;
  publishedAt?: string;
  language?: string;
  outlet?: string;
  title?: string;
  gold: string;
}

/** Add records to a fresh store in date order (undated last) and score the stories found. */
async function replay(records: Record[]): Promise<ClusteringScore & { seconds: number }> {
  const sorted = [...records].sort((a, b) => (a.publishedAt ?? '\uffff').localeCompare(b.publishedAt ?? '\uffff') || a.path.localeCompare(b.path));
  const dir = mkdtempSync(join(tmpdir(), 'recoupe-stories-'));
  const manifest = join(dir, 'manifest.jsonl');
  writeFileSync(manifest, sorted.map(({ gold: _gold, ...r }) => JSON.stringify(r)).join('\n') + '\n');
  const store = openSqliteStore(':memory:');
  try {
    const t0 = performance.now();
    await addInputs(store, [manifest]);
    const seconds = (performance.now() - t0) / 1000;
    // The store names articles by content; map each back to the path it was read from.
    const gold = new Map<string, string>();
    for (const id of store.articleIds()) {
      const source = store.getDocument(id)!.article.source;
      const r = sorted.find((x) => source.endsWith(x.path));
      if (r) gold.set(id, r.gold);
    }
    return { ...scoreClustering(store.storyOf([...gold.keys()]), gold), seconds };
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function manifestRecords(file: string, gold: string): Record[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const r = JSON.parse(l) as Omit<Record, 'gold'>;
      return { ...r, path: resolve(dirname(file), r.path), gold };
    });
}

function fixtureRecords(): Record[] {
  const dir = join(root, 'fixtures/stories');
  return readdirSync(dir).flatMap((story) => (existsSync(join(dir, story, 'manifest.jsonl')) ? manifestRecords(join(dir, story, 'manifest.jsonl'), story) : []));
}

/** CL-TLS: <lang>/<topic>/<YYYY-MM-DD>/<file>.txt; the folder's date is the publication day. */
function clTlsRecords(): Record[] {
  const out: Record[] = [];
  const base = join(shared, 'cl-tls');
  for (const language of readdirSync(base)) {
    if (!/^[a-z]{2}$/.test(language)) continue;
    for (const topic of readdirSync(join(base, language))) {
      if (topic === 'reference') continue;
      for (const day of readdirSync(join(base, language, topic))) {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) continue;
        for (const file of readdirSync(join(base, language, topic, day))) {
          out.push({ path: join(base, language, topic, day, file), publishedAt: day, language, gold: topic });
        }
      }
    }
  }
  return out;
}

function synthetic(n: number): ClusteringScore & { seconds: number } {
  const store = openSqliteStore(':memory:');
  const version = pipelineVersion();
  const gold = new Map<string, string>();
  const t0 = performance.now();
  for (const a of generateCorpus({ n, seed: 11 })) {
    const built = buildArticle(toRawInput(a));
    if (!built.ok) continue;
    const doc = analyseArticle(built.article);
    if (gold.has(doc.article.id)) continue;
    gold.set(doc.article.id, String(a.story));
    const links = linkArticle(doc, store);
    const story = assignStory(doc, store);
    store.putDocument(doc, version, story ? { ...links, story } : links);
  }
  const seconds = (performance.now() - t0) / 1000;
  const score = scoreClustering(store.storyOf([...gold.keys()]), gold);
  store.close();
  return { ...score, seconds };
}

const results: { [corpus: string]: ClusteringScore & { seconds: number } } = {};
results['fixtures'] = await replay(fixtureRecords());
if (existsSync(join(shared, 'seeds/manifest.jsonl'))) results['seeds'] = await replay(manifestRecords(join(shared, 'seeds/manifest.jsonl'), 'seeds'));
else console.error('seeds: ../shared/corpus/seeds is absent, skipped');
if (existsSync(join(shared, 'cl-tls'))) results['cl-tls'] = await replay(clTlsRecords());
else console.error('cl-tls: ../shared/corpus/cl-tls is absent, skipped');
if (syntheticN) results[`synthetic (${syntheticN})`] = synthetic(syntheticN);

const f = (x: number) => x.toFixed(3);
console.log('| corpus | articles | gold groups | stories found | pairwise P | R | F1 | ARI | seconds |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const [name, r] of Object.entries(results)) console.log(`| ${name} | ${r.items} | ${r.gold} | ${r.found} | ${f(r.precision)} | ${f(r.recall)} | ${f(r.f1)} | ${f(r.ari)} | ${r.seconds.toFixed(1)} |`);
mkdirSync(dirname(values.json), { recursive: true });
writeFileSync(values.json, JSON.stringify(results, null, 2) + '\n');
console.log(`(JSON in ${values.json})`);
