import { editDistance } from '../knowledge/countries/edit-distance.js';

/** What a corrector compares a word with, and which words it looks at. */
export interface WordList {
  /** The words a slip may be of, built on first use. */
  words: () => readonly string[];
  /** Compare only with words of the same first letter: "serch" is search, not "perch". */
  sameFirstLetter?: boolean;
  /** Words shorter than this are not corrected: too many real words lie one edit apart. */
  minLength: number;
  /** Whether a word (of at least `minLength`) may be a slip at all: no word of the list, no English word. */
  correctable: (word: string) => boolean;
  /**
   * Words this long may be two edits from the word meant (default 7: "compair" is compare).
   * Lists of longer words, compared with any word of a message, ask for more (9).
   */
  long?: number;
  /**
   * Between words equally near and equally likely slips: no guess (`refuse`, the default), or
   * the first the list gives (`first`: its words play the same part, "ejemplo" and "ejemplos").
   */
  ties?: 'refuse' | 'first';
  /** Whether the nearest word found may stand for the word typed (checked last, once per word). */
  accept?: (typed: string, meant: string) => boolean;
}

/** Words this long may be two edits from the word meant; shorter ones, one. */
const LONG_WORD = 7;

/** How many edits a slip of `word` may be: one, two in a long word. */
export function editsAllowed(word: string, long = LONG_WORD): number {
  return word.length >= long ? 2 : 1;
}

/**
 * How likely a slip turned `meant` into `typed`, between words equally near: two letters swapped
 * ("waht" is what, not "want"), then a letter left out ("newst" is newest, not "news").
 */
export function slipLikelihood(typed: string, meant: string): number {
  if (typed.length === meant.length && [...typed].sort().join('') === [...meant].sort().join('')) return 2;
  return isLeftOut(typed, meant) ? 1 : 0;
}

/** `typed` is `meant` with letters left out, the rest in order. */
function isLeftOut(typed: string, meant: string): boolean {
  if (typed.length >= meant.length) return false;
  let at = 0;
  for (const letter of meant) if (letter === typed[at]) at += 1;
  return at === typed.length;
}

/**
 * The one word of `candidates` nearest `word`, within `allowed` edits (optimal string alignment),
 * or the same letters in another order one edit further ("wtha" is what). Between words equally
 * near, the likelier slip (`slipLikelihood`); where that ties too, the first the list gives, or
 * none when `refuseTies` (a guess between two words is no reading).
 */
export function nearestOf(
  word: string,
  candidates: Iterable<string>,
  allowed: number,
  refuseTies: boolean,
): string | undefined {
  let best: string | undefined;
  let bestDistance = allowed + 1;
  let tied = false;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - word.length) > allowed) continue;
    const distance = editDistance(word, candidate, allowed);
    if (distance > allowed && slipLikelihood(word, candidate) < 2) continue;
    if (distance < bestDistance) [best, bestDistance, tied] = [candidate, distance, false];
    else if (distance === bestDistance && candidate !== best) {
      const [mine, theirs] = [
        slipLikelihood(word, candidate),
        best === undefined ? 0 : slipLikelihood(word, best),
      ];
      if (mine > theirs) [best, tied] = [candidate, false];
      else if (mine === theirs) tied = true;
    }
  }
  return tied && refuseTies ? undefined : best;
}

/** A corrector's answers are kept for this many words, then forgotten all at once. */
const MEMO_SIZE = 10_000;

/**
 * A spelling corrector over one list of words: the word of `list` a misspelt word probably is,
 * or undefined. One rule for every list (`nearestOf`): one edit (two in a long word), the nearest
 * word, the likelier slip between equals. Each word's answer is kept, up to a bound.
 */
export function createCorrector(list: WordList): (word: string) => string | undefined {
  let byFirst: ReadonlyMap<string, readonly string[]> | undefined;
  let all: readonly string[] | undefined;
  const memo = new Map<string, string | null>();
  const candidates = (word: string): readonly string[] => {
    all ??= list.words();
    if (!list.sameFirstLetter) return all;
    byFirst ??= groupByFirstLetter(all);
    return byFirst.get(word[0]!) ?? [];
  };
  const scan = (word: string): string | undefined => {
    if (!/^\p{L}+$/u.test(word) || !list.correctable(word)) return undefined;
    const found = nearestOf(word, candidates(word), editsAllowed(word, list.long), list.ties !== 'first');
    return found !== undefined && (list.accept?.(word, found) ?? true) ? found : undefined;
  };
  return (word) => {
    // Too short to correct: most words of a message, decided without a look-up.
    if (word.length < list.minLength) return undefined;
    const known = memo.get(word);
    if (known !== undefined) return known ?? undefined;
    const found = scan(word);
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(word, found ?? null);
    return found;
  };
}

function groupByFirstLetter(words: readonly string[]): Map<string, string[]> {
  const byFirst = new Map<string, string[]>();
  for (const word of words) {
    const bucket = byFirst.get(word[0]!) ?? [];
    bucket.push(word);
    byFirst.set(word[0]!, bucket);
  }
  return byFirst;
}
