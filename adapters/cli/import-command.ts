import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import {
  describeMerge,
  describeProblemPlace,
  ImportError,
  type ImportedCollection,
  importCollection,
  type KnowledgeProblem,
  loadKnowledge,
  renderJsonl,
} from '../../src/index.js';
import { stripTerminalControls } from './render.js';

/** `casebot import`'s exit codes, as `--help` lists them. */
export const IMPORT_EXIT = { ok: 0, notImported: 1, usage: 2 } as const;

export const IMPORT_HELP = `
Reads a collection whose columns have other names (CSV, TSV, JSON, JSONL, Excel .xlsx), maps the
columns to knowledge fields, shows the mapping and the first records, repairs what it can, and
writes one JSONL file named after FILE into the knowledge folder.

Columns are guessed by name, without case or punctuation: name/title, description/summary/
abstract, country/countries/country_code/geocoverage, start_date/year/date, link/url/website,
tags/keywords/topics, level, organisation/organization/agency. --map chooses them instead:
  casebot import cases.xlsx --map title=Name,summary=Description,countries=Geo

Exit codes:
  0  imported (or, with --dry-run, ready to import); warnings and skipped rows are listed
  1  nothing imported: the file cannot be read, has no summary column or no usable row
  2  usage: a bad --map, or the output file exists (use --force to replace it)
`;

export interface ImportOptions {
  map?: string;
  into: string;
  dryRun?: boolean;
  force?: boolean;
  preview: number;
}

const PREVIEW_TEXT = 100;

function clip(text: string, length = PREVIEW_TEXT): string {
  const flat = stripTerminalControls(text).replace(/\s+/gu, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

function list(title: string, lines: readonly string[]): string[] {
  return lines.length === 0
    ? []
    : [`${title} (${lines.length}):`, ...lines.map((line) => `  ${clip(line, 300)}`)];
}

function problemLine(problem: KnowledgeProblem): string {
  return `${describeProblemPlace(problem)}: ${problem.message}`;
}

/** The preview and report, for people: mapping, first records, repairs, drops, skips and merges. */
export function renderImportReport(file: string, imported: ImportedCollection, previewCount: number): string {
  const { mapping, unmapped, records, sources, problems, merges } = imported;
  const width = Math.max(...Object.values(mapping).map((column) => column.length));
  const lines = [
    `Read ${file}: ${imported.format}, ${[...imported.details, `${imported.rows} rows`].join(', ')}.`,
    'Columns:',
    ...Object.entries(mapping).map(([field, column]) => `  ${column.padEnd(width)} → ${field}`),
    unmapped.length === 0
      ? 'Every column is used.'
      : `Not imported: ${unmapped.map((c) => `"${c}"`).join(', ')}`,
    `First records:`,
    ...records
      .slice(0, previewCount)
      .flatMap((record, i) => [
        `  ${sources[i]?.file} line ${sources[i]?.line}:`,
        ...Object.entries(record).map(
          ([field, value]) =>
            `    ${field}: ${clip(Array.isArray(value) ? value.join(', ') : String(value))}`,
        ),
      ]),
    ...list('Skipped (errors)', problems.filter((p) => p.severity === 'error').map(problemLine)),
    ...list('Repaired', problems.filter((p) => p.fix === 'repaired').map(problemLine)),
    ...list(
      'Dropped values',
      problems.filter((p) => p.severity === 'warning' && p.fix !== 'repaired').map(problemLine),
    ),
    ...list('Merged', merges.map(describeMerge)),
  ];
  return `${lines.join('\n')}\n`;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Runs `casebot import`: returns the exit code; writes the report on stdout, errors on stderr. */
export async function runImport(
  file: string,
  options: ImportOptions,
  out: { stdout: (text: string) => void; stderr: (text: string) => void },
): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    out.stderr(`casebot import: cannot read "${file}"${typeof code === 'string' ? ` (${code})` : ''}\n`);
    return IMPORT_EXIT.notImported;
  }
  let imported: ImportedCollection;
  try {
    imported = await importCollection(bytes, file, options.map === undefined ? {} : { map: options.map });
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    out.stderr(`casebot import: ${error.message}\n`);
    return error.code === 'BAD_MAP' ? IMPORT_EXIT.usage : IMPORT_EXIT.notImported;
  }
  out.stdout(renderImportReport(basename(file), imported, options.preview));
  const target = join(options.into, `${basename(file, extname(file))}.jsonl`);
  const count = `${imported.records.length} case${imported.records.length === 1 ? '' : 's'}`;
  if (options.dryRun) {
    out.stdout(`Dry run: ${count} would be written to ${target}; nothing written.\n`);
    return IMPORT_EXIT.ok;
  }
  if (resolve(target) === resolve(file)) {
    out.stderr(`casebot import: ${target} is the file being imported; choose another --into folder\n`);
    return IMPORT_EXIT.usage;
  }
  if (!options.force && (await exists(target))) {
    out.stderr(`casebot import: ${target} already exists; use --force to replace it\n`);
    return IMPORT_EXIT.usage;
  }
  try {
    await writeFile(target, renderJsonl(imported.records));
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    out.stderr(`casebot import: cannot write "${target}"${typeof code === 'string' ? ` (${code})` : ''}\n`);
    return IMPORT_EXIT.notImported;
  }
  const folder = await loadKnowledge(options.into);
  const joined = (folder.merges ?? []).filter(
    (m) =>
      m.type === 'merged' &&
      new Set(m.sources.map((s) => s.file)).size > 1 &&
      m.sources.some((s) => s.file === basename(target)),
  );
  out.stdout(
    `Wrote ${count} to ${target}. The folder now holds ${folder.cases.length} cases` +
      `${joined.length > 0 ? `; ${joined.length} of the new records merged with cases already there` : ''}.\n`,
  );
  return IMPORT_EXIT.ok;
}
