import { beforeAll, describe, expect, it } from 'vitest';
import { answerCaseFacts } from '../../src/conversation/answer-case-facts.js';
import type { Bot } from '../../src/index.js';
import type { Case } from '../../src/knowledge/case.js';
import { builtInBotOnFixedDay } from '../support/built-in-bot.js';
import { freshPerson } from '../support/fresh-person.js';

let bot: Bot;

beforeAll(async () => {
  bot = await builtInBotOnFixedDay();
});

function titles(filter: (c: Case) => boolean): string[] {
  return bot.knowledge.cases.filter(filter).map((c) => c.title);
}

describe('a question about a fact of the cases just shown', () => {
  it.each([
    ['where are these from?', 'country'],
    ['which cities or countries are these in', 'country'],
    ['when did they start', 'year'],
    ['what year were these launched?', 'year'],
    ['what level of government are these', 'level'],
    ['are these local or national?', 'level'],
    ['what are they about?', 'topic'],
  ])('%j after a list counts that list by its facet', async (question, by) => {
    const me = freshPerson();
    await bot.answer('digital government cases', me);
    const reply = await bot.answer(question, me);
    expect(reply).toMatchObject({
      type: 'counts',
      intent: { type: 'count', by, filters: { topic: 'Digital government' } },
    });
  });

  it.each([
    'who ran them?',
    'which organisations are behind these',
    "who's responsible for these initiatives?",
    'what organisations ran these projects',
  ])('%j lists each case shown with who ran it', async (question) => {
    const me = freshPerson();
    const list = await bot.answer('health cases', me);
    const reply = await bot.answer(question, me);
    expect(reply).toMatchObject({ type: 'message', heading: `Who ran the ${list.cases.length} cases shown` });
    if (reply.type !== 'message') throw new Error('not a message');
    expect(reply.lines.slice(0, list.cases.length)).toEqual(
      list.cases.map((c) => `${c.title} — not recorded`),
    );
    // The list is still the one asked about: "which of these are national" narrows it.
    expect(await bot.answer('which of these are national', me)).toMatchObject({
      intent: { type: 'search', filters: { topic: 'Health', level: 'national' } },
    });
  });

  it('"which ones have a link?" gives each case shown its link, "not recorded" where it has none', async () => {
    const me = freshPerson();
    const list = await bot.answer('health cases', me);
    const reply = await bot.answer('which ones have a link?', me);
    if (reply.type !== 'message') throw new Error(`not a message: ${reply.type}`);
    expect(reply.heading).toBe(`The links of the ${list.cases.length} cases shown`);
    expect(reply.lines.slice(0, list.cases.length)).toEqual(
      list.cases.map((c) => `${c.title} — ${c.url ?? 'not recorded'}`),
    );
    expect(titles((c) => c.url === undefined)).toContain(
      'Co-created Philosophy of Care for the Urgent Mental Health Care Centre',
    );
    expect(reply.lines).toContain(
      'Co-created Philosophy of Care for the Urgent Mental Health Care Centre — not recorded',
    );
  });

  it('who ran the cases is said of them with nothing shown yet', async () => {
    const reply = await bot.answer('who ran them?', freshPerson());
    expect(reply).toMatchObject({ type: 'message', heading: 'No cases shown yet' });
  });

  it('names the organisation where a case records it', () => {
    const known: Case = {
      id: 'a1',
      title: 'AI Friends',
      summary: '',
      truncated: false,
      countries: ['KR'],
      tags: [],
      organisation: 'Seoul Metropolitan Government',
      sources: [],
    };
    const { organisation: _, ...rest } = known;
    const unknown: Case = { ...rest, id: 'b2', title: 'Ghent' };
    const reply = answerCaseFacts(
      'organisation',
      'who ran them?',
      { at: 0, shown: ['a1', 'b2'] },
      {
        byId: new Map([
          ['a1', known],
          ['b2', unknown],
        ]),
      },
    );
    expect(reply).toMatchObject({ type: 'message', heading: 'Who ran the 2 cases shown' });
    expect(reply.type === 'message' ? reply.lines : []).toEqual([
      'AI Friends — Seoul Metropolitan Government',
      'Ghent — not recorded',
      '1 of 2 recorded: a case’s summary often names who ran it (“tell me more about the first”).',
    ]);
  });
});
