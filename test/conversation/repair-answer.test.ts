import { beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../src/index.js';
import { renderPlainText } from '../../src/index.js';
import { builtInBotOnFixedDay } from '../support/built-in-bot.js';
import { freshPerson } from '../support/fresh-person.js';

let bot: Bot;

beforeAll(async () => {
  bot = await builtInBotOnFixedDay();
});

async function twoTurns(first: string, second: string) {
  const ctx = freshPerson();
  await bot.answer(first, ctx);
  return bot.answer(second, ctx);
}

describe('a complaint about a part of the last answer', () => {
  it.each([
    ['health cases', "these aren't about health", 'Health cases', 'in the text'],
    ['education cases', 'not about education at all', 'Education cases', 'in the text'],
    ['cases from Korea', "that's not Korea", 'South Korea', 'Any country'],
    ['health since 2020', 'these are too old', 'since 2020', 'Newest first'],
    ['transport', 'these are all too recent, I want older ones', 'Mobility', 'Oldest first'],
    ['local cases on transport', 'none of these are local', 'local level', 'in the text'],
    // An age with a degree, said of the list or of one case of it.
    ['health since 2020', 'these are all quite old', 'since 2020', 'Newest first'],
    ['health since 2020', 'hmm the third one seems outdated', 'since 2020', 'Newest first'],
  ])('%j then %j says how it was read and offers other readings', async (first, second, read, offered) => {
    const reply = await twoTurns(first, second);
    expect(reply.intent?.type).toBe('small-talk');
    const text = renderPlainText(reply);
    expect(text).toContain(`I read your last question as “${read}`.slice(0, 30));
    expect(text).toContain(offered);
  });

  it('offers the place said instead', async () => {
    const text = renderPlainText(
      await twoTurns('open data in Finland', "that's not Finland, those are Estonian"),
    );
    expect(text).toContain('Any country');
  });
});

describe('a complaint about the whole last answer', () => {
  it.each(['not helpful', 'useless', 'this is useless, none of these help'])(
    '%j after an answer offers what could help',
    async (message) => {
      const reply = await twoTurns('AI in education', message);
      expect(reply.intent).toEqual({ type: 'small-talk', kind: 'complaint' });
      expect(renderPlainText(reply)).toContain('Only “education”');
    },
  );

  it('"nope" after an answer stays a no, with what could help', async () => {
    const reply = await twoTurns('health', 'nope');
    expect(reply.intent).toEqual({ type: 'small-talk', kind: 'no' });
    expect(renderPlainText(reply)).toContain('Cases like the first one');
  });
});

describe('a reaction to what was shown', () => {
  it.each([
    ['great, the second one is exactly what I need', 'show'],
    ['nice, the first one looks interesting', 'show'],
    ["that's exactly it, thanks!", 'small-talk'],
    ['10/10 would use again', 'small-talk'],
    ['meh', 'small-talk'],
  ])('%j is taken as said, never searched', async (message, type) => {
    const reply = await twoTurns('health cases', message);
    expect(reply.intent?.type).toBe(type);
  });
});

describe('other ones', () => {
  it.each(['different ones please', 'other ones', 'any others?', 'show me different ones'])(
    '%j is the next page of the last list',
    async (message) => {
      const reply = await twoTurns('digital inclusion', message);
      expect(reply.intent).toMatchObject({ type: 'search', query: 'digital inclusion', page: 2 });
    },
  );

  it.each(['any others?', 'other ones'])(
    '%j after the whole list says there are no more and offers broader questions',
    async (message) => {
      const reply = await twoTurns('digital government in Europe', message);
      const text = renderPlainText(reply);
      expect(text).toContain('there are no others');
      expect(text).toContain('Any country');
    },
  );

  it('a correction setting what cases use against what they are about searches the words', async () => {
    const reply = await twoTurns('AI cases', 'wrong, I wanted cases that USE ai not about it');
    expect(reply.intent).toMatchObject({ type: 'search', query: 'ai', filters: {} });
    expect(renderPlainText(reply)).toContain('AI & emerging tech topic');
  });

  it('a correction saying what was wanted asks it', async () => {
    const reply = await twoTurns(
      'AI cases',
      "that's not what I meant, I wanted cases that use machine learning",
    );
    expect(reply.intent).toMatchObject({ type: 'search', query: 'machine learning' });
  });

  it('"not about AI" after health cases still leaves AI out', async () => {
    const reply = await twoTurns('health', 'not about AI');
    expect(reply.intent).toMatchObject({
      type: 'search',
      filters: { topic: 'Health', without: ['AI & emerging tech'] },
    });
  });

  it.each([
    ['wrong diagnosis reduction', 'diagnosis reduction'],
    ['different approaches to housing', 'approaches to housing'],
  ])('%j stays a search', async (message, query) => {
    const reply = await twoTurns('cases about misinformation', message);
    expect(reply.intent).toMatchObject({ type: 'search', query });
  });
});
