import { beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../src/index.js';
import { builtInBot } from '../support/built-in-bot.js';
import { freshPerson } from '../support/fresh-person.js';

let bot: Bot;
beforeAll(async () => {
  bot = await builtInBot();
});

describe('a conversation in English with words of the asker’s language', () => {
  it('follows a Spanish question with another place and the next page', async () => {
    const me = freshPerson();
    expect((await bot.answer('ejemplos de salud en Colombia', me)).intent).toMatchObject({
      query: '',
      filters: { countries: ['CO'], topic: 'Health' },
    });
    expect((await bot.answer('and for Chile?', me)).intent).toMatchObject({
      filters: { countries: ['CL'], topic: 'Health' },
    });
  });

  it('reads the "and" opening a follow-up in the asker’s language ("y en Europa?", "et pour la France ?")', async () => {
    for (const [first, then, filters] of [
      ['ejemplos de salud', 'y en europa?', { topic: 'Health', region: 'europe' }],
      ['salud en colombia', 'et pour la France ?', { topic: 'Health', countries: ['FR'] }],
      ['health', 'und in Japan?', { topic: 'Health', countries: ['JP'] }],
    ] as const) {
      const me = freshPerson();
      await bot.answer(first, me);
      const reply = await bot.answer(then, me);
      expect(reply.intent, then).toMatchObject({ query: '', filters });
    }
  });

  it('keeps a German question’s topic, then years and a region said in their words', async () => {
    const me = freshPerson();
    expect((await bot.answer('gibt es Beispiele für Gesundheit?', me)).intent).toMatchObject({
      query: '',
      filters: { topic: 'Health' },
    });
    expect((await bot.answer('and of the years 2018 until 2022?', me)).intent).toMatchObject({
      filters: { topic: 'Health', years: { from: 2018, to: 2022 } },
    });
    expect((await bot.answer('and in Europa?', me)).intent).toMatchObject({
      filters: { topic: 'Health', years: { from: 2018, to: 2022 }, region: 'europe' },
    });
  });

  it('reads a Portuguese place and its follow-up, then the case pointed at', async () => {
    const me = freshPerson();
    const first = await bot.answer('there is cases of Coreia do Sul about education?', me);
    expect(first.intent).toMatchObject({ filters: { countries: ['KR'], topic: 'Education' } });
    const [shown] = first.cases;
    expect(await bot.answer('the first please', me)).toMatchObject({
      type: 'case',
      cases: [{ id: shown?.id }],
    });
  });
});
