import { beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../src/index.js';
import { builtInBot } from '../support/built-in-bot.js';
import { freshPerson } from '../support/fresh-person.js';
import { list } from '../support/intents.js';
import { offers } from '../support/offers.js';

let bot: Bot;
beforeAll(async () => {
  bot = await builtInBot();
});

async function answerAfter(first: string, second: string) {
  const me = freshPerson();
  await bot.answer(first, me);
  return bot.answer(second, me);
}

describe('what people type after an answer that found nothing', () => {
  it('"anything from korea?" after nothing on drones there asks for Korea alone, the last question a button', async () => {
    const reply = await answerAfter('drone delivery in korea', 'anything from korea?');
    expect(reply.intent).toEqual(list({ countries: ['KR'] }));
    expect(reply.notice).toContain('That adds nothing to the last question');
    expect(offers(reply).map((o) => o.label)).toContain('The last question again');
  });

  it('"broader please" takes the wider question the answer offered', async () => {
    const reply = await answerAfter('drone delivery in chile', 'broader please');
    expect(reply.intent).toMatchObject({ type: 'search', query: 'drone delivery', filters: {} });
  });

  it('"forget chile" takes the place named off the last question', async () => {
    const reply = await answerAfter('health cases in chile since 2023', 'forget chile');
    expect(reply.intent).toMatchObject({ filters: { topic: 'Health', years: { from: 2023 } } });
    expect(reply.intent).not.toMatchObject({ filters: { countries: ['CL'] } });
  });

  it('"something similar?" finds cases like what was searched', async () => {
    const reply = await answerAfter('quantum computing', 'how about something similar');
    expect(reply.intent).toEqual({ type: 'similar', text: 'quantum computing', filters: {}, page: 1 });
  });

  it('keeps a refinement that changes the question: "what about in europe"', async () => {
    const reply = await answerAfter('drone delivery in chile', 'ok what about in europe');
    expect(reply.intent).toMatchObject({ query: 'drone delivery', filters: { region: 'europe' } });
  });
});
