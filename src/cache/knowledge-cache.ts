import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../logger.js';
import { type CachedKnowledge, decodeCacheFile, encodeCacheFile } from './decode-cache-file.js';

export type { CachedKnowledge } from './decode-cache-file.js';

const PREFIX = 'knowledge-';

function cacheFile(cacheDir: string, key: string): string {
  return join(cacheDir, `${PREFIX}${key.slice(0, 32)}.json`);
}

/**
 * The cached knowledge for this key, or undefined when there is none or it cannot be trusted
 * (unreadable, cut short, edited, of the wrong types, inconsistent): then it is rebuilt, with a
 * warning that names the file and what was wrong. Only "not there yet" is quiet.
 */
export async function loadCachedKnowledge(
  cacheDir: string,
  key: string,
  logger: Logger,
): Promise<CachedKnowledge | undefined> {
  const file = cacheFile(cacheDir, key);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    // No cache yet is the normal first start; anything else (permissions, a folder in the way)
    // would otherwise slow every start down without a word.
    const code = (err as { code?: unknown }).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR')
      logger.warn({ err, file }, 'search cache unreadable; rebuilding it');
    return undefined;
  }
  const decoded = decodeCacheFile(bytes, key);
  if (decoded.type === 'damaged') {
    warnDamaged(logger, file, decoded.reason);
    return undefined;
  }
  return decoded.data;
}

function warnDamaged(logger: Logger, file: string, reason: string, err?: unknown): void {
  logger.warn({ file, reason, ...(err ? { err } : {}) }, `search cache unreadable: ${reason}; rebuilding it`);
}

/**
 * Saves the knowledge under its key and removes caches of older knowledge. Written to a
 * temporary file then renamed, so a crash mid-write never leaves a half file under the real
 * name (and the checksum catches one a disk lost anyway).
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
    await writeFile(temporary, encodeCacheFile(key, data));
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
