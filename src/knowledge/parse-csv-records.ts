import { type CsvError, parse } from 'csv-parse/sync';
import type { KnowledgeProblem } from './case.js';
import type { RawRecord, RawRecords } from './parse-json-records.js';

interface ParsedRow {
  record: string[];
  info: { lines: number };
  raw: string;
}

/**
 * csv-parse reports the line a record ends on; a quoted field may span lines, and skipped blank
 * lines ride along at the front of `raw`. The line a reader looks for is where the record starts.
 */
function startLine(endLine: number, raw: string | undefined): number {
  if (raw === undefined) return endLine;
  const body = raw.replace(/^[\r\n]+/u, '').replace(/[\r\n]+$/u, '');
  return endLine - (body.match(/\n/gu)?.length ?? 0);
}

/** Rows of a delimited text file, keyed by its header row. */
export interface CsvTable extends RawRecords {
  /** The header row's names, trimmed; empty when the file is empty or unreadable. */
  columns: string[];
}

/**
 * A delimited text file with a header row (`,` unless told otherwise). Rows become objects keyed
 * by the header; a row whose column count differs from the header's, or that csv-parse cannot
 * read (a quote never closed), is an error and skipped. `line` is the row's first line in the
 * file (the header is line 1).
 */
export function parseCsvTable(text: string, file: string, options: { delimiter?: string } = {}): CsvTable {
  const problems: KnowledgeProblem[] = [];
  const reported = new Set<number>();
  const report = (line: number, message: string): void => {
    // After a broken quote csv-parse may complain twice about the same row.
    if (reported.has(line)) return;
    reported.add(line);
    problems.push({ file, line, severity: 'error', message });
  };
  let rows: ParsedRow[];
  try {
    // csv-parse miscounts lines at a CRLF inside quotes; with LF only, its count is exact.
    rows = parse(text.replace(/\r\n?/gu, '\n'), {
      bom: true,
      delimiter: options.delimiter ?? ',',
      info: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error: CsvError | undefined, raw: string | undefined) => {
        const endLine = typeof error?.lines === 'number' ? error.lines : 1;
        report(startLine(endLine, raw), `unreadable CSV row: ${error?.message ?? 'parse error'}`);
        return undefined;
      },
    }) as unknown as ParsedRow[];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      columns: [],
      records: [],
      problems: [...problems, { file, severity: 'error', message: `unreadable CSV: ${message}` }],
    };
  }
  const [header, ...body] = rows;
  if (header === undefined) return { columns: [], records: [], problems };
  const columns = header.record.map((name) => name.trim());
  const records: RawRecord[] = [];
  for (const row of body) {
    const line = startLine(row.info.lines, row.raw);
    if (row.record.length !== columns.length) {
      report(line, `row has ${row.record.length} columns, the header has ${columns.length}`);
      continue;
    }
    // Headers come from the file: "constructor" or "__proto__" must be a column like any other,
    // so no prototype to inherit from and no `in` (the first of two same-named columns wins).
    const value: Record<string, string> = Object.create(null);
    columns.forEach((name, i) => {
      if (!Object.hasOwn(value, name)) value[name] = row.record[i]!;
    });
    records.push({ line, value });
  }
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { columns, records, problems };
}

/**
 * A `.csv` knowledge file: see {@link parseCsvTable}. Without a `summary` column every row would be
 * a problem of its own, so that is one error for the file.
 */
export function parseCsvRecords(text: string, file: string): RawRecords {
  const { columns, records, problems } = parseCsvTable(text, file);
  if (columns.length === 0 || columns.some((name) => name.toLowerCase() === 'summary'))
    return { records, problems };
  const found = columns.map((name) => `"${name}"`).join(', ');
  return {
    records: [],
    problems: [
      ...problems,
      {
        file,
        line: 1,
        field: 'summary',
        severity: 'error',
        message: `the header row has no "summary" column (it has ${found})`,
      },
    ],
  };
}
