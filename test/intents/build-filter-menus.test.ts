import { describe, expect, it } from 'vitest';
import { createBot, type FilterMenu, parseIntent, type Reply } from '../../src/index.js';
import { MAX_MENU_OPTIONS } from '../../src/intents/build-filter-menus.js';
import { countryData } from '../../src/knowledge/countries/country-data.js';
import { buildSearchIndexData } from '../../src/search/build-search-index.js';
import { createSearchIndex } from '../../src/search/search-index.js';
import { makeCase } from '../digests/digest-fixtures.js';
import { builtInBot } from '../support/built-in-bot.js';

const cases = [
  makeCase('fr1', {
    title: 'Telehealth for villages',
    summary: 'Telehealth in France.',
    tags: ['Health'],
    year: 2021,
  }),
  makeCase('fr2', {
    title: 'Telehealth for schools',
    summary: 'Telehealth at school.',
    tags: ['Health', 'Education'],
    year: 2019,
  }),
  makeCase('de1', {
    title: 'Telehealth by phone',
    summary: 'Telehealth calls.',
    countries: ['DE'],
    tags: ['Health'],
    year: 2021,
  }),
  makeCase('cl1', {
    title: 'Budget by citizens',
    summary: 'Citizens decide.',
    countries: ['CL'],
    tags: ['Participation & democracy'],
  }),
  makeCase('cl2', {
    title: 'Citizens at the table',
    summary: 'Citizens decide.',
    countries: ['CL'],
    tags: ['Our own tag'],
  }),
];

function bot() {
  return createBot({
    knowledge: { cases, problems: [], hash: 'test' },
    index: createSearchIndex(buildSearchIndexData(cases)),
  });
}

function menusOf(reply: Reply): FilterMenu[] {
  return reply.type === 'results' ? (reply.menus ?? []) : [];
}

describe('filter menus of a list of results', () => {
  it('offers per country, topic and year the values some matched cases have, most cases first, with their counts', async () => {
    const reply = await bot().answer('telehealth');
    expect(menusOf(reply)).toEqual([
      {
        facet: 'country',
        placeholder: 'Filter by country',
        options: [
          { key: 'FR', label: '🇫🇷 France', count: 2, command: 'search "telehealth" in France' },
          { key: 'DE', label: '🇩🇪 Germany', count: 1, command: 'search "telehealth" in Germany' },
        ],
        values: 2,
        noun: 'countries',
      },
      {
        facet: 'topic',
        placeholder: 'Filter by topic',
        options: [
          { key: 'Education', label: 'Education', count: 1, command: 'search "telehealth" topic Education' },
        ],
        values: 1,
        noun: 'topics',
      },
      {
        facet: 'year',
        placeholder: 'Filter by year',
        options: [
          { key: '2021', label: '2021', count: 2, command: 'search "telehealth" in 2021' },
          { key: '2019', label: '2019', count: 1, command: 'search "telehealth" in 2019' },
        ],
        values: 2,
        noun: 'years',
      },
    ]);
  });

  it('counts every matched case, not only the page shown', async () => {
    const reply = await bot().answer('list');
    expect(reply.cases.length).toBeLessThanOrEqual(5);
    const countries = menusOf(reply).find((m) => m.facet === 'country');
    expect(countries?.options.reduce((n, o) => n + o.count, 0)).toBe(cases.length);
  });

  it('each option re-runs the question with its filter and finds exactly its count', async () => {
    const b = bot();
    for (const text of ['telehealth', 'list', 'telehealth oldest first', 'list since 2019']) {
      const reply = await b.answer(text);
      for (const menu of menusOf(reply))
        for (const option of menu.options) {
          const narrowed = await b.answer(option.command);
          expect(narrowed.type, option.command).toBe('results');
          expect(narrowed.total, option.command).toBe(option.count);
          // The question is the same but for the filter: the sort a person chose stays.
          const asked = parseIntent(text);
          const again = parseIntent(option.command);
          if (asked.type === 'search' && again.type === 'search' && text.includes('oldest'))
            expect(again.sort).toBe('oldest');
        }
    }
  });

  it('on the built-in knowledge too, each option of a list finds exactly its count (a topic without searching it)', async () => {
    const b = await builtInBot();
    for (const text of ['list', 'list since 2015', 'digital']) {
      const menus = menusOf(await b.answer(text));
      if (text.startsWith('list'))
        expect(
          menus.map((m) => m.facet),
          text,
        ).toContain('topic');
      for (const menu of menus)
        for (const option of menu.options)
          expect((await b.answer(option.command)).total, option.command).toBe(option.count);
    }
  });

  it('keeps the first 25 values by count (the cap of Discord, and more than a Slack menu holds), and says how many there are in all', async () => {
    const codes = [...new Set(countryData.countries.map((c) => c.code))].slice(0, 130);
    const many = codes.map((code, i) =>
      makeCase(`c${i}`, {
        title: `Case ${i}`,
        summary: 'Telehealth.',
        countries: [code],
        year: 2000 + (i % 20),
      }),
    );
    // The last country has the most cases: most cases first, whatever the order of the knowledge.
    many.push(makeCase('extra', { title: 'More', summary: 'Telehealth.', countries: [codes.at(-1)!] }));
    const b = createBot({
      knowledge: { cases: many, problems: [], hash: 'many' },
      index: createSearchIndex(buildSearchIndexData(many)),
    });
    const country = menusOf(await b.answer('list')).find((m) => m.facet === 'country');
    expect(country?.options).toHaveLength(MAX_MENU_OPTIONS);
    expect(MAX_MENU_OPTIONS).toBe(25);
    expect(country?.values).toBe(130);
    expect(country?.options[0]).toMatchObject({ key: codes.at(-1), count: 2 });
  });

  it('counts the same when the index numbers its cases in another order than the knowledge', async () => {
    const reordered = createBot({
      knowledge: { cases, problems: [], hash: 'test' },
      index: createSearchIndex(buildSearchIndexData([...cases].reverse())),
    });
    for (const text of ['telehealth', 'citizens', 'telehealth since 2020'])
      expect(menusOf(await reordered.answer(text)), text).toEqual(menusOf(await bot().answer(text)));
  });

  it('offers no topic a command cannot name (a tag outside the taxonomy)', async () => {
    const topics = menusOf(await bot().answer('decide')).find((m) => m.facet === 'topic');
    expect(topics?.options.map((o) => o.key)).toEqual(['Participation & democracy']);
  });

  it('offers only options that narrow the answer: none that keeps every case, nor a menu left empty', async () => {
    const b = bot();
    expect(menusOf(await b.answer('telehealth in Germany'))).toEqual([]);
    const french = menusOf(await b.answer('telehealth in France'));
    expect(french.map((m) => m.facet)).toEqual(['topic', 'year']);
    expect(french.flatMap((m) => m.options.map((o) => o.command))).toEqual([
      'search "telehealth" topic Education in France',
      'search "telehealth" in 2021 in France',
      'search "telehealth" in 2019 in France',
    ]);
  });

  it('never turns the question into another: no other topic once one is asked for, no country outside the place asked for', async () => {
    const b = bot();
    const health = menusOf(await b.answer('list topic Health'));
    expect(health.map((m) => m.facet)).not.toContain('topic');
    const places = menusOf(await b.answer('list in France, Chile'));
    expect(
      places
        .find((m) => m.facet === 'country')
        ?.options.map((o) => o.key)
        .sort(),
    ).toEqual(['CL', 'FR']);
  });

  it('keeps the other filters when one changes, and on the built-in knowledge every command reads back as a search', async () => {
    const b = await builtInBot();
    const reply = await b.answer('list since 2015');
    const menus = menusOf(reply);
    expect(menus.length).toBeGreaterThan(0);
    for (const menu of menus) {
      expect(menu.options.length).toBeLessThanOrEqual(MAX_MENU_OPTIONS);
      for (const option of menu.options) {
        const intent = parseIntent(option.command);
        expect(intent.type).toBe('search');
        if (intent.type === 'search' && menu.facet !== 'year')
          expect(intent.filters.years).toEqual({ from: 2015 });
      }
    }
  });
});
