import { beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../src/index.js';
import { builtInBot } from '../support/built-in-bot.js';
import { freshPerson } from '../support/fresh-person.js';

let bot: Bot;
beforeAll(async () => {
  bot = await builtInBot();
});

describe('a ranking of groups asked without "which"', () => {
  it('counts by what it ranks, with its filters, and says which leads', async () => {
    const reply = await bot.answer('most active country in asia', freshPerson());
    expect(reply.intent).toEqual({ type: 'count', query: '', filters: { region: 'asia' }, by: 'country' });
    expect(reply.notice).toBe('South Korea has the most: 3 cases.');
    expect(reply.notice).not.toContain('no measure');
  });

  it('says ties as ties, and the fewest when the fewest was asked', async () => {
    const biggest = await bot.answer('biggest topic in asia?', freshPerson());
    expect(biggest.intent).toMatchObject({ type: 'count', by: 'topic', filters: { region: 'asia' } });
    expect(biggest.notice).toContain('tie for the most, 2 cases each.');
    const least = await bot.answer('least covered region', freshPerson());
    expect(least.notice).toContain('Africa and Oceania tie for the fewest, 1 case each.');
  });

  it('reads "who leads" as which country, the rest searched', async () => {
    const reply = await bot.answer("who's leading on digital identity in europe", freshPerson());
    expect(reply.intent).toEqual({
      type: 'count',
      query: 'digital identity',
      filters: { region: 'europe' },
      by: 'country',
    });
    expect(reply.notice).toBe('Belgium has the most: 2 cases.');
  });

  it('shows the top N lines asked for, all of them a button away', async () => {
    const reply = await bot.answer('top 3 countries', freshPerson());
    expect(reply.intent).toEqual({ type: 'count', query: '', filters: {}, by: 'country', top: 3 });
    expect(reply.type === 'counts' && reply.groups.map((g) => g.count)).toEqual([3, 2, 2]);
    expect(reply.type === 'counts' && reply.heading).toBe('Cases by country: the top 3 of 18 countries');
    expect(reply.actions).toContainEqual({
      type: 'more',
      label: 'All 18 countries',
      command: 'count by country',
    });
  });

  it('shows every line that ties with the last of the top N, and says so', async () => {
    const reply = await bot.answer('top 5 topics', freshPerson());
    expect(reply.type === 'counts' && reply.groups).toHaveLength(6);
    expect(reply.notice).toContain('The top 5 asked for end in a tie, so 6 are shown.');
  });
});

describe('lines of a breakdown asked by how many cases each has', () => {
  it('shows only those lines, says how many of all, and offers all of them', async () => {
    const reply = await bot.answer('which countries have at least 2 cases?', freshPerson());
    expect(reply).toMatchObject({
      type: 'counts',
      heading: 'Cases by country: 3 of 18 countries with at least 2 cases',
    });
    expect(reply.type === 'counts' && reply.groups.map((g) => g.count)).toEqual([3, 2, 2]);
    expect(reply.actions).toContainEqual(
      expect.objectContaining({ label: 'All 18 countries', command: 'count by country' }),
    );
  });

  it('says none has so many, and the most any has, rather than an empty list alone', async () => {
    const reply = await bot.answer('countries with more than 3 cases', freshPerson());
    expect(reply.notice).toContain('No country has at least 4 cases: the most any has is 3 cases.');
  });
});
