import { createHash } from 'node:crypto';

/**
 * Version of parsing and enrichment. Bump it whenever they change what cases come out of the
 * same files (title rules, taxonomy, dedupe, ids), so caches keyed by the knowledge hash expire.
 */
export const ENRICHMENT_VERSION = 'knowledge-2';

/** sha256 over the enrichment version and every file's name and bytes, in name order. */
export function hashKnowledgeFiles(files: readonly { name: string; bytes: Uint8Array }[]): string {
  const hash = createHash('sha256').update(`${ENRICHMENT_VERSION}\0`);
  for (const { name, bytes } of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    hash.update(`${name}\0${bytes.byteLength}\0`).update(bytes);
  }
  return hash.digest('hex');
}
