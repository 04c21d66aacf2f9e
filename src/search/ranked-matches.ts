import { rankDocuments } from './rank-documents.js';

/**
 * A case that matched: its id, its score, and the user's words that matched it (a list hits
 * matching the same words of one query share: read it, never change it).
 */
export interface SearchHit {
  id: string;
  score: number;
  matched: string[];
  /** The case's number in the index (the order its cases were indexed in), to count by number. */
  doc?: number;
}

/**
 * What one search matched, ranked only as far as it is read: every matched document is counted
 * and listed (counts and menus need all of them), but an answer shows a page of five, so only
 * the top of the list is put in order until a later page is asked for.
 */
export interface SearchMatches {
  /** How many documents matched. */
  readonly total: number;
  /** Every matched document's number, in no particular order; read it, never change it. */
  readonly docs: Uint32Array;
  /** The hit ranked `i` (0-based, below `total`): by score, best first, then by document number. */
  at(i: number): SearchHit;
  /** The matches whose document `keep` marks with 1, ranked the same way: a filter of the list. */
  within(keep: Uint8Array): SearchMatches;
}

/** Ranks ordered at first: a page, its next pages and a menu's look at the top, without sorting every match. */
export const TOP_RANKED = 64;

/** One search's figures, indexed by the order the postings met each document (its "entry"). */
export interface MatchedEntries {
  docs: Uint32Array;
  scores: Float64Array;
  /** Builds entry `e`'s hit; called at most once per entry. */
  hitOf(entry: number): SearchHit;
}

/** Whether entry `a` ranks before entry `b`: a higher score, then a lower document number. */
function before(m: MatchedEntries, a: number, b: number): boolean {
  const sa = m.scores[a]!;
  const sb = m.scores[b]!;
  return sa > sb || (sa === sb && m.docs[a]! < m.docs[b]!);
}

/** The best `k` of `entries` in rank order: a bounded heap whose root is the worst kept. */
function topEntries(m: MatchedEntries, entries: Uint32Array, k: number): Uint32Array {
  const heap = new Uint32Array(k);
  let size = 0;
  const down = (from: number) => {
    let at = from;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= size) return;
      const right = left + 1;
      // The child that ranks later (the worse) rises: the root stays the worst of the heap.
      const worse = right < size && before(m, heap[left]!, heap[right]!) ? right : left;
      if (!before(m, heap[at]!, heap[worse]!)) return;
      [heap[at], heap[worse]] = [heap[worse]!, heap[at]!];
      at = worse;
    }
  };
  for (const entry of entries) {
    if (size < k) {
      let at = size++;
      heap[at] = entry;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!before(m, heap[parent]!, heap[at]!)) break;
        [heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
        at = parent;
      }
    } else if (before(m, entry, heap[0]!)) {
      heap[0] = entry;
      down(0);
    }
  }
  return heap.subarray(0, size).sort((a, b) => (before(m, a, b) ? -1 : before(m, b, a) ? 1 : 0));
}

/** Every entry of `entries` in rank order, by the index's sort of document numbers. */
function allEntries(m: MatchedEntries, entries: Uint32Array): Uint32Array {
  const count = entries.length;
  if (count === 0) return new Uint32Array(0);
  let maxDoc = 0;
  for (const e of entries) maxDoc = Math.max(maxDoc, m.docs[e]!);
  const scoreOf = new Float64Array(maxDoc + 1);
  const entryOf = new Uint32Array(maxDoc + 1);
  const docs = new Uint32Array(count);
  entries.forEach((e, i) => {
    docs[i] = m.docs[e]!;
    scoreOf[m.docs[e]!] = m.scores[e]!;
    entryOf[m.docs[e]!] = e;
  });
  rankDocuments(docs, scoreOf, new Float64Array(count));
  return docs.map((doc) => entryOf[doc]!);
}

/** The matches of `entries` (all of a search's, or those a filter kept), ranked when read. */
export function rankedMatches(
  m: MatchedEntries,
  entries: Uint32Array,
  hits: (SearchHit | undefined)[] = [],
): SearchMatches {
  let ranked: Uint32Array = new Uint32Array(0);
  let docs: Uint32Array | undefined;
  return {
    total: entries.length,
    get docs() {
      // All of a search's entries are its documents, in the order met: no copy.
      docs ??= entries.length === m.docs.length ? m.docs : entries.map((e) => m.docs[e]!);
      return docs;
    },
    at(i) {
      if (i >= ranked.length) {
        ranked =
          i < TOP_RANKED && entries.length > TOP_RANKED
            ? topEntries(m, entries, TOP_RANKED)
            : allEntries(m, entries);
      }
      const entry = ranked[i];
      if (entry === undefined) throw new RangeError(`no match ranked ${i} of ${entries.length}`);
      let hit = hits[entry];
      if (hit === undefined) {
        hit = m.hitOf(entry);
        hits[entry] = hit;
      }
      return hit;
    },
    within(keep) {
      return rankedMatches(
        m,
        entries.filter((e) => keep[m.docs[e]!] === 1),
        hits,
      );
    },
  };
}
