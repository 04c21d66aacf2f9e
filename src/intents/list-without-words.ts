import type { Case } from '../knowledge/case.js';
import { casesInOrder, type RankedCase, type RankedCases } from '../replies/build-results-reply.js';
import type { BotDeps } from './bot-deps.js';
import type { Sort } from './intent.js';
import type { SearchResult } from './search-result.js';

/** Each sorted list's cases as positions, found once per list (an id lookup per case, per list). */
const positionsByList = new WeakMap<readonly Case[], Uint32Array>();

function positionsOf(deps: Pick<BotDeps, 'facets'>, list: readonly Case[]): Uint32Array {
  let positions = positionsByList.get(list);
  if (positions === undefined) {
    positions = Uint32Array.from(list, (c) => deps.facets.positionOf.get(c.id)!);
    positionsByList.set(list, positions);
  }
  return positions;
}

/**
 * Every case (or those `mask` marks with 1), newest or oldest first: every case by year is
 * sorted once, when the bot is made, and kept here by position.
 */
export function listWithoutWords(
  deps: Pick<BotDeps, 'facets' | 'cases' | 'newest' | 'oldest'>,
  mask: Uint8Array | undefined,
  sort: Sort,
  skip?: Uint8Array,
): RankedCases {
  const all = sort === 'oldest' ? deps.oldest : deps.newest;
  if (!mask) return casesInOrder(all);
  const kept: Case[] = [];
  for (const position of positionsOf(deps, all))
    if (mask[position] === 1 && skip?.[position] !== 1) kept.push(deps.cases[position]!);
  return casesInOrder(kept);
}

/**
 * A list of a topic's cases with no words: exactly the cases the filters (the topic among them)
 * keep, as `mask` marks them. By relevance, the cases whose text names the topic come first,
 * ranked by a search of its name as a search for it would rank them (a topic's own list reads
 * best with the cases about it on top); the cases only tagged with it (a collection's own tag,
 * or a topic inferred from other words) follow, newest first.
 */
export function listTopic(
  deps: Pick<BotDeps, 'facets' | 'cases' | 'newest' | 'oldest' | 'search'>,
  topic: string,
  mask: Uint8Array,
  sort: Sort,
): RankedCases | SearchResult {
  if (sort !== 'relevance') return listWithoutWords(deps, mask, sort);
  const found = deps.search(topic).within(mask);
  let tagged = 0;
  for (let i = 0; i < mask.length; i++) tagged += mask[i]!;
  if (found.total === tagged) return found;
  const named = new Uint8Array(mask.length);
  for (const position of found.positions()) named[position] = 1;
  const rest = listWithoutWords(deps, mask, 'newest', named);
  const at = (i: number): RankedCase => (i < found.total ? found.at(i) : rest.at(i - found.total));
  return {
    total: tagged,
    at,
    cases: () => [...found.cases(), ...rest.cases()],
  };
}
