import { z } from 'zod';
import type { Case, KnowledgeMerge, KnowledgeProblem, KnowledgeSynonyms } from '../knowledge/case.js';
import type { SearchIndexData } from '../search/build-search-index.js';

const caseSchema = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  truncated: z.boolean(),
  countries: z.array(z.string()),
  year: z.number().optional(),
  url: z.string().optional(),
  tags: z.array(z.string()),
  level: z.string().optional(),
  organisation: z.string().optional(),
  sources: z.array(z.object({ file: z.string(), line: z.number() })),
}) satisfies z.ZodType<Case>;

const problemSchema = z.object({
  file: z.string(),
  line: z.number().optional(),
  field: z.string().optional(),
  message: z.string(),
  severity: z.enum(['error', 'warning']),
  fix: z.enum(['repaired', 'dropped']).optional(),
}) satisfies z.ZodType<KnowledgeProblem>;

const sourceSchema = z.object({ file: z.string(), line: z.number() });

const mergeSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('merged'), id: z.string(), sources: z.array(sourceSchema), reason: z.string() }),
  z.object({
    type: z.literal('kept-apart'),
    ids: z.array(z.string()),
    sources: z.array(sourceSchema),
    reason: z.string(),
  }),
]) satisfies z.ZodType<KnowledgeMerge>;

const searchSchema = z.object({
  refs: z.array(z.string()),
  terms: z.array(z.string()),
  offsets: z.string(),
  docs: z.string(),
  weights: z.string(),
  vocabulary: z.array(z.tuple([z.string(), z.string()])),
  synonyms: z.array(z.array(z.string())).optional(),
  derived: z.array(z.tuple([z.string(), z.array(z.string())])).optional(),
}) satisfies z.ZodType<SearchIndexData>;

const synonymsSchema = z.object({
  groups: z.array(z.array(z.string())),
  files: z.array(z.string()),
}) satisfies z.ZodType<KnowledgeSynonyms>;

/**
 * The types a cache file must hold. Data that passes the checksum was written by casebot, but
 * the fingerprint sees code only as file sizes and times, which a build that resets times can
 * keep across a change; so the types are checked too (about half the time of the JSON parse).
 * Used to check, not to convert: the data is served as read, so no field is dropped on the way.
 */
export const cachedKnowledgeSchema = z.object({
  cases: z.array(caseSchema),
  problems: z.array(problemSchema),
  merges: z.array(mergeSchema).optional(),
  synonyms: synonymsSchema.optional(),
  search: searchSchema,
});
