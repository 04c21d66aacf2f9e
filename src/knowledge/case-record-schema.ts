import { z } from 'zod';
import { ownValue } from '../own-value.js';
import { editDistance } from './countries/edit-distance.js';
import { getCountry, resolveCountry, suggestCountries } from './countries/index.js';
import { MAX_YEAR, MIN_YEAR } from './repair/repair-year.js';

export { MAX_YEAR, MIN_YEAR };

/** Countries and tags come as an array or, in CSV and hand-written JSON, one `;`-separated string. */
const listSchema = z
  .union([z.array(z.string()), z.string()], { error: 'expected a list of strings or a ;-separated string' })
  .transform((value) =>
    (typeof value === 'string' ? value.split(';') : value)
      .map((item) => item.trim())
      .filter((item) => item !== ''),
  );

const countriesSchema = listSchema.transform((names, ctx) => {
  const codes: string[] = [];
  for (const name of names) {
    const code = resolveCountry(name);
    if (code === undefined) {
      const near = suggestCountries(name, { limit: 1 })[0];
      const hint = near === undefined ? '' : ` (did you mean ${getCountry(near)?.name ?? near}?)`;
      ctx.addIssue({ code: 'custom', message: `unknown country "${name}"${hint}`, input: name });
    } else if (!codes.includes(code)) {
      codes.push(code);
    }
  }
  return codes;
});

const yearSchema = z
  .union([z.number(), z.string().trim().regex(/^\d+$/).transform(Number)], {
    error: 'year must be a whole number',
  })
  .pipe(
    z
      .number()
      .int({ error: 'year must be a whole number' })
      .min(MIN_YEAR, { error: `year must be between ${MIN_YEAR} and ${MAX_YEAR}` })
      .max(MAX_YEAR, { error: `year must be between ${MIN_YEAR} and ${MAX_YEAR}` }),
  );

const textSchema = z.string().trim().min(1);

/**
 * A clean structured knowledge record (JSON, JSONL or CSV row): one that needs no repair.
 * `countries` are resolved to ISO 3166-1 alpha-2 codes. Unknown keys are stripped (see
 * `normaliseRecordKeys`). Loading is more lenient (see `repairRecord`): this schema is what
 * `casebot import` checks every record it writes against.
 */
export const caseRecordSchema = z.object({
  title: textSchema.optional(),
  // Blank values were dropped by normaliseRecordKeys, so a blank summary arrives as missing.
  summary: z
    .string({
      error: (issue) =>
        issue.input === undefined ? 'summary is required (missing or blank)' : 'summary must be text',
    })
    .trim()
    .min(1, { error: 'summary is required (missing or blank)' }),
  countries: countriesSchema.optional(),
  year: yearSchema.optional(),
  url: z.httpUrl({ error: 'url must be an http or https URL' }).optional(),
  tags: listSchema.optional(),
  level: textSchema.optional(),
  organisation: textSchema.optional(),
});

export type CaseRecord = z.infer<typeof caseRecordSchema>;

export const RECORD_FIELDS = Object.keys(caseRecordSchema.shape) as readonly (keyof CaseRecord)[];

/** Spellings people use for a field, mapped to its name. */
const FIELD_ALIASES: Readonly<Record<string, keyof CaseRecord>> = {
  country: 'countries',
  tag: 'tags',
  organization: 'organisation',
};

/** What `normaliseRecordKeys` made of a raw record's keys. */
export interface NormalisedRecord {
  /** Known fields only, keys in lower case, empty values (null, "", blanks) dropped. */
  fields: Record<string, unknown>;
  /** Keys that are no field; `suggestion` when one looks like a misspelt field name. */
  unknown: { key: string; suggestion?: string }[];
}

/**
 * Maps a raw record's keys to field names (case-insensitive, with aliases) and drops empty values,
 * since an empty CSV cell or a JSON `null` means "not given".
 */
export function normaliseRecordKeys(raw: Record<string, unknown>): NormalisedRecord {
  const fields: Record<string, unknown> = {};
  const unknown: NormalisedRecord['unknown'] = [];
  for (const [rawKey, value] of Object.entries(raw)) {
    const lower = rawKey.trim().toLowerCase();
    const field = (RECORD_FIELDS as readonly string[]).includes(lower)
      ? lower
      : ownValue(FIELD_ALIASES, lower);
    if (field === undefined) {
      const suggestion = RECORD_FIELDS.find((name) => looksLikeMisspelling(lower, name));
      unknown.push(suggestion === undefined ? { key: rawKey } : { key: rawKey, suggestion });
      continue;
    }
    if (value === null || value === undefined) continue;
    if (typeof value === 'string' && value.trim() === '') continue;
    if (!(field in fields)) fields[field] = value;
  }
  return { fields, unknown };
}

/** A short key is a misspelling only one edit away ("yaer", "ulr"); longer ones may be two. */
function looksLikeMisspelling(key: string, field: string): boolean {
  const allowed = field.length < 6 ? 1 : 2;
  return editDistance(key, field, allowed) <= allowed;
}
