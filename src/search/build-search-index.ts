import lunr from 'lunr';
import type { Case } from '../knowledge/case.js';
import { getCountry } from '../knowledge/countries/index.js';
import { isStopWord, splitWords, stem } from './tokenize.js';

/** Field boosts: a word in the title says more about a case than the same word in its summary. */
export const FIELD_BOOSTS = { title: 4, tags: 3, countries: 2, summary: 1 } as const;

/**
 * What the search needs, in a form that survives JSON: lunr's serialised index plus the
 * indexed words as written, each with its stem. Typo tolerance runs over the written words
 * because a misspelling rarely stems like the word it means ("telerehabilitaion").
 */
export interface SearchIndexData {
  index: object;
  vocabulary: [word: string, stem: string][];
}

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

export function buildSearchIndexData(cases: readonly Case[]): SearchIndexData {
  const documents = cases.map(buildSearchDocument);
  const index = lunr(function () {
    this.ref('id');
    for (const [field, boost] of Object.entries(FIELD_BOOSTS)) this.field(field, { boost });
    // Positions are not used by casebot; dropping them keeps the index (and its cache) small.
    this.metadataWhitelist = [];
    for (const doc of documents) this.add(doc);
  });
  const indexed = index as unknown as { invertedIndex: Record<string, unknown> };
  const vocabulary = new Map<string, string>();
  for (const doc of documents) {
    for (const word of splitWords(`${doc.title} ${doc.summary} ${doc.countries} ${doc.tags}`)) {
      if (vocabulary.has(word) || isStopWord(word)) continue;
      const stemmed = stem(word);
      if (Object.hasOwn(indexed.invertedIndex, stemmed)) vocabulary.set(word, stemmed);
    }
  }
  return {
    index: index.toJSON(),
    vocabulary: [...vocabulary].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  };
}
