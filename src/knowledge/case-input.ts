import type { CaseSource } from './case.js';
import type { StructuredFields } from './repair/repair-record.js';

/** One summary read from one place: a page line or a structured record. */
export interface CaseInput {
  summary: string;
  truncated: boolean;
  source: CaseSource;
  fields?: StructuredFields;
}
