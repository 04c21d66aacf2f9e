import type { Case } from '../knowledge/case.js';

/** What a channel has received: for each case, the rank of its latest post (higher = later). */
export type ChannelHistory = ReadonlyMap<string, number>;

export interface CaseSelectionInput {
  /** Every case matching the subscription's filters, most relevant first. */
  candidates: readonly Case[];
  count: number;
  history: ChannelHistory;
  /** When each case was first seen in the knowledge (ms since epoch). */
  firstSeen: ReadonlyMap<string, number>;
  /** When this channel's last digest was posted (ms); undefined before its first one. */
  lastDigestAt?: number;
}

export interface CaseSelection {
  newCases: Case[];
  cases: Case[];
}

/**
 * Picks the cases of the next digest: first those added to the knowledge since the channel's
 * last digest ("New"), then the ones the channel never received, most relevant first, and only
 * when every matching case has been sent, the ones sent longest ago. Least-recently-sent order
 * is what makes the rotation cover every case before repeating one, even when the number of
 * cases is not a multiple of the count.
 */
export function selectCases(input: CaseSelectionInput): CaseSelection {
  const { candidates, history, firstSeen, lastDigestAt } = input;
  const isNew = (item: Case) =>
    lastDigestAt !== undefined && !history.has(item.id) && (firstSeen.get(item.id) ?? 0) > lastDigestAt;
  const fresh = candidates.filter(isNew);
  const unsent = candidates.filter((item) => !history.has(item.id) && !isNew(item));
  const sent = candidates
    .map((item, relevance) => ({ item, relevance, rank: history.get(item.id) }))
    .filter((entry): entry is { item: Case; relevance: number; rank: number } => entry.rank !== undefined)
    .sort((a, b) => a.rank - b.rank || a.relevance - b.relevance)
    .map((entry) => entry.item);
  const picked = [...fresh, ...unsent, ...sent].slice(0, input.count);
  const freshIds = new Set(fresh.map((item) => item.id));
  return {
    newCases: picked.filter((item) => freshIds.has(item.id)),
    cases: picked.filter((item) => !freshIds.has(item.id)),
  };
}
