import type { CaseSource } from './case.js';
import type { CaseInput } from './case-input.js';
import type { StructuredFields } from './repair/repair-record.js';
import { compareStrings, keysWithPrefix } from './sorted-keys.js';
import { mergeReason, splitConflicts, splitReason } from './split-conflicts.js';
import { summaryKey } from './summary-key.js';

export type { StructuredFields };

/** Every copy of one case, merged: the text to show, all sources, the structured values. */
export interface MergedCase {
  /**
   * What the id is derived from: the `summaryKey` of the kept summary when it names one case;
   * when records with that summary are distinct cases, the key and what tells this case apart.
   */
  key: string;
  /** `summaryKey` of the kept summary. */
  summaryKey: string;
  summary: string;
  truncated: boolean;
  sources: CaseSource[];
  fields: StructuredFields;
  /** Why several records became this case ("same title and summary"); absent for one record. */
  mergedBecause?: string;
  /** Why this summary's records are several cases ("same summary, different titles"). */
  keptApartBecause?: string;
}

/**
 * A cut-off summary shorter than this (normalised) is not matched by prefix: "The city of…" would
 * be the start of too many cases.
 */
export const MIN_PREFIX_MATCH = 40;

function compareSources(a: CaseSource, b: CaseSource): number {
  return compareStrings(a.file, b.file) || a.line - b.line;
}

function compareInputs(a: CaseInput, b: CaseInput): number {
  return compareSources(a.source, b.source);
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

/** Groups inputs by summary key, a cut-off copy joining the one longer text it is the start of. */
function groupBySummary(inputs: readonly CaseInput[]): Map<string, CaseInput[]> {
  const groups = new Map<string, CaseInput[]>();
  for (const input of inputs) {
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
  return merged;
}

function toCase(key: string, group: CaseInput[], groupKey: string): MergedCase {
  group.sort(compareInputs);
  const complete = group.find((input) => !input.truncated);
  const kept = complete ?? group.find((input) => summaryKey(input.summary) === groupKey) ?? group[0]!;
  const sources: CaseSource[] = [];
  for (const { source } of group) {
    const last = sources.at(-1);
    if (last?.file !== source.file || last.line !== source.line) sources.push(source);
  }
  const result: MergedCase = {
    key,
    summaryKey: groupKey,
    summary: kept.summary,
    truncated: complete === undefined,
    sources,
    fields: mergeFields(group),
  };
  if (sources.length > 1) {
    result.mergedBecause = mergeReason(group, new Set(group.map((input) => summaryKey(input.summary))));
  }
  return result;
}

/**
 * Merges copies of the same case. Copies share a summary: equal `summaryKey`s, or a cut-off
 * copy's key that is a prefix of exactly one longer text (all longer matches are prefixes of the
 * longest). Records of one summary that disagree on title, countries or year are distinct cases
 * (see `splitConflicts`), each keyed by the summary and what tells it apart. The complete text is
 * kept; among equals the first source in (file, line) order wins, and so does each structured
 * field. Cases come out in the order of their first source.
 */
export function mergeCases(inputs: readonly CaseInput[]): MergedCase[] {
  const cases: MergedCase[] = [];
  for (const [groupKey, group] of groupBySummary(inputs)) {
    const clusters = splitConflicts(group, compareInputs);
    if (clusters.length === 1) {
      cases.push(toCase(groupKey, group, groupKey));
      continue;
    }
    const apart = splitReason(clusters);
    for (const cluster of clusters) {
      const merged = toCase(`${groupKey}\u0000${cluster.signature}`, cluster.inputs, groupKey);
      merged.keptApartBecause = apart;
      cases.push(merged);
    }
  }
  return cases.sort((a, b) => compareSources(a.sources[0]!, b.sources[0]!));
}
