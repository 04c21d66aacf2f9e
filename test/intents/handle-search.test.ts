import { describe, expect, it } from 'vitest';
import { createBot, type Reply } from '../../src/index.js';
import { buildSearchIndexData } from '../../src/search/build-search-index.js';
import { createSearchIndex, type SearchIndex } from '../../src/search/search-index.js';
import { makeCase } from '../digests/digest-fixtures.js';

const cases = [
  makeCase('tele1', { title: 'Telehealth for villages', summary: 'Telehealth reaches rural France.' }),
  makeCase('budg1', { title: 'Budget by citizens', summary: 'Citizens decide.', countries: ['DE'] }),
];

/** A bot over `cases` whose index remembers every query it ran. */
function botWithCountingIndex() {
  const inner = createSearchIndex(buildSearchIndexData(cases));
  const queries: string[] = [];
  const index: SearchIndex = {
    match(text) {
      queries.push(text);
      return inner.match(text);
    },
    search(text) {
      queries.push(text);
      return inner.search(text);
    },
  };
  return { bot: createBot({ knowledge: { cases, problems: [], hash: 'test' }, index }), queries };
}

describe('search narrowed to a country', () => {
  it('finds the cases in that country with one search', async () => {
    const { bot, queries } = botWithCountingIndex();
    const reply = await bot.answer('telehealth in France');
    expect(reply).toMatchObject({ type: 'results', total: 1, cases: [{ id: 'tele1' }] });
    expect(queries).toEqual(['telehealth']);
  });

  it('with nothing there, offers the same search everywhere with its count, still from one search', async () => {
    const { bot, queries } = botWithCountingIndex();
    const reply: Reply = await bot.answer('telehealth in Germany');
    expect(reply.type).toBe('not-found');
    expect(reply.actions).toEqual([
      { type: 'relax', label: 'Any country (1)', command: 'search telehealth' },
      { type: 'relax', label: 'Without “telehealth” (1)', command: 'list in Germany' },
    ]);
    expect(reply.type === 'not-found' && reply.message).toBe(
      'Without the place (Germany): 1 case. Without the words “telehealth”: 1 case.',
    );
    expect(queries).toEqual(['telehealth']);
  });

  it('does not offer searching everywhere when that finds nothing either', async () => {
    const { bot } = botWithCountingIndex();
    const reply = await bot.answer('zeppelin in Germany');
    expect(reply.actions.map((a) => a.command)).not.toContain('search zeppelin');
  });
});
