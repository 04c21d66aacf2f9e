import { beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../src/index.js';
import { builtInBot } from '../support/built-in-bot.js';
import { freshPerson } from '../support/fresh-person.js';

let bot: Bot;
beforeAll(async () => {
  bot = await builtInBot();
});

/** The ids of the health cases, in the order the list shows them. */
async function healthList(me: ReturnType<typeof freshPerson>): Promise<string[]> {
  const reply = await bot.answer('health cases', me);
  return reply.cases.map((c) => c.id);
}

describe('a case of the last list pointed at by its position', () => {
  it.each([
    ['number three', 2],
    ['open 2', 1],
    ['link for 4?', 3],
    ['link of #4', 3],
  ])('%j shows that case', async (message, index) => {
    const me = freshPerson();
    const ids = await healthList(me);
    expect((await bot.answer(message, me)).intent).toEqual({ type: 'show', id: ids[index] });
  });

  it.each(['1 and 3', 'the first and the third', 'show me 1 and 3'])(
    '%j shows the two side by side',
    async (message) => {
      const me = freshPerson();
      const ids = await healthList(me);
      expect((await bot.answer(message, me)).intent).toEqual({ type: 'compare', ids: [ids[0], ids[2]] });
    },
  );

  it('keeps numbers that are no positions: a count, a year, a topic word', async () => {
    const me = freshPerson();
    await healthList(me);
    expect((await bot.answer('show me 3 cases', me)).intent).toMatchObject({ type: 'search', count: 3 });
    expect((await bot.answer('open data', freshPerson())).intent).toMatchObject({ query: 'open data' });
    expect((await bot.answer('open 2020 cases', freshPerson())).intent).toMatchObject({
      filters: { years: { from: 2020, to: 2020 } },
    });
  });
});
