import { beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../src/index.js';
import { builtInBot } from '../support/built-in-bot.js';
import { freshPerson } from '../support/fresh-person.js';

let bot: Bot;
beforeAll(async () => {
  bot = await builtInBot();
});

describe('what the collection’s own words mean', () => {
  it('says what a case is, and leaves other words and the cases shown to the cases', async () => {
    const reply = await bot.answer('what do you guys count as a "case"?', freshPerson());
    expect(reply).toMatchObject({ type: 'message', heading: 'I am casebot' });
    expect(reply.type === 'message' && reply.lines.join(' ')).toContain('Each case is a public body');
    expect((await bot.answer('what is open data?', freshPerson())).intent?.type).not.toBe('small-talk');
    const me = freshPerson();
    await bot.answer('health cases', me);
    expect((await bot.answer('where are these cases from?', me)).intent?.type).not.toBe('small-talk');
  });
});
