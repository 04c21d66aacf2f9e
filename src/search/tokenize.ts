import lunr from 'lunr';

/** Words shorter than this carry no search signal ("a", "x"), except acronyms kept below. */
const MIN_TOKEN_LENGTH = 2;

/**
 * A word as written: one word, or a compound of words joined by hyphens ("e-signature",
 * "x-ray", "co-design"), lower-cased. People write a compound joined, split or hyphenated
 * ("e-government", "egovernment", "e government"), so the index holds both the joined word and
 * its parts; splitting alone loses a short first part ("e-signature" searched as "signature").
 */
export interface TextUnit {
  /** As written, hyphens kept: "e-signature". */
  written: string;
  /** The parts joined: "esignature"; the word itself when it has no hyphen. */
  joined: string;
  /** The parts of a compound ("e", "signature"); empty for a plain word. */
  parts: string[];
}

/** One word of the user's query: as typed (lower-cased) and as the index stores it (stemmed). */
export interface QueryToken {
  typed: string;
  stem: string;
  /** A compound's parts worth searching, stemmed ("x-ray" → "ray"); absent for a plain word. */
  parts?: string[];
}

const HYPHENS = /[-‐‑]/u;
const UNIT = /[\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+)*/gu;

/**
 * Splits free text into words by Unicode letters and digits, keeping hyphenated compounds
 * together, so lunr's query syntax (`: ~ ^ * + -`, quotes) is just punctuation and never
 * reaches the query parser. Index and query text go through this same split.
 */
export function splitUnits(text: string): TextUnit[] {
  const found =
    text
      .normalize('NFKC')
      .toLowerCase()
      // Apostrophes inside words ("Korea's") should not split off an "s" token.
      .replace(/['’](s)\b/gu, '')
      .match(UNIT) ?? [];
  return found.map((written) => {
    if (!HYPHENS.test(written)) return { written, joined: written, parts: [] };
    const parts = written.split(HYPHENS);
    // "2019-2020" or "18-24" is a range, not a word.
    const joined = parts.some((part) => /\p{L}/u.test(part)) ? parts.join('') : written;
    return { written, joined, parts };
  });
}

/** Every word of a text: plain words, and each compound joined and as its parts. */
export function splitWords(text: string): string[] {
  return splitUnits(text).flatMap((unit) =>
    unit.parts.length === 0 ? [unit.joined] : [unit.joined, ...unit.parts],
  );
}

const stopWords = lunr.stopWordFilter as unknown as (token: lunr.Token) => lunr.Token | undefined;

export function isStopWord(word: string): boolean {
  return stopWords(new lunr.Token(word, {})) === undefined;
}

const stemmer = lunr.stemmer as unknown as (token: lunr.Token) => lunr.Token;
/**
 * Words seen, with their stems: text repeats its words, and the stemmer's regular expressions
 * were most of the cost of indexing. Cleared when full, so odd input cannot grow it without end.
 */
const stems = new Map<string, string>();
const MAX_REMEMBERED_STEMS = 200_000;

/** The same stemming lunr applies to indexed text (English Porter stemmer). */
export function stem(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    stemmed = stemmer(new lunr.Token(word, {})).toString();
    if (stems.size >= MAX_REMEMBERED_STEMS) stems.clear();
    stems.set(word, stemmed);
  }
  return stemmed;
}

/** A word worth indexing or searching: not a stop word, not a single letter. */
export function isSearchWord(word: string): boolean {
  return word.length >= MIN_TOKEN_LENGTH && !isStopWord(word);
}

/** The terms one unit of text is indexed under: the word, or a compound joined and its parts. */
export function unitTerms(unit: TextUnit): string[] {
  const terms = isSearchWord(unit.joined) ? [stem(unit.joined)] : [];
  for (const part of unit.parts) if (isSearchWord(part)) terms.push(stem(part));
  return terms;
}

/** The query token for one unit, or undefined for a stop word or a single letter. */
export function queryToken(unit: TextUnit): QueryToken | undefined {
  if (!isSearchWord(unit.joined)) return undefined;
  const token: QueryToken = { typed: unit.written, stem: stem(unit.joined) };
  const parts = unit.parts.filter(isSearchWord).map(stem);
  if (parts.length > 0) token.parts = parts;
  return token;
}

/** Query words worth searching for: stop words and one-letter words dropped, duplicates merged. */
export function tokenizeQuery(text: string): QueryToken[] {
  const seen = new Set<string>();
  const tokens: QueryToken[] = [];
  for (const unit of splitUnits(text)) {
    if (seen.has(unit.written)) continue;
    const token = queryToken(unit);
    if (!token) continue;
    seen.add(unit.written);
    tokens.push(token);
  }
  return tokens;
}
