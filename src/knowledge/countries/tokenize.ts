/** One word of a text: its span in the original string and its folded form. */
export interface Token {
  start: number;
  end: number;
  /** The word as written. */
  raw: string;
  /** Lower-cased, accents removed: the key used for every lookup. */
  folded: string;
}

// Unicode-aware words: letters (with their combining marks) and digits. Apostrophes, dots and
// hyphens split words, so "Côte d’Ivoire", "Cote d'Ivoire" and "Côte-d'Ivoire" give the same keys.
// A word starts with a letter or digit: the marks an emoji carries (the variation selector of
// "☀️", a keycap's) are no word of their own.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
const MARKS = /\p{M}/gu;
const NON_ASCII = /[^\p{ASCII}]/u;
// Letters NFD does not decompose into a base letter and a mark.
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
};
const SPECIAL = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'gu');

/** Case- and accent-insensitive form of a word or phrase ("Bogotá" → "bogota", "Türkiye" → "turkiye"). */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(SPECIAL, (letter) => SPECIAL_LETTERS[letter] ?? letter);
}

/** Splits text into words with their spans. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    tokens.push({ start: match.index, end: match.index + raw.length, raw, folded: foldText(raw) });
  }
  return tokens;
}

/** The lookup key of a name: its folded words joined by single spaces. */
export function nameKey(name: string): string {
  return tokenize(name)
    .map((token) => token.folded)
    .join(' ');
}

/** Starts with an upper-case letter ("Chad", "US"). */
export function isCapitalized(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

/** Every letter upper case ("US", "UK"), as abbreviations are written. */
export function isAllCaps(word: string): boolean {
  return word === word.toUpperCase() && word !== word.toLowerCase();
}
