import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { KnowledgeProblem } from './case.js';
import { compareStrings } from './sorted-keys.js';

/** The knowledge folder is missing or cannot be listed: the one knowledge error that stops start-up. */
export class KnowledgeDirError extends Error {
  readonly code = 'KNOWLEDGE_DIR_MISSING';
  constructor(
    readonly dir: string,
    options?: { cause?: unknown },
  ) {
    super(
      `Knowledge folder "${dir}" is missing or unreadable. Pass --knowledge DIR or set KNOWLEDGE_DIR to a folder of .txt, .json, .jsonl or .csv files.`,
      options,
    );
    this.name = 'KnowledgeDirError';
  }
}

/** How a file in the knowledge folder is read, by its name. */
export type KnowledgeFileKind = 'page' | 'json' | 'jsonl' | 'csv' | 'curation' | 'synonyms';

/**
 * `curated.json` or `*.curated.json` hold curation, `synonyms.json` or `*.synonyms.json` search
 * synonyms, other `.json` files hold records.
 */
export function knowledgeFileKind(name: string): KnowledgeFileKind | undefined {
  const lower = name.toLowerCase();
  if (lower === 'curated.json' || lower.endsWith('.curated.json')) return 'curation';
  if (lower === 'synonyms.json' || lower.endsWith('.synonyms.json')) return 'synonyms';
  switch (extname(lower)) {
    case '.txt':
      return 'page';
    case '.json':
      return 'json';
    case '.jsonl':
      return 'jsonl';
    case '.csv':
      return 'csv';
    default:
      return undefined;
  }
}

/** A knowledge file read from disk. */
export interface KnowledgeFile {
  name: string;
  kind: KnowledgeFileKind;
  bytes: Buffer;
}

export interface KnowledgeDir {
  /** Readable files of a known kind, sorted by name (code-point order). */
  files: KnowledgeFile[];
  /** Files of no known kind, hidden files and folders: left alone. */
  ignored: string[];
  problems: KnowledgeProblem[];
}

/**
 * Reads every knowledge file in `dir` (not recursive). Throws {@link KnowledgeDirError} only when
 * the folder itself cannot be read; an unreadable file is a problem.
 */
export async function readKnowledgeDir(dir: string): Promise<KnowledgeDir> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort(compareStrings);
  } catch (error) {
    throw new KnowledgeDirError(dir, { cause: error });
  }
  const files: KnowledgeFile[] = [];
  const ignored: string[] = [];
  const problems: KnowledgeProblem[] = [];
  for (const name of names) {
    const kind = knowledgeFileKind(name);
    if (kind === undefined || name.startsWith('.')) {
      ignored.push(name);
      continue;
    }
    const path = join(dir, name);
    try {
      if (!(await stat(path)).isFile()) {
        ignored.push(name);
        continue;
      }
      files.push({ name, kind, bytes: await readFile(path) });
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      problems.push({
        file: name,
        severity: 'error',
        message: `unreadable file${typeof code === 'string' ? ` (${code})` : ''}`,
      });
    }
  }
  return { files, ignored, problems };
}

/** NUL bytes mark a binary file; invalid UTF-8 a file saved in another encoding. */
export function decodeKnowledgeText(bytes: Uint8Array): { text: string } | { problem: string } {
  if (bytes.includes(0)) return { problem: 'binary file (contains NUL bytes), not a text file' };
  try {
    // fatal: reject bad bytes instead of turning them into U+FFFD; a leading BOM is dropped.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { problem: 'not valid UTF-8 text; save the file as UTF-8' };
  }
}
