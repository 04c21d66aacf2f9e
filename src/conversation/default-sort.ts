import type { Filters, Sort } from '../intents/intent.js';

/** Best match first when there is something to match; otherwise what is newest. */
export function defaultSort(query: string, filters: Filters): Sort {
  return query !== '' || filters.topic !== undefined || filters.topics !== undefined ? 'relevance' : 'newest';
}
