import type { KnowledgeProblem } from './case.js';
import { type CaseRecord, normaliseRecordKeys } from './case-record-schema.js';
import type { RawRecord } from './parse-json-records.js';
import { kindOf } from './repair/field-repair.js';
import { repairRecord } from './repair/repair-record.js';

/** A record that passed validation (repaired where needed), with the line it came from. */
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

/**
 * Validates raw records of one file. A record without a usable summary is an error and skipped;
 * a bad optional value is repaired or dropped with a warning and the record kept (see
 * `repairRecord`). Unknown keys are ignored, since exports carry extra columns (ids, status,
 * dates) that are harmless; but a key one typo away from a field ("sumary", "contries") is a
 * warning, reported once per file, because its value would otherwise be lost silently.
 */
export function validateRecords(raw: readonly RawRecord[], file: string): ValidatedRecords {
  const records: ValidRecord[] = [];
  const problems: KnowledgeProblem[] = [];
  const ignored = new Set<string>();
  const misspelt = new Set<string>();
  for (const { line, value } of raw) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push({
        file,
        line,
        severity: 'error',
        message: `a record must be an object, found ${kindOf(value)}`,
      });
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
          severity: 'warning',
          fix: 'dropped',
          message: `unknown field "${key}" (did you mean "${suggestion}"?); its value is ignored`,
        });
      }
    }
    const result = repairRecord(fields);
    for (const problem of result.problems) problems.push({ file, line, ...problem });
    if (result.record !== undefined) records.push({ line, record: result.record });
  }
  return { records, problems, ignoredKeys: [...ignored] };
}
