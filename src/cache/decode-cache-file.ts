import { crc32 } from 'node:zlib';
import { z } from 'zod';
import type { Case, KnowledgeMerge, KnowledgeProblem, KnowledgeSynonyms } from '../knowledge/case.js';
import type { SearchIndexData } from '../search/build-search-index.js';
import { cachedKnowledgeSchema } from './cached-knowledge-schema.js';
import { checkCachedSearch } from './check-cached-search.js';

/** The expensive part of a start (parsing, enrichment, the search postings), saved as one file. */
export interface CachedKnowledge {
  cases: Case[];
  problems: KnowledgeProblem[];
  /** Absent in caches written before merges were reported. */
  merges?: KnowledgeMerge[];
  /** The synonym groups in effect (the search data holds the ones it was built with). */
  synonyms?: KnowledgeSynonyms;
  search: SearchIndexData;
}

/** Bump when the file's layout changes; the fingerprint's own format number covers the data. */
const FILE_FORMAT = 2;
const NEWLINE = 0x0a;

/**
 * The first line of a cache file. `crc32` and `bytes` are those of everything after it: a
 * CRC-32 finds any edit, truncation or disk error in the data (not tampering by someone who can
 * also rewrite the header; the cache is not a security boundary) at about a fifth of SHA-256's
 * cost, which matters on a cache of hundreds of megabytes read at every start.
 */
const headerSchema = z.object({
  casebot: z.literal('knowledge cache'),
  format: z.literal(FILE_FORMAT),
  key: z.string(),
  bytes: z.number().int().nonnegative(),
  crc32: z.number().int().nonnegative(),
});

/** The file's bytes: a header line, then the data as JSON. */
export function encodeCacheFile(key: string, data: CachedKnowledge): Buffer[] {
  const body = Buffer.from(JSON.stringify(data), 'utf8');
  const header: z.infer<typeof headerSchema> = {
    casebot: 'knowledge cache',
    format: FILE_FORMAT,
    key,
    bytes: body.byteLength,
    crc32: crc32(body),
  };
  return [Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), body];
}

type DecodedCacheFile = { type: 'ok'; data: CachedKnowledge } | { type: 'damaged'; reason: string };

function damaged(reason: string): DecodedCacheFile {
  return { type: 'damaged', reason };
}

/** The first problem zod found, with where it is: a damaged file of 100k cases may have many. */
function firstIssue(error: z.ZodError): string {
  const [issue] = error.issues;
  if (!issue) return 'invalid';
  const more = error.issues.length > 1 ? ` and ${error.issues.length - 1} more` : '';
  return `${issue.path.join('.') || 'top level'}: ${issue.message}${more}`;
}

/**
 * Reads a cache file, trusting nothing in it: the header, the length and checksum of the data,
 * its JSON, its types (zod) and whether its search data fits its cases. Never throws; what
 * is wrong comes back as a `damaged` reason, for a warning and a rebuild.
 */
export function decodeCacheFile(bytes: Buffer, key: string): DecodedCacheFile {
  const end = bytes.indexOf(NEWLINE);
  if (end < 0) return damaged('no header line (cut short, or not a casebot cache)');
  let header: z.infer<typeof headerSchema>;
  try {
    const parsed = headerSchema.safeParse(JSON.parse(bytes.subarray(0, end).toString('utf8')));
    if (!parsed.success) return damaged(`unexpected header (${firstIssue(parsed.error)})`);
    header = parsed.data;
  } catch {
    return damaged('the header line is not JSON');
  }
  if (header.key !== key) return damaged('made for other knowledge');
  const body = bytes.subarray(end + 1);
  if (body.byteLength !== header.bytes)
    return damaged(
      `${body.byteLength} bytes of data where the header says ${header.bytes} (cut short or added to)`,
    );
  if (crc32(body) !== header.crc32)
    return damaged('the data does not match its checksum (edited or corrupted)');
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    return damaged('the data is not JSON');
  }
  const checked = cachedKnowledgeSchema.safeParse(json);
  if (!checked.success) return damaged(`the data has the wrong types (${firstIssue(checked.error)})`);
  const data = json as CachedKnowledge;
  const inconsistent = checkCachedSearch(data.search, data.cases);
  if (inconsistent) return damaged(inconsistent);
  return { type: 'ok', data };
}
