import { rankDocuments } from './rank-documents.js';
import type { SearchHit } from './search-index.js';

/**
 * lunr adds up per-term scores, so one query word in a short title can outrank a case that
 * matches every word in its summary. Weighting by the share of query words matched (squared)
 * puts cases that answer the whole question first. Ties keep the order they came in.
 */
export function rankByCoverage(hits: readonly SearchHit[], queryWords: number): SearchHit[] {
  if (queryWords <= 1) return [...hits];
  // Sorted as numbers (rankDocuments), not as objects with a comparator: a common word in a
  // large knowledge base matches every case, and this ran for every one of them.
  const scores = new Float64Array(hits.length);
  hits.forEach((hit, i) => {
    const coverage = Math.min(1, hit.matched.length / queryWords);
    scores[i] = hit.score * coverage * coverage;
  });
  const order = Uint32Array.from(hits.keys());
  rankDocuments(order, scores, new Float64Array(hits.length));
  return Array.from(order, (i) => ({ ...hits[i]!, score: scores[i]! }));
}
