import { beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../src/index.js';
import { builtInBotOnFixedDay } from '../support/built-in-bot.js';
import { freshPerson } from '../support/fresh-person.js';

let bot: Bot;

beforeAll(async () => {
  bot = await builtInBotOnFixedDay();
});

function idOf(title: string): string {
  const found = bot.knowledge.cases.find((c) => c.title.startsWith(title));
  if (!found) throw new Error(`no built-in case titled ${title}`);
  return found.id;
}

describe('what a practitioner asks of a case: results, evaluation, cost, contact', () => {
  it('"did it work?" shows the case in focus and says the collection records no results', async () => {
    const me = freshPerson();
    await bot.answer('cardiac telerehabilitation', me);
    const reply = await bot.answer('did it work?', me);
    expect(reply).toMatchObject({
      type: 'case',
      intent: { type: 'show', id: idOf('Cardiac Telerehabilitation') },
    });
    expect(reply.notice).toMatch(/does not record what cases achieved/);
  });

  it('"how much did it cost?" and "who do I contact about it?" stay on the case, saying what is missing', async () => {
    const me = freshPerson();
    await bot.answer('tell me about the Austin one', me);
    const austin = idOf('Austin Civilian');
    const cost = await bot.answer('how much did it cost?', me);
    expect(cost).toMatchObject({ type: 'case', intent: { type: 'show', id: austin } });
    expect(cost.notice).toMatch(/does not record what cases cost/);
    const contact = await bot.answer('who do I contact about it?', me);
    expect(contact).toMatchObject({ type: 'case', intent: { type: 'show', id: austin } });
    expect(contact.notice).toMatch(/does not record contact people/);
  });

  it('"which of these were actually evaluated?" and "did any of them work?" show the list again, said so', async () => {
    const me = freshPerson();
    const first = await bot.answer('participatory democracy at municipal level', me);
    const evaluated = await bot.answer('which of these were actually evaluated?', me);
    expect(evaluated.intent).toEqual(first.intent);
    expect(evaluated.notice).toMatch(/does not record whether cases were evaluated/);
    const other = freshPerson();
    await bot.answer('citizen participation cases', other);
    const local = await bot.answer('which ones are local?', other);
    const worked = await bot.answer('did any of them work?', other);
    expect(worked.intent).toEqual(local.intent);
    expect(worked.notice).toMatch(/does not record what cases achieved/);
  });

  it('"what were the results?" then "anything similar from a smaller town?" follow the case it showed', async () => {
    const me = freshPerson();
    await bot.answer('employment programmes for young people', me);
    const stimulus = idOf('Presidential Employment Stimulus');
    const results = await bot.answer('what were the results?', me);
    expect(results).toMatchObject({ type: 'case', intent: { type: 'show', id: stimulus } });
    expect(results.notice).toMatch(/does not record what cases achieved/);
    const similar = await bot.answer('anything similar from a smaller town?', me);
    expect(similar.intent).toMatchObject({ type: 'similar', id: stimulus, filters: { level: 'local' } });
  });

  it('"was it evaluated?" after a search is the case it found first', async () => {
    const me = freshPerson();
    await bot.answer('mental health services co-designed with service users', me);
    const reply = await bot.answer('was it evaluated?', me);
    expect(reply).toMatchObject({
      type: 'case',
      intent: { type: 'show', id: idOf('Co-created Philosophy of Care') },
    });
    expect(reply.notice).toMatch(/does not record whether cases were evaluated/);
  });
});
