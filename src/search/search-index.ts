import lunr from 'lunr';
import { decodePostings } from './build-postings.js';
import type { SearchIndexData } from './build-search-index.js';
import { rankDocuments } from './rank-documents.js';
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
/** A typo can only be corrected toward so many words before the guesses are noise. */
const MAX_EXPANSIONS_PER_WORD = 12;
const PREFIX_MIN_LENGTH = 4;

/** Edits allowed for a word of this length: short words get none, they match too much. */
function editDistanceFor(word: string): number {
  if (word.length >= 8) return 2;
  if (word.length >= 5) return 1;
  return 0;
}

/** lunr's static TokenSet constructors, which its type definitions misdeclare. */
const TokenSets = lunr.TokenSet as unknown as {
  fromArray(words: string[]): lunr.TokenSet;
  fromString(text: string): lunr.TokenSet;
  fromFuzzyString(text: string, distance: number): lunr.TokenSet;
};

/**
 * The query words whose bits are set in `masks[at…at + stride]`, as a fresh array per hit
 * (callers may sort it). Most hits share a few masks, so each mask's words are found once.
 */
function matchedWords(tokens: readonly QueryToken[], stride: number) {
  const known = new Map<number | string, string[]>();
  return (masks: Uint32Array, at: number): string[] => {
    const key = stride === 1 ? masks[at]! : masks.subarray(at, at + stride).join(',');
    let words = known.get(key);
    if (!words) {
      words = tokens
        .filter((_, t) => (masks[at + (t >>> 5)]! & (1 << (t & 31))) !== 0)
        .map((token) => token.typed);
      known.set(key, words);
    }
    return words.slice();
  };
}

/**
 * The search over a built index. Scores are lunr's (`Index.query` with one boosted term clause
 * per stem), computed over typed-array postings instead of lunr's objects: the query loop then
 * touches numbers only, which keeps common-word queries on large knowledge fast.
 */
export function createSearchIndex(data: SearchIndexData): SearchIndex {
  const { refs, termIds, offsets, docs, weights } = decodePostings(data);
  const stemOf = new Map(data.vocabulary);
  const words = TokenSets.fromArray(data.vocabulary.map(([word]) => word));
  // Scratch space reused by every query (search is synchronous), so a query allocates
  // nothing proportional to the knowledge size; only the documents it touches are reset.
  const scores = new Float64Array(refs.length);
  const touched = new Uint32Array(refs.length);
  const sortKeys = new Float64Array(refs.length);
  let masks = new Uint32Array(refs.length);

  /** Indexed stems a word the index does not know probably meant: near spellings and completions. */
  function expand(token: QueryToken): string[] {
    const found = new Set<string>();
    const distance = editDistanceFor(token.typed);
    const probes: lunr.TokenSet[] = [];
    if (distance > 0) probes.push(TokenSets.fromFuzzyString(token.typed, distance));
    if (token.typed.length >= PREFIX_MIN_LENGTH) probes.push(TokenSets.fromString(`${token.typed}*`));
    for (const probe of probes) {
      for (const word of words.intersect(probe).toArray()) {
        const stemmed = stemOf.get(word);
        if (stemmed !== undefined) found.add(stemmed);
        if (found.size >= MAX_EXPANSIONS_PER_WORD) return [...found];
      }
    }
    return [...found];
  }

  /** Each searched term with its summed boost and the query words that asked for it. */
  function termsFor(tokens: readonly QueryToken[]): Map<number, { boost: number; tokens: number[] }> {
    const terms = new Map<number, { boost: number; tokens: number[] }>();
    tokens.forEach((token, tokenNumber) => {
      const exact = termIds.get(token.stem);
      const found = exact !== undefined ? [exact] : expand(token).map((stem) => termIds.get(stem));
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
      const terms = termsFor(tokens);
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
      const wordsFor = matchedWords(tokens, stride);
      const hits: SearchHit[] = new Array(count);
      for (let i = 0; i < count; i++) {
        const doc = order[i]!;
        hits[i] = { id: refs[doc]!, score: scores[doc]!, matched: wordsFor(masks, doc * stride) };
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
