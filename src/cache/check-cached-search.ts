import type { Case } from '../knowledge/case.js';
import type { SearchIndexData } from '../search/build-search-index.js';

/**
 * What is wrong with cached search data that has the right types but does not fit the cached
 * cases (a ref that is no case, a vocabulary word without postings), or undefined. The postings
 * themselves are checked as they are decoded, when the index is built from them.
 */
export function checkCachedSearch(search: SearchIndexData, cases: readonly Case[]): string | undefined {
  const ids = new Set(cases.map((c) => c.id));
  const unknown = search.refs.find((ref) => !ids.has(ref));
  if (unknown !== undefined) return `search postings name a case that is not cached (${unknown})`;
  const terms = new Set(search.terms);
  const stray = search.vocabulary.find(([, stem]) => !terms.has(stem));
  if (stray) return `search vocabulary word "${stray[0]}" has no postings`;
  return undefined;
}
