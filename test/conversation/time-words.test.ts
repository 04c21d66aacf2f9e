import { beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../src/index.js';
import { builtInBotOnFixedDay } from '../support/built-in-bot.js';
import { freshPerson } from '../support/fresh-person.js';

// The clock is 1 June 2025: "the past 18 months" reaches back to December 2023.
let bot: Bot;

beforeAll(async () => {
  bot = await builtInBotOnFixedDay();
});

describe('times that are not years', () => {
  it('narrows the last question by "only from the last 18 months", saying how it was read', async () => {
    const person = freshPerson();
    await bot.answer('AI cases', person);
    const reply = await bot.answer('only from the last 18 months', person);
    expect(reply.intent).toMatchObject({
      type: 'search',
      query: '',
      filters: { topic: 'AI & emerging tech', years: { from: 2023, to: 2025 } },
    });
    expect(reply.notice).toMatch(/Read “the last 18 months” as 2023 to 2025: cases have years, not dates/);
  });

  it('reads "this quarter" after a list as this year, and says a quarter is read as its year', async () => {
    const person = freshPerson();
    await bot.answer('health cases', person);
    const reply = await bot.answer('anything newer, like from this quarter?', person);
    expect(reply.intent).toMatchObject({ filters: { topic: 'Health', years: { from: 2025, to: 2025 } } });
    expect(reply.notice).toMatch(/Read “this quarter” as 2025/);
  });

  it('reads "came in", "got added" as the collection changing, never as words searched', async () => {
    for (const [message, when] of [
      ['what came in since I last checked', 'since you last checked'],
      ['anything got added this week?', 'this week'],
      ['what went in recently', 'recently'],
    ] as const) {
      const reply = await bot.answer(message, freshPerson());
      expect(reply.intent, message).toEqual({
        type: 'search',
        query: '',
        filters: {},
        sort: 'newest',
        page: 1,
      });
      expect(reply.notice, message).toContain(`can't tell what was added ${when}:`);
    }
  });

  it('says what was added this week cannot be known, and shows the newest', async () => {
    const reply = await bot.answer('any new cases added this week?', freshPerson());
    expect(reply.intent).toEqual({ type: 'search', query: '', filters: {}, sort: 'newest', page: 1 });
    expect(reply.notice).toMatch(/can't tell what was added this week: cases have a year, not the date/);
    expect(reply.cases.length).toBeGreaterThan(0);
  });

  it('says so for "since my last visit", in the asker\'s words turned round', async () => {
    const reply = await bot.answer("what's new since my last visit", freshPerson());
    expect(reply.notice).toMatch(/added since your last visit/);
  });

  it('reads "around 2020" as the years beside it too, and offers 2020 alone', async () => {
    const reply = await bot.answer('participatory budgeting around 2020', freshPerson());
    expect(reply.notice).toMatch(/Read “around 2020” as 2019 to 2021/);
    const alone = reply.actions.find((a) => a.label === 'In 2020 only');
    expect(alone?.command).toMatch(/2020/);
    expect(alone?.command).not.toMatch(/2019|2021/);
  });

  it('reads "before brexit" as years, says why, and offers cases about brexit', async () => {
    const reply = await bot.answer('uk cases before brexit', freshPerson());
    expect(reply.intent).toMatchObject({ filters: { countries: ['GB'], years: { to: 2015 } } });
    expect(reply.notice).toMatch(/Read “before brexit” as until 2015: the UK voted in 2016/);
    const about = reply.actions.find((a) => a.label === 'Cases about brexit');
    expect(about?.command).toMatch(/brexit/);
    expect(about?.command).not.toMatch(/2015/);
  });

  it('reads a fiscal year as the calendar year and says fiscal years differ', async () => {
    const reply = await bot.answer('climate cases FY2022', freshPerson());
    expect(reply.notice).toMatch(/Read “FY2022” as 2022: fiscal years differ by country/);
  });
});
