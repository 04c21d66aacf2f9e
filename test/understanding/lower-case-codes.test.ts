import { describe, expect, it } from 'vitest';
import { createCasebot, parseIntent } from '../../src/index.js';
import { freshPerson } from '../support/fresh-person.js';

describe('two letters in lower case', () => {
  it.each([
    ['is it in the list', undefined],
    ['no ai cases?', undefined],
    ['at health', undefined],
    ['my health cases', undefined],
    ['np thanks', undefined],
    ['gm', undefined],
    ['et al', undefined],
    ['pt 2', undefined],
    ['tell me about gwanak-gu', undefined],
    ['i read about a project on open data in a city where my team is based now', undefined],
    ['mh cases?', undefined],
    ['any mh projects in korea', ['KR']],
    ['kr ai', ['KR']],
    ['open data in cl', ['CL']],
  ])('%s: countries %j', (text, countries) => {
    const intent = parseIntent(text);
    expect('filters' in intent ? intent.filters.countries : undefined).toEqual(countries);
  });

  it('reads "mh" as mental health, found by search as the words', async () => {
    expect(parseIntent('mh cases?')).toMatchObject({ type: 'search', query: 'mh' });
    const bot = await createCasebot({ knowledgeDir: 'knowledge' });
    const reply = await bot.answer('mh cases?', freshPerson());
    expect(reply.type).toBe('results');
    for (const found of reply.cases) expect(found.title + found.summary).toMatch(/mental health/i);
  });

  it('reads "w/o" as one word, never searching its "o"', () => {
    expect(parseIntent('ai w/o korea')).not.toMatchObject({ query: expect.stringMatching(/\bo\b/) });
    expect(parseIntent('open data w/o blockchain')).toMatchObject({
      query: expect.not.stringMatching(/(^| )o( |$)/),
    });
  });

  it('keeps a region a misspelt country’s name is near: "south america" is no "south africa"', () => {
    expect(parseIntent('any examples from south america')).toMatchObject({
      filters: { region: 'south-america' },
    });
    expect(parseIntent('list in Turks and Caicos Islands')).toMatchObject({ filters: { countries: ['TC'] } });
  });
});
