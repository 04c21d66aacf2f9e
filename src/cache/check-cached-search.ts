import type { Case } from '../knowledge/case.js';
import { decodePostings } from '../search/build-postings.js';
import type { SearchIndexData } from '../search/build-search-index.js';

/**
 * What is wrong with cached search data that has the right types but does not fit the cached
 * cases (a ref that is no case, a vocabulary word without postings) or postings whose parts do
 * not fit together, or undefined. Checked where the cache is read, so that whoever builds the
 * index from it (a bot, or a reload's worker handing it over) gets data that decodes.
 */
export function checkCachedSearch(search: SearchIndexData, cases: readonly Case[]): string | undefined {
  const ids = new Set(cases.map((c) => c.id));
  const unknown = search.refs.find((ref) => !ids.has(ref));
  if (unknown !== undefined) return `search postings name a case that is not cached (${unknown})`;
  const terms = new Set(search.terms);
  const stray = search.vocabulary.find(([, stem]) => !terms.has(stem));
  if (stray) return `search vocabulary word "${stray[0]}" has no postings`;
  try {
    decodePostings(search);
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
  return undefined;
}
