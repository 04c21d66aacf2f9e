import { createRequire } from 'node:module';
import { extname } from 'node:path';
import type * as ExcelJSTypes from 'exceljs';
import type { KnowledgeProblem } from '../case.js';
import { parseCsvTable } from '../parse-csv-records.js';
import { decodeText, detectDelimiter } from './decode-text.js';
import { flattenRecord, isPlainObject } from './flatten-record.js';

// exceljs is CommonJS; its typings are ES-style, so require it rather than guess at interop.
const require = createRequire(import.meta.url);
let excel: typeof ExcelJSTypes | undefined;

/** exceljs takes most of a second to load: required when a spreadsheet is read, not when a bot starts. */
function loadExcel(): typeof ExcelJSTypes {
  excel ??= require('exceljs') as typeof ExcelJSTypes;
  return excel;
}

/** The formats `casebot import` reads, by file extension. */
export type TableFormat = 'csv' | 'tsv' | 'json' | 'jsonl' | 'xlsx';

const FORMATS: Readonly<Record<string, TableFormat>> = {
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.tab': 'tsv',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.xlsx': 'xlsx',
};

export function tableFormat(fileName: string): TableFormat | undefined {
  const extension = extname(fileName).toLowerCase();
  return Object.hasOwn(FORMATS, extension) ? FORMATS[extension] : undefined;
}

/** One row of a table: where it is (line, row or index + 1) and its cells by column name. */
export interface TableRow {
  line: number;
  values: Record<string, unknown>;
}

export interface Table {
  format: TableFormat;
  /** How the text was read, for the report: "UTF-8, delimiter ;" */
  details: string[];
  /** Column names in first-seen order. */
  columns: string[];
  rows: TableRow[];
  problems: KnowledgeProblem[];
}

function columnsOf(rows: readonly TableRow[], known: readonly string[] = []): string[] {
  const seen = new Set(known);
  for (const row of rows) for (const key of Object.keys(row.values)) seen.add(key);
  return [...seen];
}

function readDelimited(bytes: Uint8Array, file: string, format: 'csv' | 'tsv'): Table {
  const decoded = decodeText(bytes);
  const { delimiter, body } =
    format === 'tsv' ? { delimiter: '\t', body: decoded.text } : detectDelimiter(decoded.text);
  const table = parseCsvTable(body, file, { delimiter });
  const shown = delimiter === '\t' ? 'tab' : delimiter;
  return {
    format,
    details: [decoded.encoding, `delimiter ${shown}`],
    columns: table.columns,
    rows: table.records.map(({ line, value }) => ({ line, values: value as Record<string, unknown> })),
    problems: table.problems,
  };
}

/** A JSON export: an array of records, or an object holding one (`{"data": [...]}`). */
function readJson(bytes: Uint8Array, file: string): Table {
  const decoded = decodeText(bytes);
  const table: Table = { format: 'json', details: [decoded.encoding], columns: [], rows: [], problems: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(decoded.text);
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).slice(0, 200);
    table.problems.push({ file, severity: 'error', message: `invalid JSON: ${reason}` });
    return table;
  }
  let records = parsed;
  if (isPlainObject(parsed)) {
    const held = Object.entries(parsed).find(
      ([, value]) => Array.isArray(value) && value.some(isPlainObject),
    );
    if (held !== undefined) {
      records = held[1];
      table.details.push(`records under "${held[0]}"`);
    }
  }
  if (!Array.isArray(records)) {
    table.problems.push({
      file,
      severity: 'error',
      message: 'expected an array of records, or an object holding one',
    });
    return table;
  }
  records.forEach((value, index) => {
    if (isPlainObject(value)) table.rows.push({ line: index + 1, values: flattenRecord(value) });
    else
      table.problems.push({
        file,
        line: index + 1,
        severity: 'error',
        message: 'a record must be an object',
      });
  });
  table.columns = columnsOf(table.rows);
  return table;
}

function readJsonl(bytes: Uint8Array, file: string): Table {
  const decoded = decodeText(bytes);
  const table: Table = { format: 'jsonl', details: [decoded.encoding], columns: [], rows: [], problems: [] };
  decoded.text.split('\n').forEach((content, index) => {
    if (content.trim() === '') return;
    const line = index + 1;
    try {
      const value: unknown = JSON.parse(content);
      if (isPlainObject(value)) table.rows.push({ line, values: flattenRecord(value) });
      else table.problems.push({ file, line, severity: 'error', message: 'a record must be an object' });
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).slice(0, 200);
      table.problems.push({ file, line, severity: 'error', message: `invalid JSON: ${reason}` });
    }
  });
  table.columns = columnsOf(table.rows);
  return table;
}

/** The suffix of the column that holds a linked cell's address when its text is not one. */
export const LINK_COLUMN_SUFFIX = ' (link)';

/** A cell as a plain value: text, number, boolean or date (formulas give their result). */
function cellValue(value: ExcelJSTypes.CellValue): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return value.text;
  if ('formula' in value || 'sharedFormula' in value)
    return cellValue(value.result as ExcelJSTypes.CellValue);
  return undefined;
}

/**
 * A linked cell ("Website" linking to https://…) gives its address when its text is empty or
 * looks like one; otherwise its text, and its address in a column of its own ("Name (link)").
 */
function cellValues(name: string, value: ExcelJSTypes.CellValue, into: Record<string, unknown>): void {
  if (value !== null && typeof value === 'object' && 'hyperlink' in value) {
    const text = typeof value.text === 'string' ? value.text.trim() : '';
    if (text === '' || /^\S+\.\S+$/u.test(text)) into[name] = value.hyperlink;
    else {
      into[name] = text;
      into[`${name}${LINK_COLUMN_SUFFIX}`] = value.hyperlink;
    }
    return;
  }
  const plain = cellValue(value);
  if (plain !== undefined) into[name] = plain;
}

/** The first worksheet with data; row 1 is the header, each later row a record. */
async function readXlsx(bytes: Uint8Array, file: string): Promise<Table> {
  const table: Table = { format: 'xlsx', details: [], columns: [], rows: [], problems: [] };
  const workbook = new (loadExcel().Workbook)();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJSTypes.Buffer);
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).slice(0, 200);
    table.problems.push({ file, severity: 'error', message: `not a readable .xlsx workbook: ${reason}` });
    return table;
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (sheet === undefined) return table;
  table.details.push(`sheet "${sheet.name}"`);
  const header = sheet.getRow(1);
  const names = new Map<number, string>();
  header.eachCell((cell, column) => {
    const name = String(cellValue(cell.value) ?? '').trim();
    if (name !== '' && ![...names.values()].includes(name)) names.set(column, name);
  });
  table.columns = [...names.values()];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const values: Record<string, unknown> = Object.create(null);
    for (const [column, name] of names) cellValues(name, row.getCell(column).value, values);
    if (Object.keys(values).length > 0) table.rows.push({ line: rowNumber, values });
  });
  table.columns = columnsOf(table.rows, table.columns);
  return table;
}

/** Reads a collection file of any supported format into rows keyed by column name. */
export async function readTable(bytes: Uint8Array, file: string, format: TableFormat): Promise<Table> {
  switch (format) {
    case 'csv':
    case 'tsv':
      return readDelimited(bytes, file, format);
    case 'json':
      return readJson(bytes, file);
    case 'jsonl':
      return readJsonl(bytes, file);
    case 'xlsx':
      return readXlsx(bytes, file);
    default: {
      const unexpected: never = format;
      throw new Error(`unknown format ${String(unexpected)}`);
    }
  }
}
