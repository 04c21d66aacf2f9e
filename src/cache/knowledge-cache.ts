import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Case, KnowledgeProblem } from '../knowledge/case.js';
import type { Logger } from '../logger.js';
import type { SearchIndexData } from '../search/build-search-index.js';

/** The expensive part of a start (parsing, enrichment, the lunr index), saved as one JSON file. */
export interface CachedKnowledge {
  cases: Case[];
  problems: KnowledgeProblem[];
  search: SearchIndexData;
}

const PREFIX = 'knowledge-';

function cacheFile(cacheDir: string, key: string): string {
  return join(cacheDir, `${PREFIX}${key.slice(0, 32)}.json`);
}

/** The cached knowledge for this key, or undefined when absent or unreadable (then rebuilt). */
export async function loadCachedKnowledge(
  cacheDir: string,
  key: string,
  logger: Logger,
): Promise<CachedKnowledge | undefined> {
  const file = cacheFile(cacheDir, key);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    // No cache yet is the normal first start; anything else (permissions, a folder in the way)
    // would otherwise slow every start down without a word.
    const code = (err as { code?: unknown }).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR')
      logger.warn({ err, file }, 'search cache unreadable; rebuilding it');
    return undefined;
  }
  try {
    const parsed = JSON.parse(text) as { key?: unknown; data?: CachedKnowledge };
    if (parsed.key !== key || !parsed.data) return undefined;
    return parsed.data;
  } catch (err) {
    logger.warn({ err, file }, 'search cache unreadable; rebuilding it');
    return undefined;
  }
}

/**
 * Saves the knowledge under its key and removes caches of older knowledge. Written to a
 * temporary file then renamed, so a crash mid-write never leaves a half file to load.
 */
export async function saveCachedKnowledge(
  cacheDir: string,
  key: string,
  data: CachedKnowledge,
  logger: Logger,
): Promise<void> {
  const file = cacheFile(cacheDir, key);
  try {
    await mkdir(cacheDir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify({ key, data }));
    await rename(temporary, file);
    for (const name of await readdir(cacheDir)) {
      const path = join(cacheDir, name);
      if (name.startsWith(PREFIX) && path !== file) await rm(path, { force: true });
    }
  } catch (err) {
    // A read-only disk costs a slower next start, never the bot.
    logger.warn({ err, cacheDir }, 'could not save the search cache');
  }
}
