import lunr from 'lunr';
import type { SearchIndexData } from './build-search-index.js';
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

export function createSearchIndex(data: SearchIndexData): SearchIndex {
  const index = lunr.Index.load(data.index);
  const inverted = (index as unknown as { invertedIndex: Record<string, unknown> }).invertedIndex;
  const stemOf = new Map(data.vocabulary);
  const words = TokenSets.fromArray(data.vocabulary.map(([word]) => word));

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

  return {
    search(text) {
      const tokens = tokenizeQuery(text);
      if (tokens.length === 0) return [];
      const typedByStem = new Map<string, Set<string>>();
      const clauses: { term: string; boost: number }[] = [];
      for (const token of tokens) {
        const known = Object.hasOwn(inverted, token.stem);
        const stems = known ? [token.stem] : expand(token);
        for (const term of stems) {
          const typed = typedByStem.get(term) ?? new Set<string>();
          typed.add(token.typed);
          typedByStem.set(term, typed);
          clauses.push({ term, boost: known ? EXACT_BOOST : EXPANSION_BOOST });
        }
      }
      if (clauses.length === 0) return [];
      const results = index.query((query) => {
        // Terms are already stems from the index's own vocabulary: no pipeline, no wildcard.
        for (const clause of clauses) query.term(clause.term, { boost: clause.boost, usePipeline: false });
      });
      return results.map((result) => {
        const matched = new Set<string>();
        for (const term of Object.keys(result.matchData.metadata)) {
          for (const typed of typedByStem.get(term) ?? []) matched.add(typed);
        }
        return { id: result.ref, score: result.score, matched: [...matched] };
      });
    },
  };
}
