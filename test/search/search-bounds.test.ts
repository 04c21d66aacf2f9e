import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBot } from '../../src/create-bot.js';
import type { Bot, Case, KnowledgeBase } from '../../src/index.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { buildSearchIndexData, type SearchIndexData } from '../../src/search/build-search-index.js';
import { MAX_CANDIDATES_PER_WALK, MAX_TYPO_WORD_LENGTH } from '../../src/search/create-word-expander.js';
import { createSearchIndex, DEFAULT_SEARCH_LIMITS, type SearchIndex } from '../../src/search/search-index.js';
import type { SearchWork } from '../../src/search/search-work.js';
import { tokenizeQuery } from '../../src/search/tokenize.js';
import { freshPerson } from '../support/fresh-person.js';
import { hostilePiece } from '../support/hostile-text.js';

let knowledge: KnowledgeBase;
let data: SearchIndexData;
let longestWord: number;
beforeAll(async () => {
  knowledge = { ...(await loadKnowledge('knowledge')), hash: 'test' };
  data = buildSearchIndexData(knowledge.cases);
  longestWord = Math.max(...data.vocabulary.map(([word]) => word.length));
});

/** An index over the built-in knowledge that records the work of every search. */
function watchedIndex(options: Parameters<typeof createSearchIndex>[1] = {}) {
  const works: SearchWork[] = [];
  const index = createSearchIndex(data, { ...options, onSearch: (work) => works.push({ ...work }) });
  return { index, works, last: () => works[works.length - 1]! };
}

const LETTERS = [...'abcdefghijklmnopqrstuvwxyz'];
const letters = (minLength: number, maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...LETTERS), minLength, maxLength });
const otherScripts = fc.string({
  unit: fc.constantFrom(
    '한',
    '국',
    '디',
    '지',
    'ا',
    'ل',
    'ع',
    'ر',
    'ب',
    'ж',
    'ё',
    '漢',
    '字',
    'é',
    'ß',
    '🇰🇷',
  ),
  minLength: 1,
  maxLength: 300,
});

/** Hostile queries: long words, random letters, many unknown words, repeats, other scripts, markup. */
const hostileQuery = fc.oneof(
  letters(1, 600),
  fc.array(letters(2, 30), { minLength: 1, maxLength: 120 }).map((words) => words.join(' ')),
  fc.tuple(letters(5, 40), fc.integer({ min: 2, max: 100 })).map(([word, times]) => `${word} `.repeat(times)),
  otherScripts,
  fc.array(fc.oneof(hostilePiece, letters(1, 40)), { maxLength: 60 }).map((parts) => parts.join('')),
);

/** The most work a query may cost: each unknown word its walks' candidates, the query its visits. */
function expectBounded(work: SearchWork, text: string) {
  expect(work.visits).toBeLessThanOrEqual(DEFAULT_SEARCH_LIMITS.visitsPerQuery);
  expect(work.unknownWords).toBeLessThanOrEqual(tokenizeQuery(text).length);
  expect(work.candidates).toBeLessThanOrEqual(work.unknownWords * 2 * MAX_CANDIDATES_PER_WALK);
}

describe('the work of one search is bounded', () => {
  it('never throws, and stays within the budget, for any hostile query', () => {
    const { index, last } = watchedIndex();
    fc.assert(
      fc.property(hostileQuery, (text) => {
        const hits = index.search(text);
        expect(new Set(hits.map((hit) => hit.id)).size).toBe(hits.length);
        expectBounded(last(), text);
      }),
      { numRuns: 300 },
    );
  });

  it('spends nothing on a word longer than any indexed word, however long', () => {
    const { index, last } = watchedIndex();
    fc.assert(
      fc.property(fc.integer({ min: longestWord + 3, max: 2_000 }), letters(1, 1), (length, letter) => {
        index.search(`${letter}bcdefghij`.repeat(Math.ceil(length / 10)).slice(0, length));
        expect(last()).toEqual({ unknownWords: 1, visits: 0, candidates: 0 });
      }),
      { numRuns: 50 },
    );
  });

  it('gives no typo tolerance beyond the longest plausible word', () => {
    const long = 'pneumonoultramicroscopicsilicovolcanoconiosis';
    const plausible = 'internationalisations'; // 21 letters
    const cases: Case[] = [long, plausible].map((word) => ({
      id: word.slice(0, 8),
      title: word,
      summary: `A case about ${word}.`,
      truncated: false,
      countries: [],
      tags: [],
      sources: [{ file: 'test.jsonl', line: 1 }],
    }));
    const index = createSearchIndex(buildSearchIndexData(cases));
    expect(index.search(long).map((hit) => hit.id)).toEqual(['pneumono']);
    expect(long.length).toBeGreaterThan(MAX_TYPO_WORD_LENGTH);
    expect(index.search(long.replace('silico', 'silica'))).toEqual([]);
    expect(index.search(plausible.replace('tional', 'tinoal')).map((hit) => hit.id)).toEqual(['internat']);
  });

  it('shares the budget among many unknown words, and still searches the known ones', () => {
    const { index, last } = watchedIndex({ limits: { visitsPerWord: 300, visitsPerQuery: 1_000 } });
    const unknown = Array.from({ length: 50 }, (_, i) => `qzxv${String.fromCharCode(97 + (i % 26))}kwpl`);
    const hits = index.search(`${unknown.join(' ')} heritage`);
    expect(last().visits).toBeLessThanOrEqual(1_000);
    expect(last().cutShort).toBe('visits');
    expect(last().unknownWords).toBeLessThan(50);
    expect(hits.some((hit) => hit.matched.includes('heritage'))).toBe(true);
  });

  it('stops guessing when the clock passes the budget, and answers with the exact words', () => {
    // Every reading of the clock moves it on a millisecond: the test decides when time is up.
    let now = 0;
    const { index, last } = watchedIndex({ clock: () => now++, limits: { timeBudgetMs: 3 } });
    const typos = ['telerehabilitaion', 'parcitipation', 'presidental', 'mentl', 'helth', 'digitl'];
    const hits = index.search(`${typos.join(' ')} heritage`);
    expect(last().cutShort).toBe('time');
    expect(last().unknownWords).toBeLessThan(typos.length);
    expect(hits.some((hit) => hit.matched.includes('heritage'))).toBe(true);
    // The same query with time to spare tries every typo.
    const unhurried = watchedIndex();
    unhurried.index.search(`${typos.join(' ')} heritage`);
    expect(unhurried.last().cutShort).toBeUndefined();
    expect(unhurried.last().unknownWords).toBe(typos.length);
  });

  it('corrects ordinary typos well within the budget', () => {
    const { index, last } = watchedIndex();
    for (const typo of ['telerehabilitaion', 'parcitipation', 'heritag', 'mentl helth', 'digitl inclusoin']) {
      expect(index.search(typo).length, typo).toBeGreaterThan(0);
      expect(last().cutShort, typo).toBeUndefined();
      expect(last().visits, typo).toBeLessThan(DEFAULT_SEARCH_LIMITS.visitsPerWord / 4);
    }
  });
});

describe('bot.answer with hostile messages', () => {
  let bot: Bot;
  let works: SearchWork[];
  let index: SearchIndex;
  beforeAll(() => {
    works = [];
    index = createSearchIndex(data, { onSearch: (work) => works.push({ ...work }) });
    bot = createBot({ knowledge, index, random: () => 0.5 });
  });

  it('answers every message as it would any other, within the search budget', async () => {
    const commands = fc.constantFrom(
      '',
      'search ',
      'find ',
      'random ',
      'country ',
      'show ',
      '/',
      '@casebot ',
    );
    await fc.assert(
      fc.asyncProperty(commands, hostileQuery, async (command, text) => {
        works.length = 0;
        // A conversation of its own: a follow-up of an earlier run's message ("judt aa" read as
        // "just aa" narrows the last search) would search that message's words too.
        const reply = await bot.answer(`${command}${text}`, freshPerson());
        // Any answer but an apology: `country` alone lists the countries (a count), small talk is a message.
        expect(['results', 'not-found', 'help', 'case', 'counts', 'message', 'compare']).toContain(
          reply.type,
        );
        expect(reply.heading).not.toMatch(/something went wrong/i);
        for (const work of works) expectBounded(work, `${command}${text}`);
      }),
      { numRuns: 300 },
    );
  });

  it.each([150, 200, 250, 500])('answers a %i-letter word with a normal not-found reply', async (length) => {
    works.length = 0;
    const word = 'abcdefghijklmnopqrstuvwxy'.repeat(20).slice(0, length);
    const reply = await bot.answer(`search ${word}`);
    expect(reply.type).toBe(length + 'search '.length > 500 ? 'help' : 'not-found');
    for (const work of works) expect(work.visits).toBe(0);
  });
});
