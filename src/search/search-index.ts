import { decodePostings } from './build-postings.js';
import type { SearchIndexData } from './build-search-index.js';
import { createWordExpander } from './create-word-expander.js';
import { rankDocuments } from './rank-documents.js';
import { createWorkMeter, type SearchLimits, type SearchWork, type WorkMeter } from './search-work.js';
import { type QueryToken, tokenizeQuery } from './tokenize.js';

/** A case that matched: its id, lunr's score, and the user's words that matched it. */
export interface SearchHit {
  id: string;
  score: number;
  matched: string[];
}

export interface SearchIndex {
  search(text: string): SearchHit[];
}

/** An exact word counts for more than a guess at what a misspelt word meant. */
const EXACT_BOOST = 10;
const EXPANSION_BOOST = 1;

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

/**
 * The query words whose bits are set in `masks[at…at + stride]`, in query order, as a fresh
 * array per hit (callers may sort it). Only the set bits are visited, so a hit costs what it
 * matched, not the length of the query: a long query over a large knowledge base has as many
 * distinct masks as hits, and filtering every query word for each of them was most of its cost.
 */
function matchedWords(tokens: readonly QueryToken[], masks: Uint32Array, at: number, stride: number) {
  const words: string[] = [];
  for (let w = 0; w < stride; w++) {
    for (let bits = masks[at + w]!; bits !== 0; ) {
      const lowest = bits & -bits;
      words.push(tokens[(w << 5) + 31 - Math.clz32(lowest)]!.typed);
      bits ^= lowest;
    }
  }
  return words;
}

/**
 * The search over a built index. Scores are lunr's (`Index.query` with one boosted term clause
 * per stem), computed over typed-array postings instead of lunr's objects: the query loop then
 * touches numbers only, which keeps common-word queries on large knowledge fast.
 */
export function createSearchIndex(data: SearchIndexData, options: SearchIndexOptions = {}): SearchIndex {
  const { refs, termIds, offsets, docs, weights } = decodePostings(data);
  const limits = { ...DEFAULT_SEARCH_LIMITS, ...options.limits };
  const clock = options.clock ?? (() => performance.now());
  const expand = createWordExpander(data.vocabulary);
  // Scratch space reused by every query (search is synchronous), so a query allocates
  // nothing proportional to the knowledge size; only the documents it touches are reset.
  const scores = new Float64Array(refs.length);
  const touched = new Uint32Array(refs.length);
  const sortKeys = new Float64Array(refs.length);
  let masks = new Uint32Array(refs.length);

  /** Each searched term with its summed boost and the query words that asked for it. */
  function termsFor(
    tokens: readonly QueryToken[],
    meter: WorkMeter,
  ): Map<number, { boost: number; tokens: number[] }> {
    const terms = new Map<number, { boost: number; tokens: number[] }>();
    tokens.forEach((token, tokenNumber) => {
      const exact = termIds.get(token.stem);
      const found =
        exact !== undefined ? [exact] : expand(token.typed, meter).map((stem) => termIds.get(stem));
      for (const term of found) {
        if (term === undefined) continue;
        const entry = terms.get(term) ?? { boost: 0, tokens: [] };
        // Like lunr's query vector, a term asked for twice counts twice.
        entry.boost += exact !== undefined ? EXACT_BOOST : EXPANSION_BOOST;
        if (!entry.tokens.includes(tokenNumber)) entry.tokens.push(tokenNumber);
        terms.set(term, entry);
      }
    });
    return terms;
  }

  return {
    search(text) {
      const tokens = tokenizeQuery(text);
      const meter = createWorkMeter(limits, clock);
      const terms = termsFor(tokens, meter);
      options.onSearch?.(meter.work, text);
      if (terms.size === 0) return [];
      // Which query words matched a document, one bit per word, `stride` 32-bit words per document.
      const stride = Math.ceil(tokens.length / 32);
      if (masks.length < refs.length * stride) masks = new Uint32Array(refs.length * stride);
      let length = 0;
      for (const { boost } of terms.values()) length += boost * boost;
      length = Math.sqrt(length);
      let count = 0;
      for (const [term, { boost, tokens: asking }] of terms) {
        const factor = boost / length;
        const bits = new Uint32Array(stride);
        for (const t of asking) bits[t >>> 5]! |= 1 << (t & 31);
        for (let p = offsets[term]!, end = offsets[term + 1]!; p < end; p++) {
          const doc = docs[p]!;
          const at = doc * stride;
          let seen = false;
          for (let w = 0; w < stride; w++) seen ||= masks[at + w] !== 0;
          if (!seen) touched[count++] = doc;
          scores[doc]! += factor * weights[p]!;
          for (let w = 0; w < stride; w++) masks[at + w]! |= bits[w]!;
        }
      }
      // Sorting document numbers, not hit objects, then building each hit once, in order.
      const order = touched.subarray(0, count);
      rankDocuments(order, scores, sortKeys);
      const hits: SearchHit[] = new Array(count);
      for (let i = 0; i < count; i++) {
        const doc = order[i]!;
        hits[i] = {
          id: refs[doc]!,
          score: scores[doc]!,
          matched: matchedWords(tokens, masks, doc * stride, stride),
        };
      }
      for (let i = 0; i < count; i++) {
        const doc = order[i]!;
        scores[doc] = 0;
        masks.fill(0, doc * stride, doc * stride + stride);
      }
      return hits;
    },
  };
}
