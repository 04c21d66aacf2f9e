import { describe, expect, it } from 'vitest';
import { leftOutBy, leftOutPositions } from '../../src/intents/left-out.js';
import { TAXONOMY } from '../../src/knowledge/taxonomy.js';
import { makeCase } from '../digests/digest-fixtures.js';
import { builtInBot } from '../support/built-in-bot.js';

const cases = [
  makeCase('a', { title: 'Mental healthcare at home', summary: 'Nurses visit.' }),
  makeCase('b', { title: 'Health checks', summary: 'A mental note: healthy mentality.' }),
  makeCase('c', { title: 'Chatbots for taxes', summary: 'An AI assistant.', tags: [TAXONOMY[0]!.label] }),
  makeCase('d', { title: 'Open data', summary: 'Energy use, open-data portal.' }),
];

function byTest(all: readonly (typeof cases)[number][], without: readonly string[]): Set<number> {
  const leftOut = leftOutBy(without);
  return new Set(all.flatMap((c, position) => (leftOut(c) ? [position] : [])));
}

describe('leftOutPositions', () => {
  it.each([
    [['mental health']],
    [['health']],
    [['chatbot']],
    [['energy', 'open data']],
    [[TAXONOMY[0]!.label]],
    [['nothing like this']],
    [['']],
  ])('leaves out the cases leftOutBy does: %j', (without) => {
    expect(leftOutPositions(cases, without)).toEqual(byTest(cases, without));
  });

  it('a phrase holds only with its words in a row, each the start of a word', () => {
    expect([...leftOutPositions(cases, ['mental health'])]).toEqual([0]);
  });

  it('leaves out the same cases of the built-in knowledge', async () => {
    const all = (await builtInBot()).knowledge.cases;
    const words = all.slice(0, 12).flatMap((c) => c.title.toLowerCase().split(/\s+/u).slice(0, 2));
    for (const without of [...words.map((w) => [w]), ['mental health'], ['open data', 'ai']])
      expect(leftOutPositions(all, without)).toEqual(byTest(all, without));
  });
});
