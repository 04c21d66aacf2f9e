import lunr from 'lunr';
import type { Case } from '../knowledge/case.js';
import { getCountry } from '../knowledge/countries/index.js';
import { buildPostings, type EncodedPostings, encodePostings } from './build-postings.js';
import { isStopWord, splitWords, stem } from './tokenize.js';

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

/**
 * lunr's trimmer strips `\W` (ASCII) from both ends of a token, which erases whole words of
 * other scripts ("한국", "العربية") before they are indexed. This one trims only what is
 * neither a letter nor a digit in any script.
 */
function unicodeTrimmer(token: lunr.Token): lunr.Token {
  return token.update((text) => text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
}
lunr.Pipeline.registerFunction(unicodeTrimmer as unknown as lunr.PipelineFunction, 'unicodeTrimmer');

/** The lunr index over the cases: English pipeline (stop words, stemming), boosted fields. */
export function buildLunrIndex(documents: readonly ReturnType<typeof buildSearchDocument>[]): lunr.Index {
  return lunr(function () {
    this.ref('id');
    this.pipeline.after(lunr.trimmer, unicodeTrimmer as unknown as lunr.PipelineFunction);
    this.pipeline.remove(lunr.trimmer);
    for (const [field, boost] of Object.entries(FIELD_BOOSTS)) this.field(field, { boost });
    // Positions are not used by casebot; dropping them keeps the index small.
    this.metadataWhitelist = [];
    for (const doc of documents) this.add(doc);
  });
}

export function buildSearchIndexData(cases: readonly Case[]): SearchIndexData {
  const documents = cases.map(buildSearchDocument);
  const postings = buildPostings(buildLunrIndex(documents));
  const vocabulary = new Map<string, string>();
  for (const doc of documents) {
    for (const word of splitWords(`${doc.title} ${doc.summary} ${doc.countries} ${doc.tags}`)) {
      if (vocabulary.has(word) || isStopWord(word)) continue;
      const stemmed = stem(word);
      if (postings.termIds.has(stemmed)) vocabulary.set(word, stemmed);
    }
  }
  return {
    ...encodePostings(postings),
    vocabulary: [...vocabulary].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  };
}
