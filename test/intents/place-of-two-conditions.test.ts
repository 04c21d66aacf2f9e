import { beforeAll, describe, expect, it } from 'vitest';
import { type Bot, renderPlainText } from '../../src/index.js';
import { builtInBotOnFixedDay } from '../support/built-in-bot.js';
import { freshPerson } from '../support/fresh-person.js';

let bot: Bot;

beforeAll(async () => {
  bot = await builtInBotOnFixedDay();
});

describe('a place of two conditions that finds nothing', () => {
  it('offers each condition alone, with its count', async () => {
    const reply = await bot.answer('francophone Africa', freshPerson());
    const text = renderPlainText(reply);
    expect(text).toContain('Without the region (Africa):');
    expect(text).toContain('Without the language (French-speaking countries):');
    const commands = reply.actions.filter((a) => a.type === 'relax').map((a) => a.command);
    expect(commands).toEqual(expect.arrayContaining(['list in Africa', 'list in French-speaking countries']));
  });
});
