import type { Store } from '../store/store.js';
import { encodeFingerprint } from './fingerprint.js';
import { INDEX_SCHEME, linkKeysOf } from './link.js';
import { profileOf } from './profile.js';

/** The store setting that names the scheme its provenance index keys were made with. */
export const INDEX_SCHEME_SETTING = 'provenance-index-scheme';
/** Articles indexed again per transaction. */
const REINDEX_BATCH = 500;

/**
 * Keep a store's provenance index in step with the code. Index keys depend on the LSH bands and
 * rows: a store indexed with others (or before the scheme was recorded) is indexed again from
 * its stored layers, so that the articles added next find the ones already there. The scheme is
 * recorded only once every article is done: a run stopped part way starts again next time.
 * Gives the number of articles indexed again.
 */
export function ensureIndexScheme(store: Store): number {
  if (store.getSetting(INDEX_SCHEME_SETTING) === INDEX_SCHEME) return 0;
  const ids = store.articleIds();
  let done = 0;
  for (let i = 0; i < ids.length; i += REINDEX_BATCH) {
    store.batch(() => {
      for (const id of ids.slice(i, i + REINDEX_BATCH)) {
        const doc = store.getDocument(id);
        if (!doc) continue;
        const { indexKeys, fingerprint } = linkKeysOf(profileOf(doc));
        store.putIndex(id, indexKeys, encodeFingerprint(fingerprint));
        done++;
      }
    });
  }
  store.putSetting(INDEX_SCHEME_SETTING, INDEX_SCHEME);
  return done;
}
