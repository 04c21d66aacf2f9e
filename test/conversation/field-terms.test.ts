import { beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../src/index.js';
import { builtInBot } from '../support/built-in-bot.js';
import { freshPerson } from '../support/fresh-person.js';

let bot: Bot;
beforeAll(async () => {
  bot = await builtInBot();
});

describe('the field’s short forms and the UN goals', () => {
  it('says how a short form was read, and searches the full term', async () => {
    const reply = await bot.answer('any BI projects?', freshPerson());
    expect(reply.intent).toMatchObject({ type: 'search', query: 'behavioural insights' });
    expect(reply.notice).toContain('Read “BI” as behavioural insights.');
  });

  it('reads a goal by its number as the goal’s topic, saying which goal it is', async () => {
    const reply = await bot.answer('anything for goal 13?', freshPerson());
    expect(reply.intent).toMatchObject({ type: 'search', filters: { topic: 'Climate & environment' } });
    expect(reply.notice).toContain('Read “goal 13” as UN goal 13, Climate action.');
  });

  it('keeps a goal’s reading on the next page', async () => {
    const me = freshPerson();
    await bot.answer('cases contributing to SDG 5', me);
    expect((await bot.answer('next', me)).intent).toMatchObject({ query: 'gender equality' });
  });
});
