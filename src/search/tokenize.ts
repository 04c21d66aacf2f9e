import lunr from 'lunr';

/** Words shorter than this carry no search signal ("a", "x"), except acronyms kept below. */
const MIN_TOKEN_LENGTH = 2;

/** One word of the user's query: as typed (lower-cased) and as the index stores it (stemmed). */
export interface QueryToken {
  typed: string;
  stem: string;
}

/**
 * Splits free text into words by Unicode letters and digits, so lunr's query syntax
 * (`: ~ ^ * + -`, quotes) is just punctuation and never reaches the query parser.
 */
export function splitWords(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      // Apostrophes inside words ("Korea's") should not split off an "s" token.
      .replace(/['’](s)\b/gu, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

const stopWords = lunr.stopWordFilter as unknown as (token: lunr.Token) => lunr.Token | undefined;

export function isStopWord(word: string): boolean {
  return stopWords(new lunr.Token(word, {})) === undefined;
}

/** The same stemming lunr applies to indexed text (English Porter stemmer). */
export function stem(word: string): string {
  const stemmer = lunr.stemmer as unknown as (token: lunr.Token) => lunr.Token;
  return stemmer(new lunr.Token(word, {})).toString();
}

/** Query words worth searching for: stop words and one-letter words dropped, duplicates merged. */
export function tokenizeQuery(text: string): QueryToken[] {
  const seen = new Set<string>();
  const tokens: QueryToken[] = [];
  for (const word of splitWords(text)) {
    if (word.length < MIN_TOKEN_LENGTH || isStopWord(word) || seen.has(word)) continue;
    seen.add(word);
    tokens.push({ typed: word, stem: stem(word) });
  }
  return tokens;
}
