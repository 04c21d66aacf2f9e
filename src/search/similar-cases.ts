import { decodePostings } from './build-postings.js';
import type { SearchIndexData, TransferredSearchIndexData } from './build-search-index.js';
import { tokenizeQuery } from './tokenize.js';

/** A case related to another case or to a text, and the terms (stems) they share, strongest first. */
export interface RelatedCase {
  id: string;
  /** Cosine of the two term vectors, in (0, 1]. */
  score: number;
  terms: string[];
}

export interface SimilarCases {
  /** Cases whose text is like this case's, best first, never the case itself. */
  toCase(id: string, limit?: number): RelatedCase[];
  /** Cases whose text is like this text, best first. */
  toText(text: string, limit?: number): RelatedCase[];
  /** The terms two cases share, strongest first (for a comparison). */
  shared(a: string, b: string): string[];
  /** A stem as a word people read ("particip" → "participation"). */
  wordFor(term: string): string;
}

/** Shared terms given as the reason two cases are alike. */
const REASON_TERMS = 5;
/** A related case must score at least this share of the best one: the tail is noise. */
const RELATIVE_FLOOR = 0.15;

/**
 * Relatedness by content: each case is a vector of its terms' weights in the search index
 * (lunr's BM25, field boosts included), turned from the index's postings (term → cases) into a
 * forward index (case → terms) once; two cases are as alike as the cosine of their vectors.
 * Terms that name a country are left out, so that "who else did this?" is answered by what was
 * done, not by where.
 */
export function createSimilarCases(
  data: SearchIndexData | TransferredSearchIndexData,
  countryTerms: ReadonlySet<string> = new Set(),
): SimilarCases {
  const { refs, termIds, offsets, docs, weights } = decodePostings(data);
  const terms = [...termIds.keys()];
  const docCount = refs.length;
  const docOf = new Map(refs.map((ref, doc) => [ref, doc]));
  const skip = new Uint8Array(terms.length);
  terms.forEach((term, t) => {
    // Numbers say nothing of what was done ("2020", "1"), country names only where.
    if (countryTerms.has(term) || !/\p{L}/u.test(term)) skip[t] = 1;
  });

  // The forward index: for document d, its terms are fTerms[fOffsets[d]…fOffsets[d + 1] - 1].
  const counts = new Uint32Array(docCount);
  for (let p = 0; p < docs.length; p++) counts[docs[p]!]!++;
  const fOffsets = new Uint32Array(docCount + 1);
  for (let d = 0; d < docCount; d++) fOffsets[d + 1] = fOffsets[d]! + counts[d]!;
  const fTerms = new Uint32Array(docs.length);
  const fWeights = new Float32Array(docs.length);
  const next = fOffsets.slice(0, docCount);
  for (let t = 0; t < terms.length; t++) {
    for (let p = offsets[t]!; p < offsets[t + 1]!; p++) {
      const d = docs[p]!;
      fTerms[next[d]!] = t;
      fWeights[next[d]!] = weights[p]!;
      next[d]!++;
    }
  }
  const norms = new Float64Array(docCount);
  for (let d = 0; d < docCount; d++) {
    let sum = 0;
    for (let p = fOffsets[d]!; p < fOffsets[d + 1]!; p++) if (!skip[fTerms[p]!]) sum += fWeights[p]! ** 2;
    norms[d] = Math.sqrt(sum);
  }
  const readable = new Map<string, string>();
  for (const [word, stemmed] of data.vocabulary) {
    const known = readable.get(stemmed);
    if (known === undefined || word.length < known.length) readable.set(stemmed, word);
  }
  const scores = new Float64Array(docCount);
  const touched = new Uint32Array(docCount);

  /** Scores every document against a query vector (term → weight), then the best, each with its shared terms. */
  function rank(query: Map<number, number>, exclude: number, limit: number): RelatedCase[] {
    let queryNorm = 0;
    for (const w of query.values()) queryNorm += w * w;
    queryNorm = Math.sqrt(queryNorm);
    if (queryNorm === 0) return [];
    let count = 0;
    for (const [t, qw] of query) {
      for (let p = offsets[t]!; p < offsets[t + 1]!; p++) {
        const d = docs[p]!;
        if (scores[d] === 0) touched[count++] = d;
        scores[d]! += qw * weights[p]!;
      }
    }
    const found: { doc: number; score: number }[] = [];
    for (let i = 0; i < count; i++) {
      const d = touched[i]!;
      if (d !== exclude && norms[d]! > 0) found.push({ doc: d, score: scores[d]! / (queryNorm * norms[d]!) });
      scores[d] = 0;
    }
    found.sort((a, b) => b.score - a.score || a.doc - b.doc);
    const floor = (found[0]?.score ?? 0) * RELATIVE_FLOOR;
    return found
      .filter((f) => f.score >= floor)
      .slice(0, limit)
      .map(({ doc, score }) => ({ id: refs[doc]!, score, terms: sharedTerms(query, doc) }));
  }

  function sharedTerms(query: Map<number, number>, doc: number): string[] {
    const shared: { term: number; weight: number }[] = [];
    for (let p = fOffsets[doc]!; p < fOffsets[doc + 1]!; p++) {
      const qw = query.get(fTerms[p]!);
      if (qw !== undefined) shared.push({ term: fTerms[p]!, weight: qw * fWeights[p]! });
    }
    return shared
      .sort((a, b) => b.weight - a.weight)
      .slice(0, REASON_TERMS)
      .map((s) => terms[s.term]!);
  }

  function vectorOf(doc: number): Map<number, number> {
    const vector = new Map<number, number>();
    for (let p = fOffsets[doc]!; p < fOffsets[doc + 1]!; p++)
      if (!skip[fTerms[p]!]) vector.set(fTerms[p]!, fWeights[p]!);
    return vector;
  }

  return {
    toCase(id, limit = 50) {
      const doc = docOf.get(id);
      return doc === undefined ? [] : rank(vectorOf(doc), doc, limit);
    },
    toText(text, limit = 50) {
      const query = new Map<number, number>();
      for (const token of tokenizeQuery(text)) {
        const t = termIds.get(token.stem);
        if (t === undefined || skip[t]) continue;
        // A term's rarity is its weight in a text: the words few cases use say most.
        const df = offsets[t + 1]! - offsets[t]!;
        query.set(t, (query.get(t) ?? 0) + Math.log(1 + docCount / df));
      }
      return rank(query, -1, limit);
    },
    shared(a, b) {
      const docA = docOf.get(a);
      const docB = docOf.get(b);
      return docA === undefined || docB === undefined ? [] : sharedTerms(vectorOf(docA), docB);
    },
    wordFor(term) {
      return readable.get(term) ?? term;
    },
  };
}

/** The stems of country names and their other names, which similarity leaves out. */
export function countryStems(names: Iterable<string>): Set<string> {
  const stems = new Set<string>();
  for (const name of names) for (const token of tokenizeQuery(name)) stems.add(token.stem);
  return stems;
}

/** The word a case itself uses for a stem, when it uses one: "who else did this" in its words. */
export function wordsOfCase(text: string): Map<string, string> {
  const words = new Map<string, string>();
  for (const token of tokenizeQuery(text)) if (!words.has(token.stem)) words.set(token.stem, token.typed);
  return words;
}
