import { beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../src/index.js';
import { builtInBot } from '../support/built-in-bot.js';
import { freshPerson } from '../support/fresh-person.js';

let bot: Bot;
beforeAll(async () => {
  bot = await builtInBot();
});

describe('a synthesis asked of cases', () => {
  it('counts the cases meant, says it writes no summary, and names what they share', async () => {
    const reply = await bot.answer('what do the Korean cases have in common?', freshPerson());
    expect(reply.intent).toMatchObject({ type: 'count', by: 'topic', filters: { countries: ['KR'] } });
    expect(reply.notice).toContain("I can't write a summary or draw lessons myself");
    expect(reply.notice).toContain('the words most of them share');
    const offered = reply.actions.flatMap((a) => (a.type === 'alternative' ? [a.label] : []));
    expect(offered).toEqual(['By year', 'By country']);
  });

  it('asked whether something grew, counts it by year and says the years show it', async () => {
    const reply = await bot.answer('has local innovation grown since 2015?', freshPerson());
    expect(reply.intent).toMatchObject({ type: 'count', by: 'year', filters: { level: 'local' } });
    expect(reply.notice).toContain('Whether it changed shows in how many cases each year has');
  });

  it('asked how something changed over time or trended, says the years show it, not what is typical', async () => {
    for (const message of ['how has open data changed over the years', 'trend in health cases']) {
      const reply = await bot.answer(message, freshPerson());
      expect(reply.intent, message).toMatchObject({ type: 'count', by: 'year' });
      expect(reply.notice, message).toContain('Whether it changed shows in how many cases each year has');
      expect(reply.notice, message).not.toContain('the words most of them share');
    }
  });

  it('asked which topics go together, says no count holds that and gives each topic', async () => {
    for (const message of ['which topics go together most often', 'what topics co-occur']) {
      const reply = await bot.answer(message, freshPerson());
      expect(reply.intent, message).toEqual({ type: 'count', query: '', filters: {}, by: 'topic' });
      expect(reply.notice ?? '', message).toContain("I can't count which topics appear together");
    }
  });

  it('asked of the list shown, is of that list', async () => {
    for (const [first, then] of [
      ['health cases', 'what do they have in common?'],
      ['cases from asia', 'any patterns?'],
      ['AI cases', 'tl;dr?'],
      ['cases from korea', 'summarize these'],
      ['digital inclusion', 'what do these projects share?'],
    ] as const) {
      const ctx = freshPerson();
      const shown = await bot.answer(first, ctx);
      const reply = await bot.answer(then, ctx);
      const { type: _t, sort: _s, page: _p, ...kept } = shown.intent as Record<string, unknown>;
      expect(reply.intent, then).toEqual({ ...kept, type: 'count', by: 'topic' });
      expect(reply.notice ?? '', then).toContain("I can't write a summary");
    }
  });

  it('groups the list shown by what is named', async () => {
    const ctx = freshPerson();
    await bot.answer('cases from europe', ctx);
    const reply = await bot.answer('group these by country', ctx);
    expect(reply.intent).toEqual({ type: 'count', query: '', filters: { region: 'europe' }, by: 'country' });
  });
});
