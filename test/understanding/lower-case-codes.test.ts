import { describe, expect, it } from 'vitest';
import { parseIntent } from '../../src/index.js';

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
    ['kr ai', ['KR']],
    ['open data in cl', ['CL']],
  ])('%s: countries %j', (text, countries) => {
    const intent = parseIntent(text);
    expect('filters' in intent ? intent.filters.countries : undefined).toEqual(countries);
  });

  it('keeps a region a misspelt country’s name is near: "south america" is no "south africa"', () => {
    expect(parseIntent('any examples from south america')).toMatchObject({
      filters: { region: 'south-america' },
    });
    expect(parseIntent('list in Turks and Caicos Islands')).toMatchObject({ filters: { countries: ['TC'] } });
  });
});
