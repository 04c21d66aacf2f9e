import type { KnowledgeProblem } from '../case.js';
import type { CaseRecord } from '../case-record-schema.js';
import type { FieldRepair } from './field-repair.js';
import { repairCountries } from './repair-countries.js';
import { repairTags } from './repair-tags.js';
import { repairText } from './repair-text.js';
import { repairUrl } from './repair-url.js';
import { repairYear } from './repair-year.js';

/** A record's optional fields (all but `summary`). */
export type StructuredFields = Omit<CaseRecord, 'summary'>;

/** A problem of one record, before the file and line are added. */
export type RecordProblem = Omit<KnowledgeProblem, 'file' | 'line'>;

const REPAIRS: {
  [K in keyof StructuredFields]-?: (value: unknown) => FieldRepair<NonNullable<StructuredFields[K]>>;
} = {
  title: (value) => repairText('title', value),
  countries: repairCountries,
  year: repairYear,
  url: repairUrl,
  tags: repairTags,
  level: (value) => repairText('level', value),
  organisation: (value) => repairText('organisation', value),
};

/**
 * The optional fields of a record (keys already normalised, see `normaliseRecordKeys`), each
 * kept, repaired or dropped: a bad optional value never costs the record. Every repair and drop
 * is a warning naming the field.
 */
export function repairStructuredFields(fields: Readonly<Record<string, unknown>>): {
  fields: StructuredFields;
  problems: RecordProblem[];
} {
  const result: Record<string, unknown> = {};
  const problems: RecordProblem[] = [];
  for (const [field, repair] of Object.entries(REPAIRS) as [
    string,
    (value: unknown) => FieldRepair<unknown>,
  ][]) {
    if (!Object.hasOwn(fields, field)) continue;
    const outcome = repair(fields[field]);
    if (outcome.value !== undefined) result[field] = outcome.value;
    for (const note of outcome.notes)
      problems.push({ severity: 'warning', fix: note.fix, field, message: note.message });
  }
  return { fields: result as StructuredFields, problems };
}

/**
 * Validates and repairs one record. Only the summary can reject it (an error); every other field
 * is repaired or dropped with a warning.
 */
export function repairRecord(fields: Readonly<Record<string, unknown>>): {
  record?: CaseRecord;
  problems: RecordProblem[];
} {
  const summary = fields.summary;
  if (typeof summary !== 'string' || summary.trim() === '') {
    // Blank values were dropped by normaliseRecordKeys, so a blank summary arrives as missing.
    const message = summary === undefined ? 'summary is required (missing or blank)' : 'summary must be text';
    return { problems: [{ severity: 'error', field: 'summary', message }] };
  }
  const structured = repairStructuredFields(fields);
  return { record: { summary: summary.trim(), ...structured.fields }, problems: structured.problems };
}
