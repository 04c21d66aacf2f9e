import { beforeAll, describe, expect, it } from 'vitest';
import { type Bot, renderPlainText } from '../../src/index.js';
import { builtInBotOnFixedDay } from '../support/built-in-bot.js';
import { freshPerson } from '../support/fresh-person.js';

let bot: Bot;

beforeAll(async () => {
  bot = await builtInBotOnFixedDay();
});

describe('a count of topics named together', () => {
  it('counts the cases about any of them and says how many are about both', async () => {
    const reply = await bot.answer('how many on health and education', freshPerson());
    expect(renderPlainText(reply)).toMatch(/7 cases about Health or Education \(2 about both\)/);
  });

  it('breaks them down by those topics only', async () => {
    const reply = await bot.answer('how many on health and education by topic', freshPerson());
    expect(reply.type === 'counts' ? reply.groups.map((g) => g.key).sort() : []).toEqual([
      'Education',
      'Health',
    ]);
  });
});
