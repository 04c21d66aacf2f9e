import { decodePostings } from './build-postings.js';
import type { SearchIndexData, TransferredSearchIndexData } from './build-search-index.js';
import { createWordExpander } from './create-word-expander.js';
import { planQuery } from './plan-query.js';
import { coverage, matchedWords } from './query-word-masks.js';
import { type MatchedEntries, rankedMatches, type SearchHit, type SearchMatches } from './ranked-matches.js';
import { createWorkMeter, type SearchLimits, type SearchWork } from './search-work.js';
import { buildSynonymTable } from './synonym-table.js';
import { createWordFamilies } from './word-families.js';

export interface SearchIndex {
  /** Matching cases, best first: lunr's score weighted by how much of the query each answers. */
  search(text: string): SearchHit[];
  /**
   * What a search matched, counted in full and ranked only as far as it is read ({@link SearchMatches}):
   * the same hits, in the same order, as `search`.
   */
  match(text: string): SearchMatches;
  /** The id of every document the index can find: a caller checks once that each is a case. */
  readonly refs?: readonly string[];
}

/**
 * What typo tolerance may spend on one search; see {@link SearchLimits}. Measured on SCOWL's
 * 33,370 English words as the vocabulary (more than the built-in knowledge's 668, or the
 * 14,578 of 10,000 synthetic cases), a one- or two-letter typo visits 5,000 nodes on average
 * and at most 9,300, random letters at most 8,900: a word may spend twice the worst of those,
 * a query five such worst cases (50 unknown words spend it in about 15 ms). The clock is the
 * backstop for a cold or overloaded process, well inside Slack's and Discord's 3 seconds.
 */
export const DEFAULT_SEARCH_LIMITS: SearchLimits = {
  visitsPerWord: 20_000,
  visitsPerQuery: 50_000,
  timeBudgetMs: 100,
};

export interface SearchIndexOptions {
  limits?: Partial<SearchLimits>;
  /** Monotonic milliseconds for the time budget; `performance.now` unless a test injects one. */
  clock?: () => number;
  /** Told what each search spent on guesses (tests, metrics). */
  onSearch?: (work: SearchWork, text: string) => void;
}

const NO_ENTRIES: MatchedEntries = {
  docs: new Uint32Array(0),
  scores: new Float64Array(0),
  hitOf: () => {
    throw new RangeError('no match');
  },
};

/** Whether `doc` is among `docs[from…to - 1]`, which ascend (a document may repeat). */
function hasPosting(docs: Uint32Array, from: number, to: number, doc: number): boolean {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (docs[middle]! < doc) low = middle + 1;
    else high = middle;
  }
  return low < to && docs[low] === doc;
}

/** How many documents contain each term (a document may appear twice in a term's postings). */
function countDocuments(offsets: Uint32Array, docs: Uint32Array, documentCount: number): Uint32Array {
  const counts = new Uint32Array(offsets.length - 1);
  const lastTerm = new Int32Array(documentCount).fill(-1);
  for (let term = 0; term < counts.length; term++) {
    for (let p = offsets[term]!, end = offsets[term + 1]!; p < end; p++) {
      if (lastTerm[docs[p]!] !== term) counts[term]!++;
      lastTerm[docs[p]!] = term;
    }
  }
  return counts;
}

/**
 * The search over a built index. A case's score is lunr's (`Index.query` with one boosted term
 * clause per stem, computed over typed-array postings instead of lunr's objects) times the
 * square of its coverage: the share of the query's words it answers, each word weighed by its
 * rarity. lunr adds up per-term scores, so one common word in a short title would otherwise
 * outrank a case that answers the whole question, or its rare word. Weighing happens here, in
 * one pass over the matches; ranking waits until an answer reads a rank ({@link SearchMatches}),
 * so a common word over a large knowledge base costs a partial sort of its best, not a full one.
 */
export function createSearchIndex(
  data: SearchIndexData | TransferredSearchIndexData,
  options: SearchIndexOptions = {},
): SearchIndex {
  const { refs, termIds, offsets, docs, weights } = decodePostings(data);
  const limits = { ...DEFAULT_SEARCH_LIMITS, ...options.limits };
  const clock = options.clock ?? (() => performance.now());
  const frequencies = countDocuments(offsets, docs, refs.length);
  const context = {
    termIds,
    documentFrequency: (term: number) => frequencies[term]!,
    documentCount: refs.length,
    expand: createWordExpander(data.vocabulary),
    synonyms: buildSynonymTable(data.synonyms ?? []),
    family: createWordFamilies(data.derived ?? [], (stem: string) => termIds.has(stem)),
  };
  // Scratch space reused by every query (search is synchronous), so a query allocates
  // nothing proportional to the knowledge size; only the documents it touches are reset.
  const scores = new Float64Array(refs.length);
  const touched = new Uint32Array(refs.length);
  let masks = new Uint32Array(refs.length);

  const index: SearchIndex = {
    refs,
    search(text) {
      const found = index.match(text);
      return Array.from({ length: found.total }, (_, i) => found.at(i));
    },
    match(text) {
      const meter = createWorkMeter(limits, clock);
      const { tokens, terms, weights: wordWeights } = planQuery(text, context, meter);
      options.onSearch?.(meter.work, text);
      if (terms.size === 0) return rankedMatches(NO_ENTRIES);
      // Which query words a document answers, one bit per word, `stride` 32-bit words per document.
      const stride = Math.ceil(tokens.length / 32);
      if (masks.length < refs.length * stride) masks = new Uint32Array(refs.length * stride);
      let length = 0;
      for (const { boost } of terms.values()) length += boost * boost;
      length = Math.sqrt(length);
      let count = 0;
      const termBits: { term: number; bits: Uint32Array }[] = [];
      for (const [term, { boost, covers }] of terms) {
        const factor = boost / length;
        const bits = new Uint32Array(stride);
        for (const t of covers) bits[t >>> 5]! |= 1 << (t & 31);
        termBits.push({ term, bits });
        const end = offsets[term + 1]!;
        if (stride === 1) {
          // Queries of up to 32 words (all but hostile ones): one mask word per document.
          const bit = bits[0]!;
          for (let p = offsets[term]!; p < end; p++) {
            const doc = docs[p]!;
            if (masks[doc] === 0) touched[count++] = doc;
            scores[doc]! += factor * weights[p]!;
            masks[doc]! |= bit;
          }
          continue;
        }
        for (let p = offsets[term]!; p < end; p++) {
          const doc = docs[p]!;
          const at = doc * stride;
          let seen = false;
          for (let w = 0; w < stride; w++) seen ||= masks[at + w] !== 0;
          if (!seen) touched[count++] = doc;
          scores[doc]! += factor * weights[p]!;
          for (let w = 0; w < stride; w++) masks[at + w]! |= bits[w]!;
        }
      }
      const total = wordWeights.reduce((sum, weight) => sum + weight, 0);
      const order = touched.subarray(0, count);
      if (tokens.length > 1) {
        for (const doc of order) {
          const share = coverage(wordWeights, total, masks, doc * stride, stride);
          scores[doc]! *= share * share;
        }
      }
      // Each match's score is copied out of the scratch space, which the next search reuses.
      // Which words a match answers is read back from the postings when its hit is built (a
      // page of them), not copied for every match: typed arrays live outside V8's heap, and
      // their garbage (4 bytes a match here, ~16 KB for a common word at 10k cases) is what
      // starts V8's full collections, the slowest answers' pauses.
      const entryDocs = order.slice();
      const entryScores = new Float64Array(count);
      for (let e = 0; e < count; e++) {
        const doc = entryDocs[e]!;
        entryScores[e] = scores[doc]!;
        scores[doc] = 0;
        for (let w = 0; w < stride; w++) masks[doc * stride + w] = 0;
      }
      const maskOf = (doc: number) => {
        const mask = new Uint32Array(stride);
        for (const { term, bits } of termBits) {
          if (!hasPosting(docs, offsets[term]!, offsets[term + 1]!, doc)) continue;
          for (let w = 0; w < stride; w++) mask[w]! |= bits[w]!;
        }
        return mask;
      };
      // Thousands of hits of a common word match the same few sets of words: one list per set
      // (for queries of up to 32 words, keyed by their bits) keeps a query's garbage small.
      const lists = new Map<number, string[]>();
      const matchedOf = (doc: number) => {
        const mask = maskOf(doc);
        if (stride > 1) return matchedWords(tokens, mask, 0, stride);
        let matched = lists.get(mask[0]!);
        if (matched === undefined) {
          matched = matchedWords(tokens, mask, 0, 1);
          lists.set(mask[0]!, matched);
        }
        return matched;
      };
      return rankedMatches({
        docs: entryDocs,
        scores: entryScores,
        hitOf: (e) => ({
          id: refs[entryDocs[e]!]!,
          score: entryScores[e]!,
          doc: entryDocs[e]!,
          matched: matchedOf(entryDocs[e]!),
        }),
      });
    },
  };
  return index;
}
