import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countFacets } from '../../src/intents/count-facets.js';
import { buildPositionOfDoc, searchResult } from '../../src/intents/search-result.js';
import type { Case } from '../../src/knowledge/case.js';
import { TAXONOMY } from '../../src/knowledge/taxonomy.js';
import { buildSearchIndexData } from '../../src/search/build-search-index.js';
import { buildCaseFacets } from '../../src/search/case-facets.js';
import { createSearchIndex } from '../../src/search/search-index.js';
import { makeCase } from '../digests/digest-fixtures.js';

const WORDS = ['water', 'school', 'health', 'budget', 'citizens', 'transport', 'data', 'farm'];
const COUNTRIES = ['FR', 'DE', 'KR', 'CL', 'NZ'];
const TOPICS = TAXONOMY.slice(0, 4).map((t) => t.label);

const caseArb = fc.record({
  words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }),
  countries: fc.uniqueArray(fc.constantFrom(...COUNTRIES), { minLength: 1, maxLength: 2 }),
  tags: fc.uniqueArray(fc.constantFrom(...TOPICS), { maxLength: 2 }),
  year: fc.option(fc.integer({ min: 2010, max: 2014 }), { nil: undefined }),
});

const knowledgeArb = fc.array(caseArb, { minLength: 1, maxLength: 90 }).map((records) =>
  records.map((r, i) =>
    makeCase(`case${i}`, {
      title: `${r.words[0]} initiative ${i}`,
      summary: `${r.words.join(' ')}.`,
      countries: r.countries,
      tags: r.tags,
      ...(r.year === undefined ? {} : { year: r.year }),
    }),
  ),
);

/** Counts per key (`facet:value`) of the cases given, each value once per case: the plain count. */
function plainCounts(cases: readonly Case[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const c of cases) {
    for (const code of new Set(c.countries)) add(`country:${code}`);
    for (const tag of new Set(c.tags.filter((t) => TOPICS.includes(t)))) add(`topic:${tag}`);
    if (c.year !== undefined) add(`year:${c.year}`);
  }
  return counts;
}

describe('search results by document number', () => {
  it('list, filter, order and count the same cases as the full list of hits, in the same order', () => {
    fc.assert(
      fc.property(
        knowledgeArb,
        fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }),
        fc.array(fc.boolean(), { minLength: 90, maxLength: 90 }),
        fc.boolean(),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 90, maxLength: 90 }),
        (cases, words, keep, inOrder, rankOf) => {
          // An index of the cases in their order numbers documents as positions; else it maps them.
          const index = createSearchIndex(buildSearchIndexData(inOrder ? cases : [...cases].reverse()));
          const query = words.join(' ');
          const positionOf = new Map(cases.map((c, i) => [c.id, i]));
          const result = searchResult(
            index.match(query),
            cases,
            buildPositionOfDoc(index.refs ?? [], positionOf),
            inOrder,
          );
          const hits = index.search(query);
          expect(Array.from({ length: result.total }, (_, i) => result.at(i).case.id)).toEqual(
            hits.map((h) => h.id),
          );

          const mask = Uint8Array.from(cases, (_, i) => (keep[i] ? 1 : 0));
          const within = result.within(mask);
          const kept = hits.filter((h) => keep[positionOf.get(h.id)!]);
          expect(Array.from({ length: within.total }, (_, i) => within.at(i).case.id)).toEqual(
            kept.map((h) => h.id),
          );

          // Ordered by a rank per case (few values: many ties, kept in the search's order), read
          // first as a page (the top of the list only), then to the end (the whole list).
          const ranks = Uint32Array.from(cases, (_, i) => rankOf[i]!);
          for (const [matched, expected] of [
            [result, hits],
            [within, kept],
          ] as const) {
            const want = [...expected]
              .sort((a, b) => ranks[positionOf.get(a.id)!]! - ranks[positionOf.get(b.id)!]!)
              .map((h) => h.id);
            const ordered = matched.ordered(ranks);
            const page = Math.min(5, ordered.total);
            expect(Array.from({ length: page }, (_, i) => ordered.at(i).case.id)).toEqual(
              want.slice(0, page),
            );
            expect(Array.from({ length: ordered.total }, (_, i) => ordered.at(i).case.id)).toEqual(want);
            expect(ordered.within(mask).total).toBe(want.filter((id) => keep[positionOf.get(id)!]).length);
          }

          const facets = buildCaseFacets(cases, () => undefined);
          const table = facets.menu;
          for (const [matched, expected] of [
            [result, hits],
            [within, kept],
          ] as const) {
            const { counts, matched: total } = countFacets(facets, matched);
            expect(total).toBe(expected.length);
            const byKey = new Map<string, number>();
            counts.forEach((count, k) => {
              if (count > 0) byKey.set(`${table.facetOf[k]}:${table.keys[k]}`, count);
            });
            expect(byKey).toEqual(plainCounts(expected.map((h) => cases[positionOf.get(h.id)!]!)));
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
