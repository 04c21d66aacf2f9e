import { beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../src/index.js';
import { builtInBot } from '../support/built-in-bot.js';
import { freshPerson } from '../support/fresh-person.js';
import { offers } from '../support/offers.js';

let bot: Bot;
beforeAll(async () => {
  bot = await builtInBot();
});

describe('a superlative casebot has no measure of', () => {
  it('lists the newest, says so, and offers one at random', async () => {
    const reply = await bot.answer('what is the most impressive project you have?', freshPerson());
    expect(reply.intent).toMatchObject({ type: 'search', query: '', sort: 'newest' });
    expect(reply.notice).toContain('I have no measure of “most impressive”: I read it as the newest.');
    expect(offers(reply)).toContainEqual({ label: 'One at random', command: 'random' });
    // Orders casebot has are no such superlative.
    for (const text of ['the newest cases', 'the oldest one', 'most recent open data cases'])
      expect((await bot.answer(text, freshPerson())).notice ?? '', text).not.toContain('no measure');
  });

  it('keeps a place and offers the random pick there', async () => {
    const reply = await bot.answer('coolest stuff from europe', freshPerson());
    expect(reply.intent).toMatchObject({ type: 'search', query: '', filters: { region: 'europe' } });
    expect(offers(reply)).toContainEqual({ label: 'One at random', command: 'random in Europe' });
  });

  it('reads it beside a subject as the best matches, newest first offered', async () => {
    const reply = await bot.answer('the best example of open data', freshPerson());
    expect(reply.intent).toMatchObject({ type: 'search', query: 'open data', sort: 'relevance' });
    expect(reply.notice).toContain('I have no measure of “best”: I read it as the cases that match best.');
    expect(offers(reply)).toContainEqual({ label: 'Newest first', command: 'search open data newest first' });
  });
});

describe('a count asked for what has the fewest', () => {
  it('counts, and says where the fewest are', async () => {
    const reply = await bot.answer('which year had the fewest cases?', freshPerson());
    expect(reply.intent).toEqual({ type: 'count', query: '', filters: {}, by: 'year' });
    expect(reply.notice).toContain('the fewest are at the end');
  });
});
