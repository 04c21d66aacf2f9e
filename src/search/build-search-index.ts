import lunr from 'lunr';
import type { Case } from '../knowledge/case.js';
import { getCountry } from '../knowledge/countries/index.js';
import {
  buildPostings,
  type EncodedPostings,
  encodePostings,
  type TransferredPostings,
} from './build-postings.js';
import { buildSynonymTable, type SynonymTable, synonymTerms } from './synonym-table.js';
import { isStopWord, splitUnits, splitWords, stem, unitTerms } from './tokenize.js';
import { findDerivedWords } from './word-families.js';

/** Field boosts: a word in the title says more about a case than the same word in its summary. */
export const FIELD_BOOSTS = { title: 4, tags: 3, countries: 2, summary: 1 } as const;

/**
 * What the search needs, in a form that survives JSON (the knowledge cache): the postings of
 * the lunr index (see `buildPostings`), plus the indexed words as written, each with its stem.
 * Typo tolerance runs over the written words because a misspelling rarely stems like the word
 * it means ("telerehabilitaion").
 */
export interface SearchIndexData extends EncodedPostings {
  vocabulary: [word: string, stem: string][];
  /** The synonym groups the index was built with; queries use the same. */
  synonyms?: string[][];
  /** Derived words the index holds for each base word, by stem (`findDerivedWords`). */
  derived?: [base: string, derived: string[]][];
}

/** Search data as a worker thread hands it over, its postings decoded (`transferPostings`). */
export type TransferredSearchIndexData = Omit<SearchIndexData, keyof EncodedPostings> & TransferredPostings;

function countryText(codes: readonly string[]): string {
  return codes
    .map((code) => {
      const country = getCountry(code);
      return country ? [country.name, ...country.aliases].join(' ') : code;
    })
    .join(' ');
}

/** The text lunr indexes for one case, field by field. */
export function buildSearchDocument(c: Case): Record<keyof typeof FIELD_BOOSTS | 'id', string> {
  return {
    id: c.id,
    title: c.title,
    summary: c.summary,
    countries: countryText(c.countries),
    tags: c.tags.join(' '),
  };
}

/**
 * lunr's own tokenizer splits on spaces and hyphens only, so "data/AI" was one term and
 * "e-signature" lost its "e"; its trimmer strips `\W` (ASCII), which erased whole words of
 * other scripts. Indexed text is split as queries are instead (`splitUnits`), compounds joined
 * and split, stop words dropped, words stemmed and synonym terms added here; lunr's pipeline
 * is then left empty.
 */
function createTokenizer(synonyms: SynonymTable) {
  const tokenize = (value?: unknown, metadata?: object): lunr.Token[] => {
    const units = splitUnits(value === null || value === undefined ? '' : String(value));
    return [...units.flatMap(unitTerms), ...synonymTerms(synonyms, units)].map(
      (term) => new lunr.Token(term, { ...metadata }),
    );
  };
  return Object.assign(tokenize, { separator: lunr.tokenizer.separator });
}

/** The lunr index over the cases: casebot's words (see `tokenizeField`), BM25, boosted fields. */
export function buildLunrIndex(
  documents: readonly ReturnType<typeof buildSearchDocument>[],
  synonyms: readonly (readonly string[])[] = [],
): lunr.Index {
  const tokenizer = createTokenizer(buildSynonymTable(synonyms));
  return lunr(function () {
    this.ref('id');
    this.tokenizer = tokenizer;
    this.pipeline.reset();
    for (const [field, boost] of Object.entries(FIELD_BOOSTS)) this.field(field, { boost });
    // Positions are not used by casebot; dropping them keeps the index small.
    this.metadataWhitelist = [];
    for (const doc of documents) this.add(doc);
  });
}

export function buildSearchIndexData(
  cases: readonly Case[],
  synonyms: readonly (readonly string[])[] = [],
): SearchIndexData {
  const documents = cases.map(buildSearchDocument);
  const postings = buildPostings(buildLunrIndex(documents, synonyms));
  const vocabulary = new Map<string, string>();
  for (const doc of documents) {
    for (const word of splitWords(`${doc.title} ${doc.summary} ${doc.countries} ${doc.tags}`)) {
      if (vocabulary.has(word) || isStopWord(word)) continue;
      const stemmed = stem(word);
      if (postings.termIds.has(stemmed)) vocabulary.set(word, stemmed);
    }
  }
  const words = [...vocabulary].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    ...encodePostings(postings),
    vocabulary: words,
    derived: findDerivedWords(words, (term) => postings.termIds.has(term)),
    ...(synonyms.length > 0 ? { synonyms: synonyms.map((group) => [...group]) } : {}),
  };
}
