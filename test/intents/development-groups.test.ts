import { beforeAll, describe, expect, it } from 'vitest';
import { type Bot, renderPlainText } from '../../src/index.js';
import { worldCountries } from '../../src/knowledge/countries/world-countries.js';
import { getRegion } from '../../src/knowledge/regions/build-regions.js';
import { builtInBotOnFixedDay } from '../support/built-in-bot.js';
import { freshPerson } from '../support/fresh-person.js';

let bot: Bot;

beforeAll(async () => {
  bot = await builtInBotOnFixedDay();
});

const codesOf = (id: string) => [...(getRegion(id)?.codes ?? [])];

describe('groups by income and development', () => {
  it('puts each classified economy in exactly one World Bank income group, all of them real codes', () => {
    const groups = ['low-income', 'lower-middle-income', 'upper-middle-income', 'high-income'].map(codesOf);
    const all = groups.flat();
    expect(new Set(all).size).toBe(all.length);
    const known = new Set(worldCountries.map((c) => c.cca2));
    expect(all.filter((code) => !known.has(code))).toEqual([]);
    expect(codesOf('low-and-middle-income').sort()).toEqual(
      [...groups[0]!, ...groups[1]!, ...groups[2]!].sort(),
    );
    expect(codesOf('middle-income').sort()).toEqual([...groups[1]!, ...groups[2]!].sort());
  });

  it('keeps the least developed countries among the low- and middle-income ones', () => {
    const lmic = new Set(codesOf('low-and-middle-income'));
    expect(codesOf('ldc').filter((code) => !lmic.has(code))).toEqual([]);
  });

  it('counts a comparison of two groups a line per group, not per continent or country', async () => {
    const reply = await bot.answer('health in the global south vs the global north', freshPerson());
    if (reply.type !== 'counts') throw new Error(`expected counts, got ${reply.type}`);
    expect(reply.groups.map((g) => g.key).sort()).toEqual(['high-income', 'low-and-middle-income']);
    const total = reply.groups.reduce((sum, g) => sum + g.count, 0);
    const health = await bot.answer('how many health cases', freshPerson());
    if (health.type !== 'counts') throw new Error(`expected counts, got ${health.type}`);
    // Every country is in one of the two, so the lines add up to all health cases.
    expect(total).toBe(health.total);
  });
});

describe('a group with no cases', () => {
  it('offers the smallest wider groups that have some, each with its count and never the same cases twice', async () => {
    const reply = await bot.answer('anything from low-income countries?', freshPerson());
    expect(reply.type).toBe('not-found');
    const relaxed = reply.actions.filter((a) => a.type === 'relax');
    expect(relaxed.map((a) => a.command)).toEqual([
      'list in Sub-Saharan Africa',
      'list in low- and middle-income countries',
    ]);
    for (const action of relaxed) {
      const answer = await bot.answer(action.command, freshPerson());
      expect(answer.type).toBe('results');
      expect(action.label).toContain(`(${answer.type === 'results' ? answer.total : -1})`);
    }
  });

  it('offers no pick at random among the cases it found none of', async () => {
    const reply = await bot.answer('anything from ASEAN?', freshPerson());
    expect(reply.type).toBe('not-found');
    expect(renderPlainText(reply)).not.toContain('random');
    expect(reply.actions.filter((a) => a.type === 'alternative')).toEqual([]);
  });
});

describe('who belongs to a group', () => {
  it('says how many countries a group has, where its list comes from, and counts those with cases', async () => {
    const reply = await bot.answer('which countries are in the global south', freshPerson());
    if (reply.type !== 'counts') throw new Error(`expected counts, got ${reply.type}`);
    const members = codesOf('low-and-middle-income').length;
    expect(reply.notice).toContain(
      `Low- and middle-income countries: ${members} countries, ${reply.groups.length} of them with cases here`,
    );
    expect(reply.notice).toContain('Source: World Bank');
    expect(reply.actions.map((a) => a.command)).toContain('list in low- and middle-income countries');
  });

  it('answers whether a country is in a group, with that country’s cases', async () => {
    const yes = await bot.answer('is japan in the oecd', freshPerson());
    expect(yes.notice).toContain('Yes: Japan is among the OECD countries.');
    expect(yes.intent && 'filters' in yes.intent ? yes.intent.filters : {}).toEqual({ countries: ['JP'] });
    const no = await bot.answer('is france in the global south?', freshPerson());
    expect(no.notice).toContain('No: France is not among the low- and middle-income countries.');
  });

  it('asks of the group, not of the last question', async () => {
    const me = freshPerson();
    await bot.answer('health cases', me);
    const reply = await bot.answer('is korea in asia', me);
    expect(reply.notice).toContain('Yes: South Korea is in Asia.');
    expect(reply.intent && 'filters' in reply.intent ? reply.intent.filters : {}).toEqual({
      countries: ['KR'],
    });
  });

  it('leaves questions about a group’s cases alone', async () => {
    const reply = await bot.answer('which country in asia has the most cases', freshPerson());
    expect(reply.notice ?? '').not.toContain('Source:');
  });
});
