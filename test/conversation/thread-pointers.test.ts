import { beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../src/index.js';
import { builtInBotOnFixedDay } from '../support/built-in-bot.js';
import { freshPerson } from '../support/fresh-person.js';

// In a thread people point at what someone else said: the last question, refined by the rest.
let bot: Bot;

beforeAll(async () => {
  bot = await builtInBotOnFixedDay();
});

async function askAfter(first: string, second: string) {
  const person = freshPerson();
  await bot.answer(first, person);
  return bot.answer(second, person);
}

describe('words that point at what someone else said', () => {
  it('reads "same question but for local government" as the last question at that level', async () => {
    const reply = await askAfter(
      'open data cases from Korea at national level',
      'same question but for local government',
    );
    expect(reply.intent).toMatchObject({
      type: 'search',
      query: 'open data',
      filters: { countries: ['KR'], level: 'local' },
    });
  });

  it.each(['^ this', '^^', 'this ^', '+1 to this', '+1'])(
    'reads "%s" after a list as that list again',
    async (pointer) => {
      const reply = await askAfter('health cases from Europe since 2020', pointer);
      expect(reply.intent).toMatchObject({
        type: 'search',
        filters: { topic: 'Health', region: 'europe', years: { from: 2020 } },
      });
    },
  );

  it('reads "what Priya said, but only since 2020" as the last question since 2020, not a search for Priya', async () => {
    const reply = await askAfter('digital identity in Europe', 'what Priya said, but only since 2020');
    expect(reply.intent).toMatchObject({
      type: 'search',
      query: 'digital identity',
      filters: { region: 'europe', years: { from: 2020 } },
    });
  });

  it('reads "Jo\'s question but limited to 2021" and "seconding Tom\'s question" as the last question', async () => {
    const limited = await askAfter('cases on digital skills', "Jo's question but limited to 2021");
    expect(limited.intent).toMatchObject({
      query: 'digital skills',
      filters: { years: { from: 2021, to: 2021 } },
    });
    const seconded = await askAfter(
      'participatory budgeting',
      "seconding Tom's question, anything from Brazil?",
    );
    expect(seconded.intent).toMatchObject({
      query: 'participatory budgeting',
      filters: { countries: ['BR'] },
    });
  });

  it('reads "can you also check Portugal?" as Portugal added, "check" asking casebot to look', async () => {
    const reply = await askAfter('smart city in Spain', 'can you also check Portugal?');
    expect(reply.intent).toMatchObject({
      type: 'search',
      query: 'smart city',
      filters: { countries: ['ES', 'PT'] },
    });
  });

  it('reads "what Sam mentioned, the Danish thing on housing" as housing from Denmark', async () => {
    const reply = await askAfter(
      'telehealth',
      'can you find what Sam mentioned, the Danish thing on housing?',
    );
    expect(reply.intent).toMatchObject({ type: 'search', query: 'housing', filters: { countries: ['DK'] } });
  });

  it('reads "see if you have anything Australian on this" as the last question from Australia', async () => {
    const reply = await askAfter(
      'mental health cases from Canada',
      'see if you have anything Australian on this',
    );
    expect(reply.intent).toMatchObject({
      type: 'search',
      query: 'mental health',
      filters: { countries: ['AU'] },
    });
  });
});
