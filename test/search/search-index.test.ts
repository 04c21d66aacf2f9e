import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Case } from '../../src/knowledge/case.js';
import { buildPostings, encodePostings } from '../../src/search/build-postings.js';
import {
  buildLunrIndex,
  buildSearchDocument,
  buildSearchIndexData,
  type SearchIndexData,
} from '../../src/search/build-search-index.js';
import { inverseDocumentFrequency } from '../../src/search/plan-query.js';
import { createSearchIndex } from '../../src/search/search-index.js';
import { tokenizeQuery } from '../../src/search/tokenize.js';

function makeCase(id: string, title: string, summary: string, tags: string[] = []): Case {
  return {
    id,
    title,
    summary,
    truncated: false,
    countries: [],
    tags,
    sources: [{ file: 'test.jsonl', line: 1 }],
  };
}

const CASES: Case[] = [
  makeCase(
    'tele',
    'Cardiac Telerehabilitation',
    'An exercise-based telerehabilitation programme for heart patients.',
    ['health'],
  ),
  makeCase(
    'mind',
    'Youth Mental Health',
    'Schools improve the mental health and wellbeing of young people.',
    ['health'],
  ),
  makeCase(
    'care',
    'Philosophy of Care',
    'A mental health care centre co-created with people of lived experience.',
  ),
  makeCase('vote', 'My France 2022', 'An online citizen consultation before the presidential election.', [
    'participation & democracy',
  ]),
  makeCase(
    'heri',
    'Collections of Ghent',
    'The city digitises its cultural heritage with residents and museums.',
    ['culture'],
  ),
  makeCase('jobs', 'Green Jobs Corps', 'Climate workforce training creates green jobs for young people.', [
    'employment & skills',
  ]),
  makeCase(
    'data',
    'Open Data Portal',
    'Digital public services publish open data; digital skills for officials.',
    ['digital government'],
  ),
];

const data = buildSearchIndexData(CASES);
const index = createSearchIndex(data);
const lunrIndex = buildLunrIndex(CASES.map(buildSearchDocument));

/** lunr's idf, from its own inverted index: how many cases hold the stem, in any field. */
function lunrIdf(term: string): number {
  const fields = (lunrIndex as unknown as { invertedIndex: Record<string, Record<string, object>> })
    .invertedIndex[term];
  const refs = new Set(
    Object.entries(fields ?? {}).flatMap(([key, docs]) => (key === '_index' ? [] : Object.keys(docs))),
  );
  return inverseDocumentFrequency(refs.size, CASES.length);
}

/**
 * What lunr itself answers for the same stems, with casebot's exact-word boost, each score
 * weighed by the square of the query's idf-weighted share that the case matched.
 */
function lunrAnswer(text: string): { ref: string; score: number }[] {
  const tokens = tokenizeQuery(text);
  const total = tokens.reduce((sum, token) => sum + lunrIdf(token.stem), 0);
  return lunrIndex
    .query((q) => {
      for (const token of tokens) q.term(token.stem, { boost: 10, usePipeline: false });
    })
    .map(({ ref, score, matchData }) => {
      const matched = tokens.filter((token) => token.stem in matchData.metadata);
      const share = matched.reduce((sum, token) => sum + lunrIdf(token.stem), 0) / total;
      return { ref, score: tokens.length > 1 ? score * share * share : score };
    });
}

describe('createSearchIndex', () => {
  it.each([
    'mental health',
    'health',
    'young people',
    'digital digital open data',
    'green jobs climate',
    'heritage museums city',
    'people',
  ])('scores "%s" as lunr does, weighed by the rarity of the words matched', (text) => {
    const ours = index.search(text);
    const theirs = lunrAnswer(text);
    expect(theirs.length).toBeGreaterThan(0);
    expect(ours.map((hit) => hit.id).sort()).toEqual(theirs.map((hit) => hit.ref).sort());
    const scoreOf = new Map(theirs.map((hit) => [hit.ref, hit.score]));
    for (const hit of ours) expect(hit.score).toBeCloseTo(scoreOf.get(hit.id) ?? Number.NaN, 9);
    for (let i = 1; i < ours.length; i++) expect(ours[i - 1]!.score).toBeGreaterThanOrEqual(ours[i]!.score);
  });

  it("scores the same when lunr keeps a case's field vectors apart", () => {
    const other = buildLunrIndex(CASES.map(buildSearchDocument));
    const internals = other as unknown as { fieldVectors: Record<string, unknown> };
    // Sorted by key, the vectors run field by field ("summary/…", then "title/…"), not case by case.
    internals.fieldVectors = Object.fromEntries(Object.entries(internals.fieldVectors).sort());
    const apart = createSearchIndex({ ...encodePostings(buildPostings(other)), vocabulary: data.vocabulary });
    for (const text of ['mental health', 'young people digital', 'heritage care']) {
      const expected = index.search(text);
      const actual = apart.search(text);
      expect(new Map(actual.map((hit) => [hit.id, hit.matched]))).toEqual(
        new Map(expected.map((hit) => [hit.id, hit.matched])),
      );
      const scoreOf = new Map(expected.map((hit) => [hit.id, hit.score]));
      for (const hit of actual) expect(hit.score).toBeCloseTo(scoreOf.get(hit.id)!, 9);
    }
  });

  it('answers the same after a round trip through JSON, as from the knowledge cache', () => {
    const restored = createSearchIndex(JSON.parse(JSON.stringify(data)) as SearchIndexData);
    for (const text of ['mental health', 'telerehabilitaion', 'digital open data people']) {
      expect(restored.search(text)).toEqual(index.search(text));
    }
    expect(JSON.stringify(data).length).toBeLessThan(JSON.stringify(lunrIndex).length);
  });

  it('refuses postings whose parts do not fit together', () => {
    expect(() => createSearchIndex({ ...data, terms: data.terms.slice(1) })).toThrow(TypeError);
    expect(() => createSearchIndex({ ...data, docs: data.docs.slice(0, 8) })).toThrow(TypeError);
  });

  it('says which of the words typed matched each case', () => {
    const hits = index.search('mental health museums');
    const byId = new Map(hits.map((hit) => [hit.id, hit.matched.sort()]));
    expect(byId.get('mind')).toEqual(['health', 'mental']);
    expect(byId.get('heri')).toEqual(['museums']);
    expect(byId.get('tele')).toEqual(['health']);
    expect(byId.has('vote')).toBe(false);
  });

  it('finds a case despite a typo of one or two letters, naming the word as typed', () => {
    for (const typo of ['telerehabilitaion', 'telerehabilitatoin', 'heritag', 'presidental']) {
      const [first] = index.search(typo);
      expect(first?.matched).toEqual([typo]);
    }
    expect(index.search('telerehabilitaion')[0]?.id).toBe('tele');
    expect(index.search('presidental')[0]?.id).toBe('vote');
  });

  it('ranks a case with the exact word above one reached only through a typo', () => {
    const hits = index.search('climate helth');
    expect(hits[0]?.id).toBe('jobs');
    expect(hits.map((hit) => hit.id)).toContain('mind');
  });

  it('gives the same answer to the same query whatever came before', () => {
    const first = index.search('young people health');
    index.search('digital open data heritage');
    index.search(Array.from({ length: 40 }, (_, i) => `word${i}`).join(' '));
    expect(index.search('young people health')).toEqual(first);
  });

  it('reports matched words beyond the 32nd word of a long query', () => {
    const filler = Array.from({ length: 40 }, (_, i) => `zzfiller${i}`).join(' ');
    const hits = index.search(`${filler} museums`);
    expect(hits.map((hit) => hit.id)).toEqual(['heri']);
    expect(hits[0]?.matched).toEqual(['museums']);
  });

  it('names the matched words in query order, wherever they are in a long query', () => {
    const filler = (from: number) => Array.from({ length: 30 }, (_, i) => `zzfiller${from + i}`);
    const words = ['museums', ...filler(0), 'heritage', ...filler(30), 'city', 'residents'];
    const [first] = index.search(words.join(' '));
    expect(first?.id).toBe('heri');
    expect(first?.matched).toEqual(['museums', 'heritage', 'city', 'residents']);
  });

  it('treats lunr query syntax as text and finds nothing for stop words alone', () => {
    expect(index.search('title:heritage')[0]?.id).toBe('heri');
    expect(index.search('+mental -health ~2 ^10 * "care"')[0]?.id).toBe('care');
    expect(index.search('the of and')).toEqual([]);
    expect(index.search('')).toEqual([]);
  });

  it('answers any string without throwing, each case once, best first', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const hits = index.search(text);
        expect(new Set(hits.map((hit) => hit.id)).size).toBe(hits.length);
        for (let i = 1; i < hits.length; i++)
          expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
      }),
      { numRuns: 300 },
    );
  });
});
