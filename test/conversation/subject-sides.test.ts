import { beforeAll, describe, expect, it } from 'vitest';
import type { Bot, Reply } from '../../src/index.js';
import { builtInBot } from '../support/built-in-bot.js';

let bot: Bot;
let channel = 0;

beforeAll(async () => {
  bot = await builtInBot();
});

async function talk(...texts: string[]): Promise<Reply> {
  channel += 1;
  const ctx = {
    platform: 'cli' as const,
    surface: { type: 'console' as const },
    channelId: `sides-${channel}`,
  };
  let reply: Reply | undefined;
  for (const text of texts) reply = await bot.answer(text, ctx);
  return reply!;
}

describe('subjects and topics named against each other', () => {
  it('counts each a line, says which has more and lists each', async () => {
    const reply = await talk('open data vs AI — which do we have more of?');
    expect(reply.type).toBe('counts');
    if (reply.type !== 'counts') return;
    expect(reply.groups.map((g) => g.label)).toEqual(['“open data”', 'AI & emerging tech']);
    expect(reply.notice).toMatch(/has more|tie/u);
    expect(reply.groups.every((g) => g.command.length > 0)).toBe(true);
  });

  it('says ties as ties', async () => {
    const reply = await talk('health vs education in europe');
    expect(reply.type === 'counts' && reply.notice).toMatch(/tie, 3 cases each/u);
  });

  it('offers each one by year when asked over time', async () => {
    const reply = await talk('open data compared to AI over time');
    expect(reply.actions.map((a) => a.label)).toEqual(
      expect.arrayContaining(['Open data by year', 'AI & emerging tech by year']),
    );
  });

  it('offers the cases the words could name as the other reading', async () => {
    const reply = await talk('health vs education');
    expect(JSON.stringify(reply)).toMatch(/Compare the cases/u);
  });

  it('sets the last list subject against one named after it', async () => {
    const reply = await talk('climate cases', 'vs mobility?');
    expect(reply.intent).toEqual({
      type: 'count',
      query: '',
      filters: {},
      sides: ['Climate & environment', 'Mobility & urban'],
    });
  });

  it('counts within the last list places when the message names none', async () => {
    const reply = await talk('cases from korea', 'how does AI compare to health there?');
    expect(reply.intent).toMatchObject({
      sides: ['AI & emerging tech', 'Health'],
      filters: { countries: ['KR'] },
    });
  });
});
