import { beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../src/index.js';
import { builtInBot } from '../support/built-in-bot.js';
import { freshPerson } from '../support/fresh-person.js';

let bot: Bot;
beforeAll(async () => {
  bot = await builtInBot();
});

describe('asked to explain the case shown simply', () => {
  it('shows that case: how to tell it is no search', async () => {
    const me = freshPerson();
    const newest = await bot.answer("what's the newest thing you have", me);
    const first = newest.cases[0]?.id;
    for (const text of [
      'can you explain it simply',
      'explain that one like im 5',
      'summarise it in plain english',
    ])
      expect((await bot.answer(text, me)).intent, text).toEqual({ type: 'show', id: first });
  });
});
