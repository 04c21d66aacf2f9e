import { accessSync, constants, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

function can(path: string, mode: number): boolean {
  try {
    accessSync(path, mode);
    return true;
  } catch {
    return false;
  }
}

function errnoOf(err: unknown): string {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' ? code : String(err);
}

/**
 * Why a SQLite file cannot be opened or written, found by looking at its path: a folder on the
 * way that is a file, the file's name taken by a folder, or a missing permission. Undefined
 * when the path looks fine (the cause is then elsewhere: a lock, the disk).
 */
export function diagnoseSqlitePath(file: string): string | undefined {
  const folders: string[] = [];
  for (let dir = dirname(resolve(file)); ; dir = dirname(dir)) {
    folders.unshift(dir);
    if (dirname(dir) === dir) break;
  }
  for (const folder of folders) {
    try {
      if (!statSync(folder).isDirectory()) return `${folder} is a file, not a folder`;
    } catch (err) {
      if (errnoOf(err) !== 'ENOENT') return `${folder} cannot be looked at (${errnoOf(err)})`;
      return can(dirname(folder), constants.W_OK | constants.X_OK)
        ? `${folder} does not exist`
        : `${folder} does not exist and there is no permission to create it in ${dirname(folder)}`;
    }
  }
  if (can(file, constants.F_OK)) {
    if (statSync(file).isDirectory()) return `${file} is a folder, not a database file`;
    if (!can(file, constants.R_OK)) return `no permission to read ${file}`;
    if (!can(file, constants.W_OK)) return `no permission to write ${file}`;
  }
  const folder = dirname(file);
  // SQLite creates the file, and its -wal and -shm files, beside it.
  return can(folder, constants.W_OK | constants.X_OK)
    ? undefined
    : `no permission to create files in ${folder}`;
}
