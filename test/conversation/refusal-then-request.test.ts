import { beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../src/index.js';
import { builtInBotOnFixedDay } from '../support/built-in-bot.js';
import { freshPerson } from '../support/fresh-person.js';

let bot: Bot;

beforeAll(async () => {
  bot = await builtInBotOnFixedDay();
});

describe('a refusal followed by a request', () => {
  it.each(['nah something else', 'nah, show me something different', 'no, something else'])(
    '%j is the request, about the last list',
    async (message) => {
      const ctx = freshPerson();
      await bot.answer('show me cases on health', ctx);
      const reply = await bot.answer(message, ctx);
      expect(reply.intent).toEqual({ type: 'random', query: '', filters: { topic: 'Health' } });
    },
  );

  it('is still a plain no alone', async () => {
    const ctx = freshPerson();
    await bot.answer('show me cases on health', ctx);
    expect((await bot.answer('nah', ctx)).intent).toEqual({ type: 'small-talk', kind: 'no' });
  });
});
