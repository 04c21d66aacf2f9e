import { beforeAll, describe, expect, it } from 'vitest';
import { type Bot, createCasebot } from '../../src/index.js';
import { freshPerson } from '../support/fresh-person.js';

let bot: Bot;
beforeAll(async () => {
  bot = await createCasebot({
    knowledgeDir: 'knowledge',
    random: () => 0.5,
    now: () => new Date('2026-11-29T12:00:00Z'),
  });
});

describe('a message that asks two things', () => {
  it('answers the first question and offers the second as a button with its count', async () => {
    const reply = await bot.answer(
      'what do you have on open data? also anything from Finland?',
      freshPerson(),
    );
    expect(reply.intent).toMatchObject({ type: 'search', query: 'open data', filters: {} });
    expect(reply.notice).toContain('You asked two things: here is the first');
    expect(reply.actions).toContainEqual({
      type: 'alternative',
      label: 'Cases from Finland, newest first (1 case)',
      command: 'list in Finland',
    });
  });

  it('reads a second question that names nothing of its own after the first', async () => {
    const reply = await bot.answer(
      'do you have anything about chatbots for citizens? and is there something similar in Spain?',
      freshPerson(),
    );
    expect(reply.intent).toMatchObject({ type: 'search', query: 'chatbots for citizens', filters: {} });
    expect(reply.actions.find((a) => a.type === 'alternative')?.command).toMatch(
      /chatbots for citizens.*Spain/,
    );
  });

  it('counts in a second question on its own, not inside the first', async () => {
    const reply = await bot.answer('any AI cases? and how many from Korea in total?', freshPerson());
    expect(reply.intent).toMatchObject({ type: 'search', filters: { topic: 'AI & emerging tech' } });
    expect(reply.actions.find((a) => a.type === 'alternative')?.label).toMatch(/^3 cases from South Korea/);
  });

  it('reads two questions on lines of their own as two, past a greeting and a sign-off', async () => {
    for (const text of [
      'what do you have on open data?\nalso anything from Finland?',
      'Hi team,\nwhat do you have on open data?\nanything from Finland?\nCheers, Ana',
    ]) {
      const reply = await bot.answer(text, freshPerson());
      expect(reply.intent, text).toMatchObject({ type: 'search', query: 'open data', filters: {} });
      expect(reply.actions, text).toContainEqual({
        type: 'alternative',
        label: 'Cases from Finland, newest first (1 case)',
        command: 'list in Finland',
      });
    }
    const one = await bot.answer('Hi,\nany open data cases?\nThanks', freshPerson());
    expect(one.notice ?? '').not.toContain('two things');
  });

  it('keeps one question with two parts one question', async () => {
    for (const text of ['health cases from korea since 2020?', 'any AI cases? from Korea?']) {
      const reply = await bot.answer(text, freshPerson());
      expect(reply.notice ?? '').not.toContain('two things');
    }
  });

  it('leaves out a remark on who asks after the question, and says so', async () => {
    const reply = await bot.answer(
      '@casebot anything on procurement reform? Maria from finance wants to know',
      freshPerson(),
    );
    expect(reply.intent).toMatchObject({ type: 'search', query: 'procurement reform' });
    expect(reply.notice).toContain('Read without “Maria from finance wants to know”');
  });

  it('suggests a digest command without words of asking, with the last question subject', async () => {
    const alone = await bot.answer('is there a way to get updates automatically?', freshPerson());
    expect(alone.notice).toContain('digest subscribe weekly mon 09:00');
    expect(alone.notice).not.toContain('automatically');
  });
});
