import { Buffer } from 'node:buffer';
import type lunr from 'lunr';

/**
 * The parts of a built lunr index that scoring needs. A field vector holds, for one field of
 * one document (`"field/ref"`), `[termIndex, weight, termIndex, weight, …]`, where the weight
 * is lunr's BM25 score with the field boost already applied.
 */
interface LunrIndexInternals {
  invertedIndex: Record<string, { _index: number }>;
  fieldVectors: Record<string, { elements: number[] }>;
}

/**
 * lunr's index turned inside out for fast queries: for each term, the documents that contain
 * it and the term's weight in each, summed over fields. Typed arrays instead of lunr's nested
 * objects: a fraction of the heap, no string keys on the query path, and a compact cache.
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

/** Postings as JSON holds them: the typed arrays as base64 of their little-endian bytes. */
export interface EncodedPostings {
  refs: string[];
  /** Terms by term number. */
  terms: string[];
  offsets: string;
  docs: string;
  weights: string;
}

/**
 * Builds postings from a lunr index. Scoring over them gives lunr's own scores (`Index.query`):
 * a document's score is the sum over fields of the query vector's dot product with the field
 * vector, divided by the query vector's length, and the query vector is the same for every
 * field, so the per-field weights of a term can be added up front.
 */
export function buildPostings(index: lunr.Index): Postings {
  const { invertedIndex, fieldVectors } = index as unknown as LunrIndexInternals;
  const terms = Object.keys(invertedIndex);
  const termIds = new Map<string, number>();
  const termOfLunrIndex: number[] = [];
  for (const term of terms) {
    termOfLunrIndex[invertedIndex[term]!._index] = termIds.size;
    termIds.set(term, termIds.size);
  }

  const vectors = Object.entries(fieldVectors);
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
  // keeps a document's field vectors together, so a term's weights for one document arrive
  // in a row and are added into one entry; were they ever apart, the entries would simply be
  // added up at query time instead.
  const lastDoc = new Int32Array(termIds.size).fill(-1);
  const counts = new Uint32Array(termIds.size);
  const eachElement = (visit: (term: number, doc: number, weight: number) => void) => {
    for (let v = 0; v < vectors.length; v++) {
      const elements = vectors[v]![1].elements;
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

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

function toBase64(array: Uint32Array | Float64Array): string {
  const bytes = Buffer.from(array.buffer, array.byteOffset, array.byteLength);
  if (LITTLE_ENDIAN) return bytes.toString('base64');
  const copy = Buffer.from(bytes);
  return (array.BYTES_PER_ELEMENT === 8 ? copy.swap64() : copy.swap32()).toString('base64');
}

function fromBase64<T extends Uint32Array | Float64Array>(text: string, make: (length: number) => T): T {
  const bytes = Buffer.from(text, 'base64');
  const size = make(0).BYTES_PER_ELEMENT;
  if (bytes.byteLength % size !== 0) throw new TypeError('inconsistent search postings');
  const array = make(bytes.byteLength / size);
  if (!LITTLE_ENDIAN && array.BYTES_PER_ELEMENT === 8) bytes.swap64();
  else if (!LITTLE_ENDIAN) bytes.swap32();
  // A copy: a decoded Buffer may sit at an offset a Float64Array view cannot start at.
  new Uint8Array(array.buffer).set(bytes);
  return array;
}

/** Postings for JSON: base64 keeps them exact and a fraction of lunr's serialised size. */
export function encodePostings(postings: Postings): EncodedPostings {
  return {
    refs: postings.refs,
    terms: [...postings.termIds.keys()],
    offsets: toBase64(postings.offsets),
    docs: toBase64(postings.docs),
    weights: toBase64(postings.weights),
  };
}

/**
 * Postings as a worker thread hands them over: decoded, so that their buffers are transferred
 * rather than copied or encoded.
 */
export interface TransferredPostings {
  refs: string[];
  terms: string[];
  offsets: Uint32Array;
  docs: Uint32Array;
  weights: Float64Array;
}

/** The decoded postings and the buffers to transfer with them. */
export function transferPostings(encoded: EncodedPostings): {
  postings: TransferredPostings;
  buffers: ArrayBuffer[];
} {
  const { refs, offsets, docs, weights } = decodePostings(encoded);
  const buffers = [offsets, docs, weights].map((array) => array.buffer as ArrayBuffer);
  return { postings: { refs, terms: encoded.terms, offsets, docs, weights }, buffers };
}

function checkPostings(postings: Postings, terms: number): Postings {
  const total = postings.offsets[postings.offsets.length - 1];
  if (
    postings.offsets.length !== terms + 1 ||
    total !== postings.docs.length ||
    total !== postings.weights.length
  ) {
    throw new TypeError('inconsistent search postings');
  }
  return postings;
}

/** Postings from JSON (the cache) or from a worker, checked to fit together (else a TypeError). */
export function decodePostings(encoded: EncodedPostings | TransferredPostings): Postings {
  if (typeof encoded.offsets !== 'string') {
    const { refs, terms, offsets, docs, weights } = encoded as TransferredPostings;
    return checkPostings(
      { refs, termIds: new Map(terms.map((term, id) => [term, id])), offsets, docs, weights },
      terms.length,
    );
  }
  const { offsets, docs, weights } = encoded as EncodedPostings;
  const postings: Postings = {
    refs: encoded.refs,
    termIds: new Map(encoded.terms.map((term, id) => [term, id])),
    offsets: fromBase64(offsets, (n) => new Uint32Array(n)),
    docs: fromBase64(docs, (n) => new Uint32Array(n)),
    weights: fromBase64(weights, (n) => new Float64Array(n)),
  };
  return checkPostings(postings, encoded.terms.length);
}
