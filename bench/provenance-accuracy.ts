// Provenance accuracy on the synthetic corpus, whose generator knows which article derives from
// which: recall and direction of the planted derivations by kind, and precision of what is found.
//
//   node dist/bench/provenance-accuracy.js [--n 1000] [--seed 3] [--json FILE]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { buildArticle } from '../src/ingest/build-article.js';
import { analyseArticle, pipelineVersion } from '../src/pipeline/pipeline.js';
import { linkArticle, type ProfileCache } from '../src/provenance/link.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { generateCorpus, toRawInput } from './corpus-generator.js';
import { integerOption } from './options.js';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '3' },
    json: { type: 'string', default: 'out/provenance-accuracy.json' },
  },
});
const n = integerOption(values.n, '--n', 1);
const seed = integerOption(values.seed, '--seed', 0);

const store = openSqliteStore(':memory:');
const version = pipelineVersion();
const cache: ProfileCache = new Map();
const synthOf = new Map<string, string>(); // stored id → synthetic id
const storedOf = new Map<string, string>(); // synthetic id → stored id
const planted = new Map<string, { source: string; kind: string }>(); // synthetic copy → its source
let found = 0;
const t0 = performance.now();
for (const a of generateCorpus({ n, seed })) {
  if (a.derivedFrom && a.kind && a.kind !== 'original') planted.set(a.id, { source: a.derivedFrom, kind: a.kind });
  const built = buildArticle(toRawInput(a));
  if (!built.ok) continue;
  const doc = analyseArticle(built.article);
  // Identical texts share one stored id; the first one stands for both.
  if (!synthOf.has(doc.article.id)) synthOf.set(doc.article.id, a.id);
  storedOf.set(a.id, doc.article.id);
  const links = linkArticle(doc, store, cache);
  store.putDocument(doc, version, links);
}
const seconds = (performance.now() - t0) / 1000;

interface Tally { planted: number; found: number; rightDirection: number }
const byKind: Record<string, Tally> = {};
const links = store.linksAmong(store.articleIds());
const linked = new Map<string, { source: string; copy: string; kind: string }>();
for (const l of links) {
  const s = synthOf.get(l.source)!;
  const c = synthOf.get(l.copy)!;
  linked.set([s, c].sort().join(' '), { source: s, copy: c, kind: l.kind });
}
for (const [copy, { source, kind }] of planted) {
  const tally = (byKind[kind] ??= { planted: 0, found: 0, rightDirection: 0 });
  tally.planted++;
  // An exact copy is stored once, under its source's id: found, and the source is the first.
  const hit = storedOf.get(copy) === storedOf.get(source) ? { source } : linked.get([source, copy].sort().join(' '));
  if (!hit) continue;
  tally.found++;
  if (hit.source === source) tally.rightDirection++;
}
// A link between two copies of one source is not planted but is not wrong either: both hold its text.
const rootOf = (id: string): string => {
  let at = id;
  for (let p = planted.get(at); p; p = planted.get(at)) at = p.source;
  return at;
};
let sameOrigin = 0;
const wrongByKind: Record<string, number> = {};
let linkedPlanted = 0;
for (const { source, copy, kind } of linked.values()) {
  if (planted.get(copy)?.source === source || planted.get(source)?.source === copy) linkedPlanted++;
  else if (rootOf(source) === rootOf(copy)) sameOrigin++;
  else wrongByKind[kind] = (wrongByKind[kind] ?? 0) + 1;
}
found = linked.size;
const wrong = found - linkedPlanted - sameOrigin;
const total = Object.values(byKind).reduce((a, t) => ({ planted: a.planted + t.planted, found: a.found + t.found, rightDirection: a.rightDirection + t.rightDirection }), { planted: 0, found: 0, rightDirection: 0 });
const result = {
  n,
  seed,
  seconds,
  byKind,
  recall: total.found / total.planted,
  direction: total.rightDirection / Math.max(1, total.found),
  linksFound: found,
  linksBetweenCopiesOfOneSource: sameOrigin,
  linksBetweenIndependentArticles: wrong,
  wrongLinksByKind: wrongByKind,
  precision: (found - wrong) / Math.max(1, found),
};
for (const [kind, t] of Object.entries(byKind)) process.stdout.write(`${kind}: ${t.found}/${t.planted} found, ${t.rightDirection} with the right direction\n`);
process.stdout.write(
  `recall ${result.recall.toFixed(3)}, direction ${result.direction.toFixed(3)}, precision ${result.precision.toFixed(3)} ` +
    `(${found} links: ${linkedPlanted} planted, ${sameOrigin} between copies of one source, ${wrong} between independent articles: ${JSON.stringify(wrongByKind)}) in ${seconds.toFixed(1)} s\n`,
);
mkdirSync(dirname(values.json), { recursive: true });
writeFileSync(values.json, JSON.stringify(result, null, 2) + '\n');
