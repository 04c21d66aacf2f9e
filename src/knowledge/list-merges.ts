import type { KnowledgeMerge } from './case.js';
import type { MergedCase } from './merge-cases.js';
import { compareStrings } from './sorted-keys.js';

/** Every merge, then every summary kept apart as several cases, in source order. */
export function listMerges(
  merged: readonly MergedCase[],
  ids: ReadonlyMap<string, string>,
): KnowledgeMerge[] {
  const merges: KnowledgeMerge[] = [];
  const apart = new Map<string, MergedCase[]>();
  for (const m of merged) {
    if (m.mergedBecause !== undefined) {
      merges.push({ type: 'merged', id: ids.get(m.key)!, sources: m.sources, reason: m.mergedBecause });
    }
    if (m.keptApartBecause !== undefined) apart.set(m.summaryKey, [...(apart.get(m.summaryKey) ?? []), m]);
  }
  for (const group of apart.values()) {
    merges.push({
      type: 'kept-apart',
      ids: group.map((m) => ids.get(m.key)!),
      sources: group
        .flatMap((m) => m.sources)
        .sort((a, b) => compareStrings(a.file, b.file) || a.line - b.line),
      reason: group[0]!.keptApartBecause!,
    });
  }
  return merges;
}
