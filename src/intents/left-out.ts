import type { Case } from '../knowledge/case.js';
import { tokenize } from '../knowledge/countries/tokenize.js';
import { TAXONOMY } from '../knowledge/taxonomy.js';

const LABELS = new Set(TAXONOMY.map((t) => t.label));

/** Each case's folded words (title, then summary), made once per case. */
const caseWords = new WeakMap<Case, string[]>();

function wordsOf(c: Case): string[] {
  let words = caseWords.get(c);
  if (words === undefined) {
    words = tokenize(`${c.title} ${c.summary}`).map((t) => t.folded);
    caseWords.set(c, words);
  }
  return words;
}

/** Whether `words` hold `phrase` in a row, each word as the start of one ("mental health" in "mental healthcare"). */
function holdsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  for (let i = 0; i + phrase.length <= words.length; i++)
    if (phrase.every((p, k) => words[i + k]!.startsWith(p))) return true;
  return false;
}

/**
 * A test of whether a case is left out by `without`: a taxonomy label leaves out the cases tagged
 * with it (what they are about, not a passing mention: "digital services, not AI"); other words,
 * the cases whose title or summary has them in a row ("health but not mental health"), so a
 * case that only shares one of the words ("health") stays.
 */
export function leftOutBy(without: readonly string[]): (c: Case) => boolean {
  const labels = without.filter((w) => LABELS.has(w));
  const phrases = without.filter((w) => !LABELS.has(w)).map((w) => tokenize(w).map((t) => t.folded));
  return (c) =>
    labels.some((label) => c.tags.includes(label)) ||
    (phrases.length > 0 && phrases.some((phrase) => holdsPhrase(wordsOf(c), phrase)));
}

/** The words of every case of a list, as ids into its vocabulary, made once per list. */
interface CaseWords {
  /** Every word of the cases, sorted: the words starting with a prefix are a run of ids. */
  vocabulary: readonly string[];
  /** Each case's words (title, then summary), as ids, by position. */
  ids: readonly Uint32Array[];
  /** By word id: the positions of the cases that have it, ascending. */
  postings: readonly Uint32Array[];
}

const caseWordsOfList = new WeakMap<readonly Case[], CaseWords>();

function caseWordsOf(cases: readonly Case[]): CaseWords {
  let built = caseWordsOfList.get(cases);
  if (built !== undefined) return built;
  // Ids in order of first sight while reading, then renumbered in the vocabulary's sorted order.
  const seenIds = new Map<string, number>();
  const firstIds = cases.map((c) => {
    const tokens = tokenize(`${c.title} ${c.summary}`);
    const list = new Uint32Array(tokens.length);
    tokens.forEach((t, k) => {
      let id = seenIds.get(t.folded);
      if (id === undefined) {
        id = seenIds.size;
        seenIds.set(t.folded, id);
      }
      list[k] = id;
    });
    return list;
  });
  const vocabulary = [...seenIds.keys()].sort();
  const renumbered = new Uint32Array(vocabulary.length);
  vocabulary.forEach((word, id) => {
    renumbered[seenIds.get(word)!] = id;
  });
  const ids = firstIds.map((list) => list.map((id) => renumbered[id]!));
  const counts = new Uint32Array(vocabulary.length);
  const seen = new Int32Array(vocabulary.length).fill(-1);
  ids.forEach((list, position) => {
    for (const id of list) if (seen[id] !== position) [seen[id], counts[id]] = [position, counts[id]! + 1];
  });
  const postings = Array.from(counts, (count) => new Uint32Array(count));
  const filled = new Uint32Array(vocabulary.length);
  seen.fill(-1);
  ids.forEach((list, position) => {
    for (const id of list) {
      if (seen[id] === position) continue;
      seen[id] = position;
      postings[id]![filled[id]!++] = position;
    }
  });
  built = { vocabulary, ids, postings };
  caseWordsOfList.set(cases, built);
  return built;
}

/** The ids of the words starting with `prefix`: [from, to). */
function prefixRange(vocabulary: readonly string[], prefix: string): [number, number] {
  let low = 0;
  let high = vocabulary.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (vocabulary[middle]! < prefix) low = middle + 1;
    else high = middle;
  }
  let to = low;
  while (to < vocabulary.length && vocabulary[to]!.startsWith(prefix)) to += 1;
  return [low, to];
}

/**
 * The positions in `cases` of the cases `without` leaves out, as `leftOutBy` tells them: a
 * phrase's cases are found from the words' postings and checked, not by reading every case.
 */
export function leftOutPositions(cases: readonly Case[], without: readonly string[]): Set<number> {
  const out = new Set<number>();
  const labels = without.filter((w) => LABELS.has(w));
  if (labels.length > 0)
    cases.forEach((c, position) => {
      if (labels.some((label) => c.tags.includes(label))) out.add(position);
    });
  const phrases = without.filter((w) => !LABELS.has(w)).map((w) => tokenize(w).map((t) => t.folded));
  if (phrases.every((phrase) => phrase.length === 0)) return out;
  const { vocabulary, ids, postings } = caseWordsOf(cases);
  for (const phrase of phrases) {
    if (phrase.length === 0) continue;
    const ranges = phrase.map((word) => prefixRange(vocabulary, word));
    // The cases having the phrase's rarest word are the ones to check.
    let rarest: [number, number] | undefined;
    let fewest = Number.POSITIVE_INFINITY;
    for (const [from, to] of ranges) {
      let count = 0;
      for (let id = from; id < to; id++) count += postings[id]!.length;
      if (count < fewest) [rarest, fewest] = [[from, to], count];
    }
    if (rarest === undefined || fewest === 0) continue;
    for (let id = rarest[0]; id < rarest[1]; id++)
      for (const position of postings[id]!)
        if (!out.has(position) && holdsRanges(ids[position]!, ranges)) out.add(position);
  }
  return out;
}

/** Whether `ids` hold, in a row, a word of each range. */
function holdsRanges(ids: Uint32Array, ranges: readonly [number, number][]): boolean {
  for (let i = 0; i + ranges.length <= ids.length; i++) {
    let k = 0;
    while (k < ranges.length && ids[i + k]! >= ranges[k]![0] && ids[i + k]! < ranges[k]![1]) k++;
    if (k === ranges.length) return true;
  }
  return false;
}
