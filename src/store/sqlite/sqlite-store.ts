import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { IngestError } from '../../ingest/types.js';
import type { Article } from '../../model/article.js';
import type { AnalysedDocument } from '../../model/document.js';
import { StoreError, type ArticleLinks, type Candidate, type Store, type StoredLink, type StoredStatus, type StoryRecord, type StoryUpdate } from '../store.js';
import { decodeLayers, encodeLayers, LAYERS_ENCODING } from '../layers-codec.js';
import { migrations } from './migrations.js';

interface ArticleRow {
  id: string;
  source: string;
  format: Article['format'];
  title: string | null;
  outlet: string | null;
  byline: string | null;
  url: string | null;
  language: string;
  language_source: Article['languageSource'];
  published_at: string | null;
  published_at_source: Article['publishedAtSource'] | null;
  text: string;
}

/** Open (or create) a SQLite store; ":memory:" gives a store that lives as long as the process. */
export function openSqliteStore(location: string): Store {
  let db: Database.Database;
  try {
    if (location !== ':memory:') mkdirSync(dirname(resolve(location)), { recursive: true });
    db = new Database(location);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    // The default page cache is 2 MB: past a few thousand articles every index insert and
    // candidate lookup then reads its B-tree pages back from the file. 256 MiB keeps the hot
    // index pages in memory.
    db.pragma('cache_size = -262144');
    // Pages are read by read(), not through a memory map: a fault in a mapped file makes the
    // kernel read around it (up to the device's read-ahead, 8 MB on the development machine),
    // and the lookups of a big store are scattered. At 1M articles, with the file out of the
    // page cache, 300 lookups read 2.2 GB through a map and 93 MB by read(), in 60 % of the time.
    db.pragma('mmap_size = 0');
    // Checkpoint the write-ahead log every ~40 MB rather than every 4 MB: index pages written
    // again and again between two checkpoints are copied back to the file once.
    db.pragma('wal_autocheckpoint = 10000');
    migrate(db, location);
  } catch (e) {
    if (e instanceof StoreError) throw e;
    throw new StoreError(location, storeReason(e));
  }
  return new SqliteStore(db, location);
}

function storeReason(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  if (/not a database|file is encrypted/i.test(msg)) return 'this file is not a recoupe store (not an SQLite database)';
  if (/unable to open|directory does not exist|SQLITE_CANTOPEN/i.test(msg)) return 'the store cannot be opened here (does its folder exist, and may it be written?)';
  return msg;
}

function migrate(db: Database.Database, location: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > migrations.length) {
    throw new StoreError(location, `the store has schema version ${version}, newer than this recoupe knows (${migrations.length}); upgrade recoupe`);
  }
  for (let v = version; v < migrations.length; v++) {
    db.transaction(() => {
      db.exec(migrations[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}

class SqliteStore implements Store {
  private readonly stmts;
  /** Candidate fetches by number of candidates (at most MAX_CANDIDATES + 1 shapes). */
  private readonly candidateStmts = new Map<number, Database.Statement<unknown[], Candidate & { seq: number }>>();
  private readonly parsedStories = new Map<string, StoryRecord>();
  private readonly rowStmts = new Map<string, Database.Statement<unknown[]>>();
  /**
   * Document frequencies as this connection last read or wrote them ('' counts the articles):
   * every article asks for ~150 features, most asked before. Kept equal to the table by adding
   * what each stored article counts once its write succeeds; dropped when a batch fails, since
   * its writes are rolled back, and when full. Another process writing the same file makes them
   * slightly stale, which only shifts TF-IDF weights a little.
   */
  private readonly dfCache = new Map<string, number>();
  /**
   * Document-frequency increments of the articles stored in the open batches (one map per
   * nesting level), written once at the outermost batch's end: the articles of a batch share many
   * features, and one upsert of +n is one B-tree write. A nested batch that fails takes its
   * increments with it; one that holds hands them to the batch around it.
   */
  private readonly pendingDf: Map<string, number>[] = [];

  constructor(
    private readonly db: Database.Database,
    readonly location: string,
  ) {
    this.stmts = {
      version: db.prepare<[string], { pipeline_version: string }>('SELECT pipeline_version FROM articles WHERE id = ?'),
      upsert: db.prepare(`
        INSERT INTO articles (id, source, format, title, outlet, byline, url, language, language_source, published_at, published_at_source, text, pipeline_version, added_at)
        VALUES (@id, @source, @format, @title, @outlet, @byline, @url, @language, @language_source, @published_at, @published_at_source, @text, @pipeline_version, @added_at)
        ON CONFLICT (id) DO UPDATE SET pipeline_version = excluded.pipeline_version`),
      putLayers: db.prepare<[string, string, Uint8Array]>(
        'INSERT INTO article_layers (article_id, encoding, data) VALUES (?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET encoding = excluded.encoding, data = excluded.data',
      ),
      addSource: db.prepare<[string, string]>('INSERT OR IGNORE INTO article_sources (article_id, source) VALUES (?, ?)'),
      article: db.prepare<[string], ArticleRow>('SELECT * FROM articles WHERE id = ?'),
      layers: db.prepare<[string], { encoding: string; data: Uint8Array | string }>('SELECT encoding, data FROM article_layers WHERE article_id = ?'),
      ids: db.prepare<[], { id: string }>('SELECT id FROM articles ORDER BY seq').pluck(),
      count: db.prepare<[], number>('SELECT count(*) FROM articles').pluck(),
      seq: db.prepare<[string], number>('SELECT seq FROM articles WHERE id = ?').pluck(),
      postings: db.prepare<[number], number>(`SELECT article_seq FROM index_keys WHERE key = ? ORDER BY article_seq DESC LIMIT ${POSTINGS}`).pluck(),
      deleteKeys: db.prepare<[number]>('DELETE FROM index_keys WHERE article_seq = ?'),
      deleteLinks: db.prepare<[string]>('DELETE FROM links WHERE found_by = ?'),
      getSetting: db.prepare<[string], string>('SELECT value FROM settings WHERE name = ?').pluck(),
      putSetting: db.prepare<[string, string]>('INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value'),
      putFingerprint: db.prepare<[number, Uint8Array]>('INSERT INTO fingerprints (article_seq, data) VALUES (?, ?) ON CONFLICT (article_seq) DO UPDATE SET data = excluded.data'),
      insertLink: db.prepare(
        'INSERT INTO links (source, copy, kind, score, rule, evidence, found_by) VALUES (@source, @copy, @kind, @score, @rule, @evidence, @found_by) ON CONFLICT (source, copy) DO UPDATE SET kind = excluded.kind, score = excluded.score, rule = excluded.rule, evidence = excluded.evidence, found_by = excluded.found_by',
      ),
      putStory: db.prepare<[string, number, string | null, string | null, string]>(
        'INSERT INTO stories (id, size, first_at, last_at, centroid) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET size = excluded.size, first_at = excluded.first_at, last_at = excluded.last_at, centroid = excluded.centroid',
      ),
      storyKeys: db.prepare<[string], string>('SELECT key FROM story_keys WHERE story = ?').pluck(),
      deleteStoryKey: db.prepare<[string, string]>('DELETE FROM story_keys WHERE key = ? AND story = ?'),
      insertStoryKey: db.prepare<[string, string, string | null]>('INSERT OR IGNORE INTO story_keys (key, story, last_at) VALUES (?, ?, ?)'),
      storyKeysLastAt: db.prepare<[string | null, string, string | null]>('UPDATE story_keys SET last_at = ? WHERE story = ? AND last_at IS NOT ?'),
      // A key's stories active on or after a day, the nearest to it first; and its undated stories.
      storiesSince: db.prepare<[string, string, string], string>(
        `SELECT story FROM (SELECT story FROM story_keys WHERE key = ? AND last_at >= ? ORDER BY last_at LIMIT ${STORY_POSTINGS})
         UNION ALL SELECT story FROM (SELECT story FROM story_keys WHERE key = ? AND last_at IS NULL LIMIT ${STORY_POSTINGS})`,
      ).pluck(),
      // A key's stories, the most recently active first (for an undated article).
      storiesOfKey: db.prepare<[string], string>(`SELECT story FROM story_keys WHERE key = ? ORDER BY last_at DESC LIMIT ${STORY_POSTINGS}`).pluck(),
      storyHeads: db.prepare<string[], Omit<StoryRow, 'centroid'>>(
        `SELECT id, size, first_at, last_at FROM stories WHERE id IN (${Array(STORY_CHUNK).fill('?').join(',')})`,
      ),
      centroid: db.prepare<[string], string>('SELECT centroid FROM stories WHERE id = ?').pluck(),
      putMember: db.prepare<[string, string]>('INSERT INTO story_members (article_id, story) VALUES (?, ?) ON CONFLICT (article_id) DO UPDATE SET story = excluded.story'),
      featureCount: db.prepare<[string], number>('SELECT df FROM feature_counts WHERE key = ?').pluck(),
      featureCounts: db.prepare<string[], { key: string; df: number }>(`SELECT key, df FROM feature_counts WHERE key IN (${Array(FEATURE_CHUNK).fill('?').join(',')})`),
      recordError: db.prepare<[string, string, string]>('INSERT INTO input_errors (input, message, at) VALUES (?, ?, ?) ON CONFLICT (input) DO UPDATE SET message = excluded.message, at = excluded.at'),
      clearError: db.prepare<[string]>('DELETE FROM input_errors WHERE input = ?'),
      errors: db.prepare<[], IngestError>('SELECT input, message FROM input_errors ORDER BY at, input'),
    };
  }

  status(id: string, pipelineVersion: string): StoredStatus {
    const row = this.stmts.version.get(id);
    return !row ? 'absent' : row.pipeline_version === pipelineVersion ? 'current' : 'stale';
  }

  putDocument(doc: AnalysedDocument, pipelineVersion: string, links?: ArticleLinks, encodedLayers?: Uint8Array): void {
    const a = doc.article;
    this.db.transaction(() => {
      this.stmts.upsert.run({
        id: a.id,
        source: a.source,
        format: a.format,
        title: a.title ?? null,
        outlet: a.outlet ?? null,
        byline: a.byline ?? null,
        url: a.url ?? null,
        language: a.language,
        language_source: a.languageSource,
        published_at: a.publishedAt ?? null,
        published_at_source: a.publishedAtSource ?? null,
        text: a.text,
        pipeline_version: pipelineVersion,
        added_at: new Date().toISOString(),
      });
      this.stmts.addSource.run(a.id, a.source);
      const layers = encodedLayers ?? encodeLayers(doc.layers);
      this.stmts.putLayers.run(a.id, LAYERS_ENCODING, Buffer.isBuffer(layers) ? layers : Buffer.from(layers.buffer, layers.byteOffset, layers.byteLength));
      if (links) {
        const seq = this.stmts.seq.get(a.id) as number;
        this.writeIndex(seq, links.indexKeys, links.fingerprint);
        this.stmts.deleteLinks.run(a.id);
        for (const l of links.links) this.stmts.insertLink.run({ ...l, evidence: JSON.stringify(l.evidence), found_by: a.id });
        if (links.story) this.putStory(a.id, links.story);
        // Alone, the article's counts are written with it; in a batch, at the batch's end.
        if (links.story && !this.pendingDf.length) this.writeFrequencies(['', ...links.story.features].map((f) => [f, 1]));
      }
    })();
    // Once the article's write has held: count it in the cache, and in the batch's pending counts.
    if (links?.story) {
      const pending = this.pendingDf.at(-1);
      for (const f of ['', ...links.story.features]) {
        const df = this.dfCache.get(f);
        if (df !== undefined) this.dfCache.set(f, df + 1);
        pending?.set(f, (pending.get(f) ?? 0) + 1);
      }
    }
  }

  /** Add to the stored document frequencies, a chunk of features per statement. */
  private writeFrequencies(counts: readonly (readonly [string, number])[]): void {
    for (let i = 0; i < counts.length; i += ROW_CHUNK) {
      const chunk = counts.slice(i, i + ROW_CHUNK);
      this.rows('INSERT INTO feature_counts (key, df) VALUES', '(?, ?)', 'ON CONFLICT (key) DO UPDATE SET df = df + excluded.df', chunk.length).run(...chunk.flat());
    }
  }

  /** A statement that writes `n` rows at once (one call into SQLite rather than n), made once per shape. */
  private rows(head: string, row: string, tail: string, n: number): Database.Statement<unknown[]> {
    const id = `${n} ${head}`;
    let stmt = this.rowStmts.get(id);
    if (!stmt) this.rowStmts.set(id, (stmt = this.db.prepare<unknown[]>(`${head} ${Array(n).fill(row).join(', ')} ${tail}`)));
    return stmt;
  }

  private putStory(article: string, u: StoryUpdate): void {
    const s = u.story;
    this.stmts.putStory.run(s.id, s.size, s.firstAt, s.lastAt, JSON.stringify(s.centroid));
    // A story's heaviest keys change little from one member to the next: write only the change.
    const had = new Set(this.stmts.storyKeys.all(s.id));
    const keys = new Set(u.keys);
    for (const key of had) if (!keys.has(key)) this.stmts.deleteStoryKey.run(key, s.id);
    // The keys it keeps carry its new last day (written only when it moved).
    this.stmts.storyKeysLastAt.run(s.lastAt, s.id, s.lastAt);
    for (const key of keys) if (!had.has(key)) this.stmts.insertStoryKey.run(key, s.id, s.lastAt);
    this.stmts.putMember.run(article, s.id);
  }

  storyCandidates(keys: readonly string[], since: string | null, limit: number): StoryRecord[] {
    if (keys.length === 0 || limit <= 0) return [];
    // Each key reads the stories active in the window (or, undated, the most recent), STORY_POSTINGS
    // at most: a key that many stories share (a day name, a kind of event) costs no more as the
    // store grows. The hits are counted here.
    const hits = new Map<string, number>();
    for (const key of keys) {
      const stories = since === null ? this.stmts.storiesOfKey.all(key) : this.stmts.storiesSince.all(key, since, key);
      for (const id of stories) hits.set(id, (hits.get(id) ?? 0) + 1);
    }
    const top = [...hits].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, limit);
    const heads = new Map<string, Omit<StoryRow, 'centroid'>>();
    for (let i = 0; i < top.length; i += STORY_CHUNK) {
      const chunk = top.slice(i, i + STORY_CHUNK).map(([id]) => id);
      for (const r of this.stmts.storyHeads.all(...chunk, ...Array<string>(STORY_CHUNK - chunk.length).fill(''))) heads.set(r.id, r);
    }
    const out: StoryRecord[] = [];
    for (const [id] of top) {
      const head = heads.get(id);
      if (head) out.push(this.story(head));
    }
    return out;
  }

  /**
   * A story row as a record, its centroid parsed once per version: a story changes only when an
   * article joins it, which changes its size, and the same stories come back as candidates for
   * every article of their week.
   */
  private story(r: Omit<StoryRow, 'centroid'> & { centroid?: string }): StoryRecord {
    const hit = this.parsedStories.get(r.id);
    if (hit && hit.size === r.size && hit.firstAt === r.first_at && hit.lastAt === r.last_at) return hit;
    const record = rowToStory({ ...r, centroid: r.centroid ?? this.stmts.centroid.get(r.id) ?? '[]' });
    if (this.parsedStories.size >= PARSED_STORIES) this.parsedStories.delete(this.parsedStories.keys().next().value!);
    this.parsedStories.delete(r.id);
    this.parsedStories.set(r.id, record);
    return record;
  }

  documentFrequencies(features: readonly string[]): { docs: number; df: Map<string, number> } {
    const df = new Map<string, number>();
    const missing: string[] = [];
    for (const f of features) {
      const n = this.dfCache.get(f);
      if (n === undefined) missing.push(f);
      else if (n > 0) df.set(f, n);
    }
    if (this.dfCache.size + missing.length > DF_CACHE) this.dfCache.clear();
    // One query per chunk of features; the last chunk is padded with repeats of its last key.
    for (let i = 0; i < missing.length; i += FEATURE_CHUNK) {
      const keys = missing.slice(i, i + FEATURE_CHUNK);
      const padded = [...keys];
      while (padded.length < FEATURE_CHUNK) padded.push(keys.at(-1)!);
      const stored = new Map<string, number>();
      for (const r of this.stmts.featureCounts.all(...padded)) stored.set(r.key, r.df);
      // The open batch's counts are not written yet.
      for (const f of keys) {
        const n = (stored.get(f) ?? 0) + this.pendingCount(f);
        this.dfCache.set(f, n);
        if (n > 0) df.set(f, n);
      }
    }
    let docs = this.dfCache.get('');
    if (docs === undefined) this.dfCache.set('', (docs = (this.stmts.featureCount.get('') ?? 0) + this.pendingCount('')));
    return { docs, df };
  }

  /** A feature's increments not written yet, over the open batches. */
  private pendingCount(feature: string): number {
    let n = 0;
    for (const level of this.pendingDf) n += level.get(feature) ?? 0;
    return n;
  }

  storyOf(ids: readonly string[]): Map<string, string> {
    const out = new Map<string, string>();
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const sql = `SELECT article_id, story FROM story_members WHERE article_id IN (${chunk.map(() => '?').join(',')})`;
      for (const r of this.db.prepare<unknown[], { article_id: string; story: string }>(sql).all(...chunk)) out.set(r.article_id, r.story);
    }
    return out;
  }

  getStories(ids: readonly string[]): StoryRecord[] {
    const out: StoryRecord[] = [];
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      out.push(...this.db.prepare<unknown[], StoryRow>(`SELECT * FROM stories WHERE id IN (${chunk.map(() => '?').join(',')})`).all(...chunk).map(rowToStory));
    }
    return out;
  }

  candidates(keys: readonly number[], limit: number, fill = limit): Candidate[] {
    if (keys.length === 0 || limit <= 0) return [];
    // Each key's postings are read from the most recent, POSTINGS at most: a key that thousands
    // of articles share (a phrase of a template, a common anchor set) would otherwise make the
    // lookup grow with the store. The hits are counted here: one indexed read per key costs less
    // than a query that unites forty-five of them and groups the rows in a temporary B-tree.
    const hits = new Map<number, number>();
    for (const key of keys) for (const seq of this.stmts.postings.all(key)) hits.set(seq, (hits.get(seq) ?? 0) + 1);
    if (hits.size === 0) return [];
    // Articles that share two keys or more: most keys shared first, the older first among equals.
    // Those that share one are kept apart, the `room` most recent of them (seq descending).
    const shared: [number, number][] = [];
    const room = Math.max(0, Math.min(fill, limit));
    const single: number[] = [];
    for (const [seq, n] of hits) {
      if (n >= 2) shared.push([seq, n]);
      else if (room > 0 && (single.length < room || seq > single[single.length - 1]!)) {
        // Insertion into a short list kept in descending order.
        let i = single.length < room ? single.length : room - 1;
        while (i > 0 && single[i - 1]! < seq) {
          single[i] = single[i - 1]!;
          i--;
        }
        single[i] = seq;
      }
    }
    const top = shared.sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit).map((t) => t[0]);
    for (const seq of single) {
      if (top.length >= room) break;
      top.push(seq);
    }
    if (top.length === 0) return [];
    let stmt = this.candidateStmts.get(top.length);
    if (!stmt) {
      stmt = this.db.prepare<unknown[], Candidate & { seq: number }>(
        `SELECT a.seq AS seq, a.id AS id, f.data AS fingerprint FROM articles a JOIN fingerprints f ON f.article_seq = a.seq WHERE a.seq IN (${top.map(() => '?').join(',')})`,
      );
      this.candidateStmts.set(top.length, stmt);
    }
    const rows = new Map(stmt.all(...top).map((r) => [r.seq, r]));
    const out: Candidate[] = [];
    for (const seq of top) {
      const r = rows.get(seq);
      if (r) out.push({ id: r.id, fingerprint: r.fingerprint });
    }
    return out;
  }

  linksAmong(ids: readonly string[]): StoredLink[] {
    const wanted = new Set(ids);
    const rows: StoredLink[] = [];
    // Links are few per article: read them by copy, in chunks, and keep those inside the set.
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const sql = `SELECT source, copy, kind, score, rule, evidence FROM links WHERE copy IN (${chunk.map(() => '?').join(',')})`;
      for (const r of this.db.prepare<unknown[], Omit<StoredLink, 'evidence'> & { evidence: string }>(sql).all(...chunk)) {
        if (wanted.has(r.source)) rows.push({ ...r, evidence: JSON.parse(r.evidence) as StoredLink['evidence'] });
      }
    }
    return rows;
  }

  addSource(id: string, source: string): void {
    this.stmts.addSource.run(id, source);
  }

  getDocument(id: string): AnalysedDocument | undefined {
    const row = this.stmts.article.get(id);
    if (!row) return undefined;
    const stored = this.stmts.layers.get(id);
    return { article: rowToArticle(row), layers: stored ? decodeLayers(stored.encoding, stored.data) : {} };
  }

  private writeIndex(seq: number, indexKeys: readonly number[], fingerprint: Uint8Array): void {
    this.stmts.deleteKeys.run(seq);
    for (let i = 0; i < indexKeys.length; i += ROW_CHUNK) {
      const chunk = indexKeys.slice(i, i + ROW_CHUNK);
      this.rows('INSERT OR IGNORE INTO index_keys (key, article_seq) VALUES', '(?, ?)', '', chunk.length).run(...chunk.flatMap((key) => [key, seq]));
    }
    this.stmts.putFingerprint.run(seq, fingerprint);
  }

  putIndex(id: string, indexKeys: readonly number[], fingerprint: Uint8Array): boolean {
    const seq = this.stmts.seq.get(id);
    if (seq === undefined) return false;
    this.db.transaction(() => this.writeIndex(seq, indexKeys, fingerprint))();
    return true;
  }

  getSetting(name: string): string | undefined {
    return this.stmts.getSetting.get(name);
  }

  putSetting(name: string, value: string): void {
    this.stmts.putSetting.run(name, value);
  }

  articleIds(): string[] {
    return this.stmts.ids.all() as unknown as string[];
  }

  countArticles(): number {
    return this.stmts.count.get() as number;
  }

  recordError(error: IngestError): void {
    this.stmts.recordError.run(error.input, error.message, new Date().toISOString());
  }

  clearError(input: string): void {
    this.stmts.clearError.run(input);
  }

  errors(): IngestError[] {
    return this.stmts.errors.all();
  }

  batch<T>(work: () => T): T {
    // better-sqlite3 nests transactions as savepoints, so each putDocument stays atomic inside.
    const pending = new Map<string, number>();
    this.pendingDf.push(pending);
    try {
      return this.db.transaction(() => {
        const result = work();
        if (this.pendingDf.length === 1) this.writeFrequencies([...pending]);
        return result;
      })();
    } catch (e) {
      // The cache counted the rolled-back articles.
      this.dfCache.clear();
      this.pendingDf.pop();
      throw e;
    } finally {
      if (this.pendingDf.at(-1) === pending) {
        this.pendingDf.pop();
        const outer = this.pendingDf.at(-1);
        if (outer) for (const [f, n] of pending) outer.set(f, (outer.get(f) ?? 0) + n);
      }
    }
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/** Postings read per candidate-index key, the most recent first. */
const POSTINGS = 256;
/** Document frequencies kept in memory (about 100 bytes each). */
const DF_CACHE = 1_000_000;
/** Features read per document-frequency query. */
const FEATURE_CHUNK = 100;
/** Rows written per multi-row statement. */
const ROW_CHUNK = 50;
/** Stories read per key by a story-candidate lookup. */
const STORY_POSTINGS = 256;
/** Stories read per statement by id. */
const STORY_CHUNK = 24;
/** Stories kept parsed between candidate queries. */
const PARSED_STORIES = 4096;

interface StoryRow {
  id: string;
  size: number;
  first_at: string | null;
  last_at: string | null;
  centroid: string;
}

function rowToStory(r: StoryRow): StoryRecord {
  return { id: r.id, size: r.size, firstAt: r.first_at, lastAt: r.last_at, centroid: JSON.parse(r.centroid) as StoryRecord['centroid'] };
}

function rowToArticle(r: ArticleRow): Article {
  return {
    id: r.id,
    source: r.source,
    format: r.format,
    language: r.language,
    languageSource: r.language_source,
    text: r.text,
    ...(r.title !== null ? { title: r.title } : {}),
    ...(r.outlet !== null ? { outlet: r.outlet } : {}),
    ...(r.byline !== null ? { byline: r.byline } : {}),
    ...(r.url !== null ? { url: r.url } : {}),
    ...(r.published_at !== null ? { publishedAt: r.published_at } : {}),
    ...(r.published_at_source !== null ? { publishedAtSource: r.published_at_source } : {}),
  };
}
