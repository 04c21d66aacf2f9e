import { beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../src/index.js';
import { builtInBot } from '../support/built-in-bot.js';
import { freshPerson } from '../support/fresh-person.js';

let bot: Bot;
beforeAll(async () => {
  bot = await builtInBot();
});

describe('a question asking for advice or a method', () => {
  it('searches what is to be done, says casebot shows what others did, and no "best" is unmeasured', async () => {
    const reply = await bot.answer("what's the best way to run a citizens assembly?", freshPerson());
    expect(reply.intent).toMatchObject({ type: 'search', query: 'citizens assembly', sort: 'relevance' });
    expect(reply.notice).toContain('I give no advice: I show what others did about it.');
    expect(reply.notice ?? '').not.toContain('no measure');
  });

  it('reads a place in it as a filter, and a follow-up keeps the subject', async () => {
    const person = freshPerson();
    const first = await bot.answer('lessons learned from rolling out open data in Europe?', person);
    expect(first.intent).toMatchObject({ type: 'search', query: 'open data', filters: { region: 'europe' } });
    const next = await bot.answer('what about in Korea?', person);
    expect(next.intent).toMatchObject({ type: 'search', query: 'open data', filters: { countries: ['KR'] } });
  });

  it('keeps a real search of such words a search, with no note', async () => {
    for (const text of ['best practice library', 'advice services for tenants', 'tips line for fraud']) {
      const reply = await bot.answer(text, freshPerson());
      expect(reply.intent, text).toMatchObject({ type: 'search', query: text });
      expect(reply.notice ?? '', text).not.toMatch(/no advice|no measure/u);
    }
  });
});
