/**
 * How much typo tolerance one search may spend. Exact words are always searched; only the
 * guesses for words the index does not know are bounded, so a hostile message costs no more
 * than these limits while an ordinary typo never comes near them.
 */
export interface SearchLimits {
  /** Trie nodes one unknown word may visit (its near spellings and its completions together). */
  visitsPerWord: number;
  /** Trie nodes all the unknown words of one query may visit together. */
  visitsPerQuery: number;
  /** Milliseconds after the search starts when guessing stops, whatever is left. */
  timeBudgetMs: number;
}

/** What one search spent on guesses, as a test or a metric can read it. */
export interface SearchWork {
  /** Query words the index did not know, for which guesses were tried. */
  unknownWords: number;
  /** Trie nodes visited for them. */
  visits: number;
  /** Indexed words the walks yielded as guesses (before stems are merged and capped). */
  candidates: number;
  /** Set when a budget stopped the guessing: some words got fewer guesses, or none. */
  cutShort?: 'visits' | 'time';
}

/** Counts the work of one search against its limits. */
export interface WorkMeter {
  readonly work: SearchWork;
  /** Starts the budget of the next unknown word; false when nothing is left for it. */
  startWord(): boolean;
  /** Counts one trie node; false when the word's or the query's budget is spent. */
  visit(): boolean;
  found(): void;
}

/** The clock is read once in this many visits: cheap enough, and often enough for the budget. */
const CLOCK_EVERY = 512;

/**
 * A meter for one search. `clock` is a monotonic time in milliseconds (`performance.now`),
 * injected so tests can stop a search at a chosen moment without waiting.
 */
export function createWorkMeter(limits: SearchLimits, clock: () => number): WorkMeter {
  const deadline = clock() + limits.timeBudgetMs;
  const work: SearchWork = { unknownWords: 0, visits: 0, candidates: 0 };
  // `stopped` ends all guessing; a word that spends its own budget only ends its own walk.
  let stopped = false;
  let wordEnd = 0;
  const stop = (reason: 'visits' | 'time') => {
    stopped = true;
    work.cutShort = reason;
    return false;
  };
  return {
    work,
    startWord() {
      if (stopped) return false;
      if (clock() > deadline) return stop('time');
      if (work.visits >= limits.visitsPerQuery) return stop('visits');
      work.unknownWords++;
      wordEnd = Math.min(work.visits + limits.visitsPerWord, limits.visitsPerQuery);
      return true;
    },
    visit() {
      if (stopped) return false;
      if (work.visits >= wordEnd) {
        work.cutShort = 'visits';
        return false;
      }
      work.visits++;
      return work.visits % CLOCK_EVERY !== 0 || clock() <= deadline || stop('time');
    },
    found() {
      work.candidates++;
    },
  };
}
