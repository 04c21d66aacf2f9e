import type { SearchHit } from './search-index.js';

/**
 * lunr adds up per-term scores, so one query word in a short title can outrank a case that
 * matches every word in its summary. Weighting by the share of query words matched (squared)
 * puts cases that answer the whole question first.
 */
export function rankByCoverage(hits: readonly SearchHit[], queryWords: number): SearchHit[] {
  if (queryWords <= 1) return [...hits];
  return hits
    .map((hit, order) => {
      const coverage = Math.min(1, hit.matched.length / queryWords);
      return { hit: { ...hit, score: hit.score * coverage * coverage }, order };
    })
    .sort((a, b) => b.hit.score - a.hit.score || a.order - b.order)
    .map(({ hit }) => hit);
}
