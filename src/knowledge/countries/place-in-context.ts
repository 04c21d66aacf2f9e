import { isCommonWord } from './common-words.js';
import { type PlaceCandidate, placeTable } from './place-table.js';

/** What the words around a name say it is: a municipality, a region, or a government of either. */
export type PlaceContextKind = 'city' | 'region' | 'any';

/**
 * Once the text says a name is a municipality or a region, the largest place of that kind under
 * the name is meant when it is at least this many times larger than any namesake in another
 * country ("Barcelona City Council" is Spain's, not Venezuela's at a tenth of its size), where a
 * bare name needs fifty times. Namesakes of similar size stay ambiguous: "City of Victoria",
 * "Lincoln City Council", "Ayuntamiento de Valencia".
 */
export const CONTEXT_RIVAL_RATIO = 5;

function matchesKind(candidate: PlaceCandidate, kind: PlaceContextKind): boolean {
  return kind === 'any' || candidate.kind === kind;
}

/** The country of the one place of this kind that a name in context means, or undefined. */
export function placeInContext(key: string, kind: PlaceContextKind): string | undefined {
  // "City of Light", "State of Play": everyday words are not made places by a context.
  if (!key.includes(' ') && isCommonWord(key, 35)) return undefined;
  const best = new Map<string, number>();
  for (const candidate of placeTable().contextual.get(key) ?? []) {
    if (!matchesKind(candidate, kind)) continue;
    best.set(candidate.code, Math.max(best.get(candidate.code) ?? 0, candidate.score));
  }
  const ranked = [...best].sort((a, b) => b[1] - a[1]);
  const [top, rival] = ranked;
  if (top === undefined) return undefined;
  if (rival !== undefined && rival[1] * CONTEXT_RIVAL_RATIO > top[1]) return undefined;
  return top[0];
}
