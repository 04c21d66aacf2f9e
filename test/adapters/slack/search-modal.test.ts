import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SubmittedValues } from '../../../adapters/slack/digest-modal.js';
import { buildSearchMenus, readSearchForm, renderSearchModal } from '../../../adapters/slack/search-modal.js';
import { type Bot, MAX_MESSAGE_LENGTH, parseIntent, TAXONOMY } from '../../../src/index.js';
import { makeCase } from '../../digests/digest-fixtures.js';
import { hostileText, viewLimitProblems } from './slack-limits.js';

// The App Home's search form: menus from the knowledge within Slack's limits (the 100 with most
// cases, saying how many more), and its answers read as one search or as mistakes by field.

/** A knowledge of `n` countries (the k-th with k + 1 cases) over `years` years, its topics the taxonomy's. */
function knowledgeOf(
  n: number,
  years = 5,
  name = (k: number) => `Country ${k}`,
  tag = (k: number) => TAXONOMY[k % TAXONOMY.length]?.label ?? '',
  code = (k: number) => `X${k}`,
) {
  const cases = Array.from({ length: n }, (_, k) =>
    Array.from({ length: k + 1 }, (_, j) =>
      makeCase(`c${k}x${j}`, { tags: [tag(k)], year: 1990 + ((k + j) % years) }),
    ),
  ).flat();
  const bot: Pick<Bot, 'knowledge' | 'countries'> = {
    knowledge: { cases, hash: 'h' } as Bot['knowledge'],
    countries: () =>
      Array.from({ length: n }, (_, k) => ({
        code: code(k),
        name: name(k),
        flag: '🏳️',
        count: k + 1,
      })).reverse(),
  };
  return bot;
}

describe('buildSearchMenus', () => {
  it('offers the 100 countries with most cases, counts those left out, and the taxonomy topics by count', () => {
    const bot = knowledgeOf(150, 140);
    const menus = buildSearchMenus(bot);
    expect(menus.countries).toHaveLength(100);
    expect(menus.countries[0]).toEqual({ text: '🏳️ Country 149 (150)', value: 'X149' });
    expect(menus.countries.at(-1)?.value).toBe('X50');
    expect(menus.years).toHaveLength(100);
    expect(menus.cut).toEqual({ countries: 50, topics: 0 });
    const counts = menus.topics.map(
      (t) => bot.knowledge.cases.filter((c) => c.tags.includes(t.value)).length,
    );
    expect(menus.topics.map((t) => t.text)).toEqual(menus.topics.map((t, i) => `${t.value} (${counts[i]})`));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(menus.topics.map((t) => t.value).sort()).toEqual(TAXONOMY.map((t) => t.label).sort());
    const modal = renderSearchModal(menus, 'health');
    expect(viewLimitProblems(modal)).toEqual([]);
    expect(JSON.stringify(modal.blocks.at(-1))).toContain(
      'Menus list the 100 with most cases (50 countries more): type any other in the words.',
    );
  });

  it('offers no topic the search filter would not understand', () => {
    const bot = knowledgeOf(3, 3, undefined, () => 'Astrology');
    expect(buildSearchMenus(bot).topics).toEqual([]);
  });

  it('leaves out a menu the knowledge has nothing for', () => {
    const modal = renderSearchModal(buildSearchMenus(knowledgeOf(0)), 'health');
    expect(modal.blocks.map((b) => b.block_id)).toEqual(['query']);
    expect(viewLimitProblems(modal)).toEqual([]);
  });

  it('stays within Slack’s limits whatever names and topics the knowledge holds', () => {
    fc.assert(
      fc.property(
        fc.array(hostileText(200), { minLength: 1, maxLength: 130 }),
        hostileText(300),
        (names, example) => {
          const bot = knowledgeOf(
            names.length,
            3,
            (k) => names[k] ?? '',
            (k) => names[k] ?? '',
          );
          expect(viewLimitProblems(renderSearchModal(buildSearchMenus(bot), example))).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('readSearchForm', () => {
  const real = ['FR', 'KR', 'CL'];
  const menus = buildSearchMenus(knowledgeOf(3, 5, undefined, undefined, (k) => real[k] ?? 'FR'));
  const form = (fields: { query?: string; country?: string; topic?: string; from?: string; to?: string }) => {
    const select = (value?: string) => ({ selected_option: value === undefined ? null : { value } });
    const values: SubmittedValues = {
      query: { query: { value: fields.query ?? null } },
      country: { country: select(fields.country) },
      topic: { topic: select(fields.topic) },
      year_from: { year_from: select(fields.from) },
      year_to: { year_to: select(fields.to) },
    };
    return readSearchForm(values, menus);
  };

  it.each([
    [{}, { query: 'Type a few words or choose a country, topic or year.' }],
    [{ query: '   ' }, { query: 'Type a few words or choose a country, topic or year.' }],
    [
      { query: 'x'.repeat(MAX_MESSAGE_LENGTH + 1) },
      { query: `At most ${MAX_MESSAGE_LENGTH} characters: a few keywords work best.` },
    ],
    [{ query: 'health', from: '1993', to: '1991' }, { year_to: 'Choose a year from 1993 on.' }],
    [{ country: 'ZZ' }, { country: 'No longer in the knowledge: choose again.' }],
    [{ topic: 'Astrology' }, { topic: 'No longer in the knowledge: choose again.' }],
    [{ from: '2050' }, { year_from: 'No longer in the knowledge: choose again.' }],
  ])('%j is a mistake shown under its field: %j', (fields, errors) => {
    expect(form(fields)).toEqual({ type: 'invalid', errors });
  });

  it('reads a valid form as one search with the choices as filters', () => {
    const topic = menus.topics[0]?.value ?? 'none';
    const result = form({ query: 'open data', country: 'KR', topic, from: '1991', to: '1993' });
    if (result.type !== 'valid') throw new Error(JSON.stringify(result));
    const intent = parseIntent(result.command);
    expect(intent).toMatchObject({
      type: 'search',
      query: 'open data',
      filters: { countries: ['KR'], topic, years: { from: 1991, to: 1993 } },
    });
  });

  it('takes a choice alone, without words', () => {
    const result = form({ from: '1992' });
    expect(result.type === 'valid' && parseIntent(result.command)).toMatchObject({
      type: 'search',
      query: '',
      filters: { years: { from: 1992 } },
    });
  });
});
