import type { Case } from '../knowledge/case.js';
import { casesInOrder, type RankedCases } from '../replies/build-results-reply.js';
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

/** Cases listed as positions in the bot's cases: counting them (menus) reads the positions, no id. */
export interface ListedPositions extends RankedCases {
  /** The listed cases' positions, in no particular order. */
  positions(): Uint32Array;
}

function listedPositions(cases: readonly Case[], positions: Uint32Array): ListedPositions {
  let listed: readonly Case[] | undefined;
  return {
    total: positions.length,
    at: (i) => ({ case: cases[positions[i]!]! }),
    cases: () => {
      listed ??= Array.from(positions, (position) => cases[position]!);
      return listed;
    },
    positions: () => positions,
  };
}

/** The cases `mask` marks with 1 and `skip` does not, in the order of `all` (every case, sorted). */
function maskedList(
  deps: Pick<BotDeps, 'facets' | 'cases'>,
  all: readonly Case[],
  mask: Uint8Array,
  skip?: Uint8Array,
): ListedPositions {
  const order = positionsOf(deps, all);
  const listed = (position: number) => mask[position] === 1 && skip?.[position] !== 1;
  let count = 0;
  for (const position of order) if (listed(position)) count++;
  const kept = new Uint32Array(count);
  for (let i = 0, k = 0; k < count; i++) if (listed(order[i]!)) kept[k++] = order[i]!;
  return listedPositions(deps.cases, kept);
}

/**
 * Every case (or those `mask` marks with 1), newest or oldest first: every case by year is
 * sorted once, when the bot is made, and kept here by position.
 */
export function listWithoutWords(
  deps: Pick<BotDeps, 'facets' | 'cases' | 'newest' | 'oldest' | 'byTitle'>,
  mask: Uint8Array | undefined,
  sort: Sort,
): RankedCases | ListedPositions {
  const all = sort === 'oldest' ? deps.oldest : sort === 'title' ? deps.byTitle().cases : deps.newest;
  return mask ? maskedList(deps, all, mask) : casesInOrder(all);
}

/**
 * A list of a topic's cases with no words: exactly the cases the filters (the topic among them)
 * keep, as `mask` marks them. By relevance, the cases whose text names the topic come first,
 * ranked by a search of its name as a search for it would rank them (a topic's own list reads
 * best with the cases about it on top); the cases only tagged with it (a collection's own tag,
 * or a topic inferred from other words) follow, newest first.
 */
export function listTopic(
  deps: Pick<BotDeps, 'facets' | 'cases' | 'newest' | 'oldest' | 'byTitle' | 'search'>,
  topic: string,
  mask: Uint8Array,
  sort: Sort,
): RankedCases | ListedPositions | SearchResult {
  if (sort !== 'relevance') return listWithoutWords(deps, mask, sort);
  const found = deps.search(topic).within(mask);
  let tagged = 0;
  for (let i = 0; i < mask.length; i++) tagged += mask[i]!;
  if (found.total === tagged) return found;
  const named = new Uint8Array(mask.length);
  for (const position of found.positions()) named[position] = 1;
  const rest = maskedList(deps, deps.newest, mask, named);
  let positions: Uint32Array | undefined;
  return {
    total: tagged,
    at: (i) => (i < found.total ? found.at(i) : rest.at(i - found.total)),
    cases: () => [...found.cases(), ...rest.cases()],
    positions: () => {
      if (positions === undefined) {
        positions = new Uint32Array(tagged);
        positions.set(found.positions());
        positions.set(rest.positions(), found.total);
      }
      return positions;
    },
  };
}
