import { beforeAll, describe, expect, it } from 'vitest';
import type { Bot, Facet, Reply } from '../../src/index.js';
import { makeCase } from '../digests/digest-fixtures.js';
import { builtInBot } from '../support/built-in-bot.js';
import { FACETS } from '../support/intents.js';
import { botOver } from '../support/overview-reply.js';

let bot: Bot;
beforeAll(async () => {
  bot = await builtInBot();
});

function counts(reply: Reply) {
  if (reply.type !== 'counts') throw new Error(`expected counts, got ${reply.type}`);
  return reply;
}

const breakdowns = (reply: Reply) => reply.actions.filter((a) => a.type === 'example');

describe('the overview’s breakdowns', () => {
  it('offers every facet the core counts by, region included, each a button that counts by it', async () => {
    const overview = counts(await bot.answer('how many cases do you have?'));
    expect(overview.facet).toBeUndefined();
    const offered = breakdowns(overview);
    expect(offered.map((a) => a.label)).toEqual([
      'By country',
      'By region',
      'By topic',
      'By year',
      'By level',
    ]);
    for (const [i, action] of offered.entries()) {
      const facet = FACETS.find((f) => action.label === `By ${f}`);
      expect(facet, action.label).toBeDefined();
      const counted = counts(
        await bot.answer(action.command, {
          platform: 'cli',
          surface: { type: 'console' },
          channelId: `by-${i}`,
        }),
      );
      expect(counted.facet).toBe(facet);
      expect(counted.total).toBe(overview.total);
      expect(counted.groups.length).toBeGreaterThan(0);
    }
  });

  it('keeps the question’s filters in each breakdown', async () => {
    const overview = counts(await bot.answer('how many cases from Europe?'));
    const byRegion = breakdowns(overview).find((a) => a.label === 'By region');
    expect(byRegion).toBeDefined();
    const counted = counts(await bot.answer(byRegion?.command ?? ''));
    expect(overview.intent).toMatchObject({ filters: { region: expect.any(String) } });
    expect(counted.intent).toEqual({ ...overview.intent, by: 'region' });
    expect(counted.groups.map((g) => g.label)).toEqual(['Europe']);
  });

  it('offers no breakdown that none of the cases has a value for', async () => {
    // No year and no level on any case: "By year" and "By level" would list nothing.
    const cases = [
      makeCase('a1', { countries: ['FR'], tags: ['Health'] }),
      makeCase('b2', { countries: ['JP'], tags: ['Education'] }),
    ];
    const plain = botOver(cases);
    const overview = counts(await plain.answer('how many cases?'));
    const facets: Facet[] = ['country', 'region', 'topic'];
    expect(breakdowns(overview).map((a) => a.label)).toEqual(facets.map((f) => `By ${f}`));
  });
});

describe('a breakdown’s lines', () => {
  // Words that read as something else unquoted ("local", "2020", a topic's name) are the hard case.
  const questions = [
    'digital by country',
    'how many local government cases by topic',
    'count "local" by country',
    'how many about public services by topic',
    'count "health" by year',
  ];
  it.each(questions)('each line of “%s” lists exactly the cases it counts', async (question) => {
    const counted = counts(await bot.answer(question));
    expect(counted.groups.length).toBeGreaterThan(0);
    for (const group of counted.groups) {
      const command = group.command ?? '';
      const listed = await bot.answer(command);
      expect(listed.total, command).toBe(group.count);
      expect(listed.intent, command).toMatchObject({
        type: 'search',
        query: counted.intent.type === 'count' ? counted.intent.query : '',
      });
    }
  });
});
