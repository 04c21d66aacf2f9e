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
  /** Term number t's documents (ascending) are `docs[offsets[t]]` to `docs[offsets[t + 1] - 1]`. */
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

  const vectors = serialised.fieldVectors;
  const docNumber = new Map<string, number>();
  const docOfVector = new Uint32Array(vectors.length);
  vectors.forEach(([fieldRef], v) => {
    const ref = fieldRef.slice(fieldRef.indexOf('/') + 1);
    let doc = docNumber.get(ref);
    if (doc === undefined) {
      doc = docNumber.size;
      docNumber.set(ref, doc);
    }
    docOfVector[v] = doc;
  });

  // Two passes over the vectors, counting then filling, with no per-document objects. lunr
  // writes a document's field vectors together, so a term's weights for one document arrive
  // in a row and are added into one entry; were they ever apart, the entries would simply be
  // added up at query time instead.
  const lastDoc = new Int32Array(termIds.size).fill(-1);
  const counts = new Uint32Array(termIds.size);
  const eachElement = (visit: (term: number, doc: number, weight: number) => void) => {
    for (let v = 0; v < vectors.length; v++) {
      const elements = vectors[v]![1];
      const doc = docOfVector[v]!;
      for (let i = 0; i + 1 < elements.length; i += 2) {
        const term = termOfLunrIndex[elements[i]!];
        if (term !== undefined) visit(term, doc, elements[i + 1]!);
      }
    }
  };
  eachElement((term, doc) => {
    if (lastDoc[term] !== doc) counts[term]!++;
    lastDoc[term] = doc;
  });
  const offsets = new Uint32Array(termIds.size + 1);
  for (let term = 0; term < termIds.size; term++) offsets[term + 1] = offsets[term]! + counts[term]!;
  const docs = new Uint32Array(offsets[termIds.size]!);
  const weights = new Float64Array(offsets[termIds.size]!);
  const next = offsets.slice(0, termIds.size);
  lastDoc.fill(-1);
  eachElement((term, doc, weight) => {
    if (lastDoc[term] === doc) {
      weights[next[term]! - 1]! += weight;
      return;
    }
    lastDoc[term] = doc;
    docs[next[term]!] = doc;
    weights[next[term]!] = weight;
    next[term]!++;
  });
  return { refs: [...docNumber.keys()], termIds, offsets, docs, weights };
}
