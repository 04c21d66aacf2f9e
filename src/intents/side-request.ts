import { TAXONOMY } from '../knowledge/taxonomy.js';
import type { Filters } from './intent.js';

const LABELS = new Set(TAXONOMY.map((t) => t.label));

/** What one side of a count of sides asks: a topic by its filter, other words by their search. */
export function sideRequest(side: string, filters: Filters): { query: string; filters: Filters } {
  if (!LABELS.has(side)) return { query: side, filters };
  const { topics: _topics, ...rest } = filters;
  return { query: '', filters: { ...rest, topic: side } };
}

/** Whether a side of a count of sides is a topic, counted by its filter. */
export function isTopicSide(side: string): boolean {
  return LABELS.has(side);
}
