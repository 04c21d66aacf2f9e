import { basename } from 'node:path';
import type { CaseSource, KnowledgeMerge, KnowledgeProblem } from '../case.js';
import { buildCaseIds } from '../case-ids.js';
import type { CaseInput } from '../case-input.js';
import { type CaseRecord, caseRecordSchema } from '../case-record-schema.js';
import { listMerges } from '../list-merges.js';
import { mergeCases } from '../merge-cases.js';
import { repairRecord } from '../repair/repair-record.js';
import { isTruncated } from '../summary-key.js';
import { type ColumnMapping, guessMapping, parseMapOption } from './guess-mapping.js';
import { LINK_COLUMN_SUFFIX, readTable, type TableFormat, tableFormat } from './read-table.js';

/** Why a collection cannot be imported at all; `code` is stable, `message` says what to do. */
export class ImportError extends Error {
  constructor(
    readonly code: 'UNKNOWN_FORMAT' | 'BAD_MAP' | 'NO_SUMMARY_COLUMN' | 'UNREADABLE' | 'NO_RECORDS',
    message: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

/** A collection read, mapped, repaired and deduplicated, ready to be written as JSONL. */
export interface ImportedCollection {
  format: TableFormat;
  /** How the file was read: encoding, delimiter, sheet. */
  details: string[];
  columns: string[];
  mapping: ColumnMapping;
  unmapped: string[];
  /** Rows read (before merging). */
  rows: number;
  /** One record per case, in source order, each valid under `caseRecordSchema`. */
  records: CaseRecord[];
  /** Where each record came from (its first row). */
  sources: CaseSource[];
  /** Errors (rows skipped) and warnings (values repaired or dropped). */
  problems: KnowledgeProblem[];
  merges: KnowledgeMerge[];
}

/**
 * Reads a collection (CSV, TSV, JSON, JSONL or .xlsx) whose columns have other names, maps them
 * to knowledge fields (`--map` first, then by common names), repairs every record as loading
 * does, and merges true duplicates. Throws {@link ImportError} when nothing can be imported.
 */
export async function importCollection(
  bytes: Uint8Array,
  fileName: string,
  options: { map?: string } = {},
): Promise<ImportedCollection> {
  const file = basename(fileName);
  const format = tableFormat(fileName);
  if (format === undefined) {
    throw new ImportError('UNKNOWN_FORMAT', `"${file}" is not a .csv, .tsv, .json, .jsonl or .xlsx file`);
  }
  const table = await readTable(bytes, file, format);
  if (table.columns.length === 0) {
    const reason = table.problems[0]?.message ?? 'no columns found';
    throw new ImportError('UNREADABLE', `cannot read "${file}": ${reason}`);
  }
  const chosen =
    options.map === undefined ? { mapping: {}, errors: [] } : parseMapOption(options.map, table.columns);
  if (chosen.errors.length > 0) throw new ImportError('BAD_MAP', chosen.errors.join('\n'));
  const { mapping, unmapped } = guessMapping(table.columns, chosen.mapping);
  if (mapping.summary === undefined) {
    const found = table.columns.map((c) => `"${c}"`).join(', ');
    throw new ImportError(
      'NO_SUMMARY_COLUMN',
      `no column of "${file}" looks like a summary (columns: ${found}); name it with --map summary=COLUMN`,
    );
  }
  const problems: KnowledgeProblem[] = [...table.problems];
  const inputs: CaseInput[] = [];
  for (const row of table.rows) {
    const fields: Record<string, unknown> = {};
    for (const [field, column] of Object.entries(mapping)) {
      // A linked cell ("Website" → https://…) in the url column gives its address.
      const value =
        (field === 'url' ? row.values[`${column}${LINK_COLUMN_SUFFIX}`] : undefined) ?? row.values[column];
      if (value === undefined || value === null || (typeof value === 'string' && value.trim() === ''))
        continue;
      fields[field] = value;
    }
    const repaired = repairRecord(fields);
    for (const problem of repaired.problems) {
      const field =
        problem.field === undefined
          ? undefined
          : (mapping[problem.field as keyof ColumnMapping] ?? problem.field);
      problems.push({ file, line: row.line, ...problem, ...(field === undefined ? {} : { field }) });
    }
    if (repaired.record === undefined) continue;
    const { summary, ...rest } = repaired.record;
    inputs.push({ summary, truncated: isTruncated(summary), source: { file, line: row.line }, fields: rest });
  }
  const merged = mergeCases(inputs);
  if (merged.length === 0) throw new ImportError('NO_RECORDS', `no row of "${file}" has a usable summary`);
  const merges = listMerges(merged, buildCaseIds(merged.map((m) => m.key)));
  // Every record written must load without a word: check it against the strict schema.
  const records = merged.map((m) => caseRecordSchema.parse({ summary: m.summary, ...m.fields }));
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return {
    format,
    details: table.details,
    columns: table.columns,
    mapping,
    unmapped,
    rows: table.rows.length,
    records,
    sources: merged.map((m) => m.sources[0]!),
    problems,
    merges,
  };
}

/** The records as JSON lines, fields in the order of the knowledge format. */
export function renderJsonl(records: readonly CaseRecord[]): string {
  const order = ['title', 'summary', 'countries', 'year', 'url', 'tags', 'level', 'organisation'] as const;
  return records
    .map((record) => {
      const ordered: Record<string, unknown> = {};
      for (const key of order) if (record[key] !== undefined) ordered[key] = record[key];
      return `${JSON.stringify(ordered)}\n`;
    })
    .join('');
}
