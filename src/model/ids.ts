import { createHash } from 'node:crypto';

/** The id of an article: a short hash of its normalised text, so re-reading it finds the same id. */
export function articleId(text: string): string {
  return 'a' + createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 15);
}
