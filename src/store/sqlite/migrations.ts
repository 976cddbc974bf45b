/**
 * Forward migrations of the SQLite schema. The store's `user_version` is the number of
 * migrations applied; each runs in its own transaction. Append, never edit.
 */
export const migrations: readonly string[] = [
  `
  CREATE TABLE articles (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    format TEXT NOT NULL,
    title TEXT,
    outlet TEXT,
    byline TEXT,
    url TEXT,
    language TEXT NOT NULL,
    language_source TEXT NOT NULL,
    published_at TEXT,
    published_at_source TEXT,
    text TEXT NOT NULL,
    pipeline_version TEXT NOT NULL,
    added_at TEXT NOT NULL
  );
  CREATE TABLE article_sources (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    source TEXT NOT NULL,
    PRIMARY KEY (article_id, source)
  ) WITHOUT ROWID;
  CREATE TABLE layers (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    layer TEXT NOT NULL,
    annotations TEXT NOT NULL,
    PRIMARY KEY (article_id, layer)
  ) WITHOUT ROWID;
  CREATE TABLE input_errors (
    input TEXT PRIMARY KEY,
    message TEXT NOT NULL,
    at TEXT NOT NULL
  );
  `,
  // Provenance: LSH keys of each article (for candidates) and the links found between articles.
  `
  CREATE TABLE index_keys (
    key INTEGER NOT NULL,
    article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
    PRIMARY KEY (key, article_seq)
  ) WITHOUT ROWID;
  CREATE INDEX index_keys_by_article ON index_keys (article_seq);
  CREATE TABLE links (
    source TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    copy TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    score REAL NOT NULL,
    rule TEXT NOT NULL,
    evidence TEXT NOT NULL,
    found_by TEXT NOT NULL,
    PRIMARY KEY (source, copy)
  ) WITHOUT ROWID;
  CREATE INDEX links_by_copy ON links (copy);
  CREATE INDEX links_found_by ON links (found_by);
  `,
  // Provenance: a compact fingerprint per article, read with the candidates before any article is loaded.
  `
  CREATE TABLE fingerprints (
    article_seq INTEGER PRIMARY KEY REFERENCES articles(seq) ON DELETE CASCADE,
    data BLOB NOT NULL
  );
  `,
  // Stories: each story's centroid and dates, its keys in the story index, its members, and
  // how many articles have each feature (for TF-IDF). The row with key '' counts the articles.
  `
  CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    first_at TEXT,
    last_at TEXT,
    centroid TEXT NOT NULL
  );
  CREATE INDEX stories_by_last ON stories (last_at);
  CREATE TABLE story_keys (
    key TEXT NOT NULL,
    story TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    PRIMARY KEY (key, story)
  ) WITHOUT ROWID;
  CREATE INDEX story_keys_by_story ON story_keys (story);
  CREATE TABLE story_members (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    story TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE
  ) WITHOUT ROWID;
  CREATE INDEX story_members_by_story ON story_members (story);
  CREATE TABLE feature_counts (
    key TEXT PRIMARY KEY,
    df INTEGER NOT NULL
  ) WITHOUT ROWID;
  `,
  // One row of layers per article, compressed: the layers of an article are always read and
  // written together, and as JSON they are six times the size of their deflated form. Rows
  // moved from the old table keep their plain JSON ('json'); new ones are 'deflate-json'.
  `
  CREATE TABLE article_layers (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    encoding TEXT NOT NULL,
    data BLOB NOT NULL
  );
  INSERT INTO article_layers (article_id, encoding, data)
    SELECT article_id, 'json', json_group_object(layer, json(annotations)) FROM layers GROUP BY article_id;
  DROP TABLE layers;
  `,
  // The story index keeps each story's last day with its keys, so that a lookup reads only the
  // stories of a key active in the article's window, not every story that ever had the key.
  `
  ALTER TABLE story_keys ADD COLUMN last_at TEXT;
  UPDATE story_keys SET last_at = (SELECT last_at FROM stories WHERE stories.id = story_keys.story);
  CREATE INDEX story_keys_by_key_time ON story_keys (key, last_at);
  `,
  // Named settings of the store: which scheme its provenance index keys were made with.
  `
  CREATE TABLE settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
  ) WITHOUT ROWID;
  `,
];
