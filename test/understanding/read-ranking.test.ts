import { describe, expect, it } from 'vitest';
import type { Facet } from '../../src/index.js';
import { readRanking } from '../../src/understanding/read-ranking.js';
import { splitMessage } from '../../src/understanding/words.js';

const FACETS: Record<string, Facet> = {
  country: 'country',
  countries: 'country',
  topic: 'topic',
  topics: 'topic',
  year: 'year',
  level: 'level',
  region: 'region',
};

/** The facet ranked, with numbers claimed as a count would be ("top 3"). */
function read(text: string): Facet | undefined {
  const words = splitMessage(text);
  const claimed = words.map((w) => /^\d+$/u.test(w.folded));
  return readRanking(words, claimed, (word) => FACETS[word])?.facet;
}

describe('readRanking', () => {
  it.each([
    ['most active country in asia', 'country'],
    ['top 3 countries for AI', 'country'],
    ['the biggest topic in Europe', 'topic'],
    ['the busiest year', 'year'],
    ['least covered topic in africa', 'topic'],
    ['leading countries on open data', 'country'],
    ['countries that lead on e-procurement', 'country'],
    ['who leads on open data', 'country'],
    ["who's ahead in europe", 'country'],
    ['who does the most on AI', 'country'],
    ['busiest level of government', 'level'],
  ])('reads a ranking: %j', (text, facet) => {
    expect(read(text)).toBe(facet);
  });

  it.each([
    'the top 10 digital skills programmes',
    'leading by example',
    'cases from Three Lakes',
    'in most countries',
    'more countries please',
    'top level of government',
    'topic: health',
    'who leads it?',
    'who led the AI Friends project',
  ])('reads no ranking in %j', (text) => {
    expect(read(text)).toBeUndefined();
  });
});
