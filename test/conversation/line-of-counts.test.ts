import { beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../src/index.js';
import { builtInBot } from '../support/built-in-bot.js';
import { freshPerson } from '../support/fresh-person.js';

let bot: Bot;
beforeAll(async () => {
  bot = await builtInBot();
});

describe('a position after a breakdown', () => {
  it('lists the cases of that line of the counts, and says so', async () => {
    const me = freshPerson();
    await bot.answer('top topics', me);
    const first = await bot.answer('list the first one', me);
    expect(first.intent).toMatchObject({ type: 'search', filters: { topic: 'Digital government' } });
    expect(first.notice).toContain('Taking that as a line of the counts: Digital government.');
    // A refinement then narrows that list.
    expect((await bot.answer('any from europe?', me)).intent).toMatchObject({
      type: 'search',
      filters: { topic: 'Digital government', region: 'europe' },
    });
  });

  it('takes the top one of a ranking of countries', async () => {
    const me = freshPerson();
    await bot.answer('which country has the most cases?', me);
    expect((await bot.answer('show me the top one', me)).intent).toMatchObject({
      type: 'search',
      filters: { countries: ['KR'] },
    });
  });
});
