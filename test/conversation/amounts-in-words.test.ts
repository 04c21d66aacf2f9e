import { beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../src/index.js';
import { builtInBot } from '../support/built-in-bot.js';
import { freshPerson } from '../support/fresh-person.js';

let bot: Bot;
beforeAll(async () => {
  bot = await builtInBot();
});

describe('an amount said in words', () => {
  it('is how many cases to show, never searched', async () => {
    const reply = await bot.answer('a handful of examples from canada pls', freshPerson());
    expect(reply.intent).toMatchObject({ type: 'search', query: '', filters: { countries: ['CA'] } });
    const dozen = await bot.answer('show me a dozen cases on open data', freshPerson());
    expect(dozen.intent).toMatchObject({ type: 'search', query: 'open data' });
    expect(dozen.notice).toContain('the first 5 of the 12 you asked for');
    const half = await bot.answer('gimme half a dozen cases on education', freshPerson());
    expect(half.notice).toContain('the first 5 of the 6 you asked for');
  });

  it('alone, is how many of the last list', async () => {
    const person = freshPerson();
    await bot.answer('cases from korea', person);
    const reply = await bot.answer('just a couple', person);
    expect(reply.intent).toMatchObject({
      type: 'search',
      query: '',
      filters: { countries: ['KR'] },
      count: 2,
    });
  });
});
