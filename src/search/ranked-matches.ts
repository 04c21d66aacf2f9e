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
  /**
   * The same matches ordered by `rankOfDoc` (lowest first; indexed by document number), then
   * as ranked here: "newest first" over a search, without putting every match in order to show
   * a page of it.
   */
  orderedBy(rankOfDoc: Uint32Array): SearchMatches;
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

/**
 * Whether entry `a` ranks before entry `b`: a lower `first` rank of its document when there is
 * one, then a higher score, then a lower document number.
 */
function before(m: MatchedEntries, a: number, b: number, first?: Uint32Array): boolean {
  if (first !== undefined) {
    const fa = first[m.docs[a]!]!;
    const fb = first[m.docs[b]!]!;
    if (fa !== fb) return fa < fb;
  }
  const sa = m.scores[a]!;
  const sb = m.scores[b]!;
  return sa > sb || (sa === sb && m.docs[a]! < m.docs[b]!);
}

/**
 * Which of a search's entries a list holds: some, in this order, or (`undefined`) every entry in
 * the order met, which needs no list of its own.
 */
type Entries = Uint32Array | undefined;

function entryCount(m: MatchedEntries, entries: Entries): number {
  return entries === undefined ? m.docs.length : entries.length;
}

/** The best `k` of `entries` in rank order: a bounded heap whose root is the worst kept. */
function topEntries(m: MatchedEntries, entries: Entries, k: number, first?: Uint32Array): Uint32Array {
  const heap = new Uint32Array(k);
  let size = 0;
  const down = (from: number) => {
    let at = from;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= size) return;
      const right = left + 1;
      // The child that ranks later (the worse) rises: the root stays the worst of the heap.
      const worse = right < size && before(m, heap[left]!, heap[right]!, first) ? right : left;
      if (!before(m, heap[at]!, heap[worse]!, first)) return;
      [heap[at], heap[worse]] = [heap[worse]!, heap[at]!];
      at = worse;
    }
  };
  for (let i = 0, count = entryCount(m, entries); i < count; i++) {
    const entry = entries === undefined ? i : entries[i]!;
    if (size < k) {
      let at = size++;
      heap[at] = entry;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!before(m, heap[parent]!, heap[at]!, first)) break;
        [heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
        at = parent;
      }
    } else if (before(m, entry, heap[0]!, first)) {
      heap[0] = entry;
      down(0);
    }
  }
  return heap
    .subarray(0, size)
    .sort((a, b) => (before(m, a, b, first) ? -1 : before(m, b, a, first) ? 1 : 0));
}

/**
 * Every entry of `entries` in rank order: a few by comparison, many by the index's sort of
 * document numbers (whose tables are as long as the highest document number: worth it only
 * for a long list).
 */
function allEntries(m: MatchedEntries, entries: Entries): Uint32Array {
  const count = entryCount(m, entries);
  if (count <= TOP_RANKED) return topEntries(m, entries, count);
  const entryAt = (i: number) => (entries === undefined ? i : entries[i]!);
  let maxDoc = 0;
  for (let i = 0; i < count; i++) maxDoc = Math.max(maxDoc, m.docs[entryAt(i)]!);
  const scoreOf = new Float64Array(maxDoc + 1);
  const entryOf = new Uint32Array(maxDoc + 1);
  const docs = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    const e = entryAt(i);
    docs[i] = m.docs[e]!;
    scoreOf[m.docs[e]!] = m.scores[e]!;
    entryOf[m.docs[e]!] = e;
  }
  rankDocuments(docs, scoreOf, new Float64Array(count));
  return docs.map((doc) => entryOf[doc]!);
}

/**
 * Entries already in rank order, put in `first` order with ties kept in theirs: numbers sorted
 * (rank × count + place), not a comparison called for every pair.
 */
function reorder(m: MatchedEntries, ranked: Uint32Array, first: Uint32Array): Uint32Array {
  const count = ranked.length;
  const keys = new Float64Array(count);
  for (let i = 0; i < count; i++) keys[i] = first[m.docs[ranked[i]!]!]! * count + i;
  keys.sort();
  return Uint32Array.from(keys, (key) => ranked[key % count]!);
}

/**
 * The entries whose document `keep` marks with 1, in their order: counted, then copied into an
 * array of that size. `filter` with a callback collected them in a growing list first, the most
 * an answer with a filter allocated (~100 KB for a common word's 4,000 matches at 10k cases).
 */
function keptEntries(m: MatchedEntries, entries: Entries, keep: Uint8Array): Uint32Array {
  const entryAt = (i: number) => (entries === undefined ? i : entries[i]!);
  const total = entryCount(m, entries);
  let count = 0;
  for (let i = 0; i < total; i++) count += keep[m.docs[entryAt(i)]!] === 1 ? 1 : 0;
  const kept = new Uint32Array(count);
  for (let i = 0, k = 0; k < count; i++) if (keep[m.docs[entryAt(i)]!] === 1) kept[k++] = entryAt(i);
  return kept;
}

/**
 * The matches of `entries` (by default all of a search's, else those a filter kept), ranked
 * when read.
 */
export function rankedMatches(
  m: MatchedEntries,
  entries?: Uint32Array,
  hits: (SearchHit | undefined)[] = [],
  first?: Uint32Array,
): SearchMatches {
  let ranked: Uint32Array = new Uint32Array(0);
  let docs: Uint32Array | undefined;
  const total = entryCount(m, entries);
  return {
    total,
    get docs() {
      // All of a search's entries are its documents, in the order met: no copy.
      docs ??= entries === undefined || total === m.docs.length ? m.docs : entries.map((e) => m.docs[e]!);
      return docs;
    },
    at(i) {
      if (i >= ranked.length) {
        if (i < TOP_RANKED && total > TOP_RANKED) ranked = topEntries(m, entries, TOP_RANKED, first);
        else ranked = first ? reorder(m, allEntries(m, entries), first) : allEntries(m, entries);
      }
      const entry = ranked[i];
      if (entry === undefined) throw new RangeError(`no match ranked ${i} of ${total}`);
      let hit = hits[entry];
      if (hit === undefined) {
        hit = m.hitOf(entry);
        hits[entry] = hit;
      }
      return hit;
    },
    within(keep) {
      return rankedMatches(m, keptEntries(m, entries, keep), hits, first);
    },
    orderedBy(rankOfDoc) {
      return rankedMatches(m, entries, hits, rankOfDoc);
    },
  };
}
