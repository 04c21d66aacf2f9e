import { z } from 'zod';
import type { KnowledgeProblem } from './case.js';
import { caseRecordSchema } from './case-record-schema.js';
import type { StructuredFields } from './merge-cases.js';

/**
 * One curated entry: the case it is about (the start of its summary; case, whitespace, quote and
 * dash style do not matter) and the values that replace parsed and inferred ones. Strict, because
 * the file is written by hand and a misspelt key would otherwise be dropped without a word.
 */
export const curatedEntrySchema = z.strictObject({
  ...caseRecordSchema.omit({ summary: true }).shape,
  summaryStartsWith: z.string().trim().min(1, { error: 'summaryStartsWith is required' }),
  /** Where a value came from or how sure it is; for people, not used. */
  note: z.string().optional(),
});

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

/** Reads a curation file; every bad entry is a problem (by field) and is skipped. */
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
    return { entries: [], problems: [{ file, message: `invalid JSON: ${reason.slice(0, 200)}` }] };
  }
  const parsedFile = curationFileSchema.safeParse(json);
  if (!parsedFile.success) {
    return {
      entries: [],
      problems: parsedFile.error.issues.map((issue) => ({
        file,
        field: issue.path.map(String).join('.') || undefined,
        message: issue.message,
      })),
    };
  }
  const entries: CuratedEntry[] = [];
  const problems: KnowledgeProblem[] = [];
  parsedFile.data.cases.forEach((raw, index) => {
    const line = index + 1;
    const parsed = curatedEntrySchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
        const field = keys.length > 0 ? keys.join(', ') : issue.path.map(String)[0];
        problems.push(
          field === undefined
            ? { file, line, message: issue.message }
            : { file, line, field, message: issue.message },
        );
      }
      return;
    }
    const { summaryStartsWith, note: _note, ...fields } = parsed.data;
    entries.push({ file, line, summaryStartsWith, fields });
  });
  return { entries, problems };
}
