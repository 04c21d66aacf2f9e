import type { CaseSource } from './case.js';
import type { CaseRecord } from './case-record-schema.js';
import { compareStrings, keysWithPrefix } from './sorted-keys.js';
import { summaryKey } from './summary-key.js';

/** Structured values a record gives besides its summary. */
export type StructuredFields = Omit<CaseRecord, 'summary'>;

/** One summary read from one place: a page line or a structured record. */
export interface CaseInput {
  summary: string;
  truncated: boolean;
  source: CaseSource;
  fields?: StructuredFields;
}

/** Every copy of one case, merged: the text to show, all sources, the structured values. */
export interface MergedCase {
  /** `summaryKey` of the kept summary: what the id is derived from. */
  key: string;
  summary: string;
  truncated: boolean;
  sources: CaseSource[];
  fields: StructuredFields;
}

/**
 * A cut-off summary shorter than this (normalised) is not matched by prefix: "The city of…" would
 * be the start of too many cases.
 */
export const MIN_PREFIX_MATCH = 40;

function compareSources(a: CaseSource, b: CaseSource): number {
  return compareStrings(a.file, b.file) || a.line - b.line;
}

function mergeFields(inputs: readonly CaseInput[]): StructuredFields {
  const merged: Record<string, unknown> = {};
  for (const input of inputs) {
    for (const [field, value] of Object.entries(input.fields ?? {})) {
      if (value !== undefined && !(field in merged)) merged[field] = value;
    }
  }
  return merged as StructuredFields;
}

/**
 * Merges copies of the same case. Copies are the same when their `summaryKey`s are equal, or when
 * a cut-off copy's key is a prefix of exactly one longer text (all longer matches are prefixes of
 * the longest). The complete text is kept; among equals the first source in (file, line) order
 * wins, and so does each structured field. Cases come out in the order of their first source.
 */
export function mergeCases(inputs: readonly CaseInput[]): MergedCase[] {
  const sorted = [...inputs].sort((a, b) => compareSources(a.source, b.source));
  const groups = new Map<string, CaseInput[]>();
  for (const input of sorted) {
    const key = summaryKey(input.summary);
    const group = groups.get(key);
    if (group) group.push(input);
    else groups.set(key, [input]);
  }
  const keys = [...groups.keys()].sort(compareStrings);
  const target = new Map<string, string>();
  for (const key of keys) {
    if (key.length < MIN_PREFIX_MATCH || !groups.get(key)!.every((input) => input.truncated)) continue;
    const longer = keysWithPrefix(keys, key).filter((k) => k !== key);
    if (longer.length === 0) continue;
    const longest = longer.reduce((a, b) => (b.length > a.length ? b : a));
    // Two different continuations of the same start: which case this copy belongs to is unknown.
    if (longer.every((k) => longest.startsWith(k))) target.set(key, longest);
  }
  const merged = new Map<string, CaseInput[]>();
  for (const [key, group] of groups) {
    const into = target.get(key) ?? key;
    const list = merged.get(into);
    if (list) list.push(...group);
    else merged.set(into, [...group]);
  }
  const cases: MergedCase[] = [];
  for (const [key, group] of merged) {
    group.sort((a, b) => compareSources(a.source, b.source));
    const complete = group.find((input) => !input.truncated);
    const kept = complete ?? group.find((input) => summaryKey(input.summary) === key) ?? group[0]!;
    const sources: CaseSource[] = [];
    for (const { source } of group) {
      const last = sources.at(-1);
      if (last?.file !== source.file || last.line !== source.line) sources.push(source);
    }
    cases.push({
      key,
      summary: kept.summary,
      truncated: complete === undefined,
      sources,
      fields: mergeFields(group),
    });
  }
  return cases.sort((a, b) => compareSources(a.sources[0]!, b.sources[0]!));
}
