import type { KnowledgeProblem } from './case.js';
import { type CaseRecord, caseRecordSchema, normaliseRecordKeys } from './case-record-schema.js';
import type { RawRecord } from './parse-json-records.js';

/** A record that passed validation, with the line it came from. */
export interface ValidRecord {
  line: number;
  record: CaseRecord;
}

export interface ValidatedRecords {
  records: ValidRecord[];
  problems: KnowledgeProblem[];
  /** Keys that are no field and do not look like a misspelt one: ignored, for a debug log. */
  ignoredKeys: string[];
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/**
 * Validates raw records of one file with `caseRecordSchema`. A bad record gives one problem per
 * bad field and is skipped. Unknown keys are ignored, since exports carry extra columns (ids,
 * status, dates) that are harmless; but a key one typo away from a field ("sumary", "contries") is
 * a problem, reported once per file, because its value would otherwise be lost silently.
 */
export function validateRecords(raw: readonly RawRecord[], file: string): ValidatedRecords {
  const records: ValidRecord[] = [];
  const problems: KnowledgeProblem[] = [];
  const ignored = new Set<string>();
  const misspelt = new Set<string>();
  for (const { line, value } of raw) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push({ file, line, message: `a record must be an object, found ${kindOf(value)}` });
      continue;
    }
    const { fields, unknown } = normaliseRecordKeys(value as Record<string, unknown>);
    for (const { key, suggestion } of unknown) {
      if (suggestion === undefined) {
        ignored.add(key);
      } else if (!misspelt.has(key)) {
        misspelt.add(key);
        problems.push({
          file,
          line,
          field: key,
          message: `unknown field "${key}" (did you mean "${suggestion}"?); its value is ignored`,
        });
      }
    }
    const result = caseRecordSchema.safeParse(fields);
    if (result.success) {
      records.push({ line, record: result.data });
      continue;
    }
    for (const issue of result.error.issues) {
      const field = issue.path.length > 0 ? String(issue.path[0]) : undefined;
      problems.push(
        field === undefined
          ? { file, line, message: issue.message }
          : { file, line, field, message: issue.message },
      );
    }
  }
  return { records, problems, ignoredKeys: [...ignored] };
}
