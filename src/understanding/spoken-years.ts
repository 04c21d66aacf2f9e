import type { Token } from '../knowledge/countries/tokenize.js';
import { NUMBER_WORDS } from './number-names.js';

/** The number words below ten, and from ten to nineteen, as chat messages spell them. */
const numbersBetween = (low: number, high: number): ReadonlyMap<string, number> =>
  new Map([...NUMBER_WORDS].filter(([, n]) => n >= low && n <= high));
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const UNIT = numbersBetween(1, 9);
const TEEN = numbersBetween(10, 19);
const TEN: ReadonlyMap<string, number> = new Map(TENS.map((w, i) => [w, (i + 2) * 10]));

/** Years a dictated message can mean: older ones are numbers of something else. */
const FIRST_YEAR = 1950;
const LAST_YEAR = 2039;

/** 1 to 99 spoken from `at` ("twenty one", "nineteen", "five"): the value and the words it took. */
function twoDigits(
  tokens: readonly Token[],
  at: number,
  joined: (i: number) => boolean,
): [number, number] | undefined {
  const word = tokens[at]?.folded ?? '';
  const unit = UNIT.get(word) ?? TEEN.get(word);
  if (unit !== undefined) return [unit, 1];
  const tens = TEN.get(word);
  if (tens === undefined) return undefined;
  const next = UNIT.get(tokens[at + 1]?.folded ?? '');
  return next !== undefined && joined(at + 1) ? [tens + next, 2] : [tens, 1];
}

/**
 * A year spoken from `at`: "twenty twenty one", "nineteen ninety nine", "two thousand and
 * nineteen", "two thousand nineteen". The year and how many words it took.
 */
function spokenYear(
  tokens: readonly Token[],
  at: number,
  joined: (i: number) => boolean,
): [number, number] | undefined {
  const first = tokens[at]?.folded;
  if (first === 'two' && tokens[at + 1]?.folded === 'thousand' && joined(at + 1)) {
    const andAt = tokens[at + 2]?.folded === 'and' && joined(at + 2) ? at + 3 : at + 2;
    if (!joined(andAt)) return undefined;
    const rest = twoDigits(tokens, andAt, joined);
    return rest ? [2000 + rest[0], andAt - at + rest[1]] : undefined;
  }
  const century = first === 'twenty' ? 2000 : first === 'nineteen' ? 1900 : undefined;
  if (century === undefined || !joined(at + 1)) return undefined;
  const word = tokens[at + 1]?.folded ?? '';
  // "twenty one" is 21, not a year: the second part of a year is ten or more.
  if (UNIT.has(word)) return undefined;
  const rest = twoDigits(tokens, at + 1, joined);
  return rest ? [century + rest[0], 1 + rest[1]] : undefined;
}

/**
 * Years as dictation writes them ("twenty twenty one", "two thousand and nineteen") joined into
 * one token of digits, so every reading of years ("since", "not", "between") reads them too.
 */
export function joinSpokenYears(text: string, tokens: readonly Token[]): Token[] {
  const joined = (i: number) => {
    const token = tokens[i];
    const before = tokens[i - 1];
    return (
      token !== undefined && before !== undefined && /^[\s-]+$/u.test(text.slice(before.end, token.start))
    );
  };
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const year = spokenYear(tokens, i, joined);
    if (year && year[0] >= FIRST_YEAR && year[0] <= LAST_YEAR) {
      const last = tokens[i + year[1] - 1]!;
      out.push({ ...tokens[i]!, end: last.end, raw: String(year[0]), folded: String(year[0]) });
      i += year[1] - 1;
    } else out.push(tokens[i]!);
  }
  return out;
}
