import { z } from 'zod';
import type { KnowledgeProblem } from './case.js';
import { normaliseRecordKeys } from './case-record-schema.js';
import { kindOf } from './repair/field-repair.js';
import { repairStructuredFields, type StructuredFields } from './repair/repair-record.js';

/** A curation file: `curated.json` or `*.curated.json` in the knowledge folder. */
export const curationFileSchema = z.object({
  /** What the file is and how it is kept; for people. */
  about: z.string().optional(),
  cases: z.array(z.unknown(), { error: 'a curation file must have a "cases" array' }),
});

/** A valid curated entry, with where it was written. */
export interface CuratedEntry {
  file: string;
  /** 1-based index in the file's `cases` array. */
  line: number;
  summaryStartsWith: string;
  fields: StructuredFields;
}

/**
 * One curated entry: the case it is about (`summaryStartsWith`, the start of its summary; case,
 * whitespace, quote and dash style do not matter), the values that replace parsed and inferred
 * ones, and an optional `note` for people. An entry without its anchor is an error and skipped;
 * a bad value or an unknown key (the file is written by hand, so a misspelt key is worth a word)
 * is a warning and the rest of the entry applies.
 */
function parseEntry(
  raw: unknown,
  file: string,
  line: number,
): { entry?: CuratedEntry; problems: KnowledgeProblem[] } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      problems: [
        { file, line, severity: 'error', message: `an entry must be an object, found ${kindOf(raw)}` },
      ],
    };
  }
  const { summaryStartsWith: anchor, note: _note, ...rest } = raw as Record<string, unknown>;
  const problems: KnowledgeProblem[] = [];
  const { fields, unknown } = normaliseRecordKeys(rest);
  for (const { key, suggestion } of unknown) {
    const hint = suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`;
    problems.push({
      file,
      line,
      field: key,
      severity: 'warning',
      fix: 'dropped',
      message: `unknown field "${key}"${hint}; ignored`,
    });
  }
  if (Object.hasOwn(fields, 'summary')) {
    problems.push({
      file,
      line,
      field: 'summary',
      severity: 'warning',
      fix: 'dropped',
      message: 'a curated entry cannot change the summary; ignored',
    });
  }
  if (typeof anchor !== 'string' || anchor.trim() === '') {
    problems.push({
      file,
      line,
      field: 'summaryStartsWith',
      severity: 'error',
      message: 'summaryStartsWith is required',
    });
    return { problems };
  }
  const repaired = repairStructuredFields(fields);
  for (const problem of repaired.problems) problems.push({ file, line, ...problem });
  return { entry: { file, line, summaryStartsWith: anchor.trim(), fields: repaired.fields }, problems };
}

/** Reads a curation file; a bad entry is an error (by field) and skipped, a bad value a warning. */
export function parseCuration(
  text: string,
  file: string,
): { entries: CuratedEntry[]; problems: KnowledgeProblem[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).replace(
      /, (?:\.\.\.)?".*" is not valid JSON$/su,
      '',
    );
    return {
      entries: [],
      problems: [{ file, severity: 'error', message: `invalid JSON: ${reason.slice(0, 200)}` }],
    };
  }
  const parsedFile = curationFileSchema.safeParse(json);
  if (!parsedFile.success) {
    return {
      entries: [],
      problems: parsedFile.error.issues.map((issue) => ({
        file,
        field: issue.path.map(String).join('.') || undefined,
        severity: 'error' as const,
        message: issue.message,
      })),
    };
  }
  const entries: CuratedEntry[] = [];
  const problems: KnowledgeProblem[] = [];
  parsedFile.data.cases.forEach((raw, index) => {
    const parsed = parseEntry(raw, file, index + 1);
    if (parsed.entry !== undefined) entries.push(parsed.entry);
    problems.push(...parsed.problems);
  });
  return { entries, problems };
}
