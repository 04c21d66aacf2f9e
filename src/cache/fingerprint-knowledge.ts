import { createHash, type Hash } from 'node:crypto';
import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILT_IN_SYNONYMS_TEXT } from '../knowledge/built-in-synonyms.js';
import { KnowledgeDirError } from '../knowledge/load-knowledge.js';

/** Bump when the cached shape changes in a way the code fingerprint cannot see. */
const CACHE_FORMAT = 3;

const coreRoot = dirname(dirname(fileURLToPath(import.meta.url)));

function errorCode(err: unknown): string {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' ? code : 'error';
}

/**
 * Hashes every file under `dir` (names and bytes), following links to files. What cannot be
 * read is hashed as its error code rather than thrown: the knowledge loader reports such a file
 * as a problem and goes on, and the cache key must not stop the start first.
 */
async function hashFolder(hash: Hash, root: string, dir: string, entries: Dirent[]): Promise<void> {
  for (const entry of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, entry.name);
    const name = relative(root, path);
    let isFile = entry.isFile();
    let isFolder = entry.isDirectory();
    if (entry.isSymbolicLink()) {
      // Followed to a file only: a link to a folder could loop, and the loader reads no folders.
      isFile = await stat(path).then(
        (info) => info.isFile(),
        () => false,
      );
      isFolder = false;
    }
    if (isFolder) {
      const inner = await readdir(path, { withFileTypes: true }).catch((err: unknown) => err);
      if (Array.isArray(inner)) await hashFolder(hash, root, path, inner);
      else hash.update(`folder:${name}:unreadable:${errorCode(inner)}\n`);
    } else if (isFile) {
      hash.update(`file:${name}\n`);
      const bytes = await readFile(path).catch((err: unknown) => err);
      hash.update(bytes instanceof Buffer ? bytes : `unreadable:${errorCode(bytes)}`);
    }
  }
}

async function listCodeFiles(dir: string): Promise<string[]> {
  return (await readdir(dir, { withFileTypes: true, recursive: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * A hash of everything a loaded knowledge base depends on: every file in the knowledge
 * folder (names and bytes) and the code that parses, enriches, indexes and caches it, so that
 * editing either invalidates the cache without anyone remembering to bump a version.
 * Throws `KnowledgeDirError` (naming the folder and KNOWLEDGE_DIR) when the folder itself
 * cannot be read, as the loader would.
 */
export async function fingerprintKnowledge(knowledgeDir: string): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`format:${CACHE_FORMAT}\n`);
  let entries: Dirent[];
  try {
    entries = await readdir(knowledgeDir, { withFileTypes: true });
  } catch (err) {
    throw new KnowledgeDirError(knowledgeDir, { cause: err });
  }
  await hashFolder(hash, knowledgeDir, knowledgeDir, entries);
  // A folder without synonyms.json is searched with the built-in table, which lives outside it.
  hash.update(`built-in synonyms:${BUILT_IN_SYNONYMS_TEXT}\n`);
  for (const sub of ['knowledge', 'search', 'cache']) {
    for (const file of await listCodeFiles(join(coreRoot, sub))) {
      const info = await stat(file);
      hash.update(`code:${relative(coreRoot, file)}:${info.size}:${info.mtimeMs}\n`);
    }
  }
  return hash.digest('hex');
}
