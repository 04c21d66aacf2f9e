import { beforeAll, describe, expect, it } from 'vitest';
import { type Bot, renderPlainText } from '../../src/index.js';
import { builtInBot } from '../support/built-in-bot.js';
import { freshPerson } from '../support/fresh-person.js';
import { offers } from '../support/offers.js';

let bot: Bot;
beforeAll(async () => {
  bot = await builtInBot();
});

describe('a request outside what casebot does', () => {
  it('is answered plainly with what casebot does, never a failed search', async () => {
    for (const text of ["what's the weather today", 'tell me a joke', "what's the capital of France?"]) {
      const reply = await bot.answer(text, freshPerson());
      expect(reply.type, text).toBe('message');
      expect(renderPlainText(reply), text).toContain('What I do: find public-sector innovation cases');
      expect(offers(reply), text).toEqual([]);
    }
  });

  it('offers the cases on what it names as a button, said so, and the button searches them', async () => {
    const me = freshPerson();
    const reply = await bot.answer('write me a poem about open data', me);
    expect(reply).toMatchObject({ type: 'message', heading: 'I do not write texts' });
    expect(reply.notice ?? renderPlainText(reply)).toContain('I can find cases instead');
    const [cases] = offers(reply);
    expect(cases?.label).toBe('Cases matching “open data”');
    expect((await bot.answer(cases?.command ?? '', me)).intent).toMatchObject({
      type: 'search',
      query: 'open data',
    });
  });

  it('offers the cases a text is to hold, said without "about"', async () => {
    const letter = await bot.answer('draft a letter template for digital inclusion cases', freshPerson());
    expect(letter).toMatchObject({ type: 'message', heading: 'I do not write texts' });
    expect(offers(letter)[0]?.label).toBe('Cases matching “digital inclusion”');
    const slide = await bot.answer(
      'help me prepare a slide with three education cases from Europe',
      freshPerson(),
    );
    expect(slide).toMatchObject({ type: 'message', heading: 'I do not write texts' });
    expect(offers(slide)[0]?.command).toBe('list topic Education in Europe, 3 at a time');
  });

  it('keeps a search whose words look like such a request a search', async () => {
    for (const text of [
      'weather forecasting for farmers',
      'policy briefs on housing',
      'chatbots that write letters',
      'how did cities use weather data for flood alerts today',
      "what's the news on AI regulation cases",
    ])
      expect((await bot.answer(text, freshPerson())).intent, text).toMatchObject({ type: 'search' });
    expect((await bot.answer('write me a poem about open data', freshPerson())).intent).toEqual({
      type: 'help',
      reason: 'asked',
      topic: 'write',
    });
  });
});

describe('a question about casebot where it runs', () => {
  it('answers who sees what and what is kept with what is so', async () => {
    const text = renderPlainText(await bot.answer('who can see my questions?', freshPerson()));
    expect(text).toContain('seen only by you until you share them');
    expect(text).toContain('for 30 minutes after your last message');
    // What the conversation keeps includes the earlier answers "back to the AI list" recalls.
    expect(text).toContain('up to 6 answers before it (each with its first 5 cases)');
    expect(text).toContain('Your messages themselves are not stored');
  });

  it('says how to add casebot to a channel on both chat apps', async () => {
    const text = renderPlainText(await bot.answer('how do I add you to another channel?', freshPerson()));
    expect(text).toContain('/invite @casebot');
    expect(text).toContain('Discord');
  });
});
