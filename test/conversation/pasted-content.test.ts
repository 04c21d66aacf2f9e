import { beforeAll, describe, expect, it } from 'vitest';
import { type Bot, renderPlainText } from '../../src/index.js';
import { builtInBot } from '../support/built-in-bot.js';
import { freshPerson } from '../support/fresh-person.js';

let bot: Bot;
beforeAll(async () => {
  bot = await builtInBot();
});

describe('something pasted into the chat', () => {
  it('a link casebot cannot open: says so, and finds cases like what the link says of itself', async () => {
    const reply = await bot.answer(
      'saw this https://www.gov.uk/government/news/new-digital-mental-health-support-for-young-people any cases like it?',
      freshPerson(),
    );
    expect(reply.intent).toMatchObject({
      type: 'similar',
      text: 'new digital mental health support for young people',
    });
    expect(renderPlainText(reply)).toContain(
      "I can't open links, so I went by what this one (gov.uk) says of itself",
    );
    expect((reply as { cases?: { title: string }[] }).cases?.[0]?.title).toContain('Youth Mental Health');
  });

  it('a link that says nothing of itself: asks for its title rather than searching its site', async () => {
    const reply = await bot.answer(
      'check this out <https://www.youtube.com/watch?v=dQw4w9WgXcQ> - any cases like this?',
      freshPerson(),
    );
    expect(renderPlainText(reply)).toContain('paste its title or a few of its lines');
    expect(renderPlainText(reply)).not.toContain('youtube”');
  });

  it('a link pasted after a list is what "it" points at, not the first case shown', async () => {
    const me = freshPerson();
    await bot.answer('show me AI cases', me);
    const reply = await bot.answer(
      'saw this https://www.bbc.co.uk/news/technology-chatbots-in-local-government anything like it?',
      me,
    );
    expect(reply.intent).toMatchObject({ type: 'similar', text: 'technology chatbots in local government' });
  });

  it('a pasted headline with a question after it finds cases like the headline, its place no filter', async () => {
    const reply = await bot.answer(
      'from a newsletter: Denmark pilots remote rehabilitation for heart patients at home. Are there comparable cases?',
      freshPerson(),
    );
    expect(reply.intent).toMatchObject({ type: 'similar', filters: {} });
    expect((reply as { cases?: { title: string }[] }).cases?.[0]?.title).toBe('Cardiac Telerehabilitation');
  });
});
