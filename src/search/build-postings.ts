/**
 * The parts of lunr's serialised index (`Index.toJSON()`) that scoring needs. A field vector
 * holds, for one field of one document, `[termIndex, weight, termIndex, weight, …]`, where the
 * weight is lunr's BM25 score with the field boost already applied.
 */
interface SerialisedLunrIndex {
  fieldVectors: [fieldRef: string, elements: number[]][];
  invertedIndex: [term: string, posting: { _index: number }][];
}

/**
 * lunr's index turned inside out for fast queries: for each term, the documents that contain
 * it (ascending) and the term's weight in each, summed over fields. Typed arrays instead of
 * lunr's nested objects: a fraction of the heap, and no string keys on the query path.
 */
export interface Postings {
  /** Document refs (case ids), by document number. */
  refs: string[];
  /** Term (a stem) → term number. */
  termIds: Map<string, number>;
  /** Term number t's documents are `docs[offsets[t]]` to `docs[offsets[t + 1] - 1]`. */
  offsets: Uint32Array;
  docs: Uint32Array;
  weights: Float64Array;
}

function isSerialisedLunrIndex(value: object): value is SerialisedLunrIndex {
  const candidate = value as Partial<SerialisedLunrIndex>;
  return Array.isArray(candidate.fieldVectors) && Array.isArray(candidate.invertedIndex);
}

/**
 * Builds postings from a serialised lunr index. Scoring over them gives lunr's own scores
 * (`Index.query`): a document's score is the sum over fields of the query vector's dot product
 * with the field vector, divided by the query vector's length, and the query vector is the same
 * for every field, so the per-field weights of a term can be added up front.
 */
export function buildPostings(serialised: object): Postings {
  if (!isSerialisedLunrIndex(serialised)) throw new TypeError('not a serialised lunr index');
  const termIds = new Map<string, number>();
  const termOfLunrIndex: number[] = [];
  for (const [term, posting] of serialised.invertedIndex) {
    termOfLunrIndex[posting._index] = termIds.size;
    termIds.set(term, termIds.size);
  }

  // lunr writes a document's field vectors one after another, but nothing promises it: group them.
  const docNumber = new Map<string, number>();
  const vectorsByDoc: number[][][] = [];
  for (const [fieldRef, elements] of serialised.fieldVectors) {
    const ref = fieldRef.slice(fieldRef.indexOf('/') + 1);
    let doc = docNumber.get(ref);
    if (doc === undefined) {
      doc = docNumber.size;
      docNumber.set(ref, doc);
      vectorsByDoc.push([]);
    }
    vectorsByDoc[doc]!.push(elements);
  }

  const termDocs: number[][] = Array.from({ length: termIds.size }, () => []);
  const termWeights: number[][] = Array.from({ length: termIds.size }, () => []);
  let total = 0;
  vectorsByDoc.forEach((vectors, doc) => {
    const weightOf = new Map<number, number>();
    for (const elements of vectors) {
      for (let i = 0; i + 1 < elements.length; i += 2) {
        const term = termOfLunrIndex[elements[i]!];
        if (term !== undefined) weightOf.set(term, (weightOf.get(term) ?? 0) + elements[i + 1]!);
      }
    }
    for (const [term, weight] of weightOf) {
      termDocs[term]!.push(doc);
      termWeights[term]!.push(weight);
    }
    total += weightOf.size;
  });

  const offsets = new Uint32Array(termIds.size + 1);
  const docs = new Uint32Array(total);
  const weights = new Float64Array(total);
  let at = 0;
  for (let term = 0; term < termIds.size; term++) {
    offsets[term] = at;
    docs.set(termDocs[term]!, at);
    weights.set(termWeights[term]!, at);
    at += termDocs[term]!.length;
  }
  offsets[termIds.size] = at;
  return { refs: [...docNumber.keys()], termIds, offsets, docs, weights };
}
