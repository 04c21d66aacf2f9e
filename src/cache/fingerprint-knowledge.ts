import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bump when the cached shape changes in a way the code fingerprint cannot see. */
const CACHE_FORMAT = 1;

const coreRoot = dirname(dirname(fileURLToPath(import.meta.url)));

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * A hash of everything a loaded knowledge base depends on: every file in the knowledge
 * folder (names and bytes) and the code that parses, enriches and indexes it, so that
 * editing either invalidates the cache without anyone remembering to bump a version.
 */
export async function fingerprintKnowledge(knowledgeDir: string): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`format:${CACHE_FORMAT}\n`);
  for (const file of await listFiles(knowledgeDir)) {
    hash.update(`file:${relative(knowledgeDir, file)}\n`);
    hash.update(await readFile(file));
  }
  for (const sub of ['knowledge', 'search']) {
    for (const file of await listFiles(join(coreRoot, sub))) {
      const info = await stat(file);
      hash.update(`code:${relative(coreRoot, file)}:${info.size}:${info.mtimeMs}\n`);
    }
  }
  return hash.digest('hex');
}
