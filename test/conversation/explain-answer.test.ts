import { beforeAll, describe, expect, it } from 'vitest';
import type { Bot, Reply } from '../../src/index.js';
import { renderPlainText } from '../../src/index.js';
import { builtInBot } from '../support/built-in-bot.js';
import { freshPerson } from '../support/fresh-person.js';

let bot: Bot;
beforeAll(async () => {
  bot = await builtInBot();
});

const text = (reply: Reply) => renderPlainText(reply);

describe('asked why the last answer is what it is', () => {
  it('explains a list: how it was read, the words each case has and where, and the order', async () => {
    const me = freshPerson();
    const list = await bot.answer('digital government in Korea', me);
    const reply = await bot.answer('how did you pick these?', me);
    expect(reply.type).toBe('message');
    expect(text(reply)).toContain('Digital government cases from South Korea');
    for (const c of list.cases) expect(text(reply)).toContain(c.title);
    expect(text(reply)).toMatch(/“digital” and “government” in its tags/u);
    expect(text(reply)).toMatch(/Order: /u);
    // The conversation still follows the list: "next" or "the second one" mean its cases.
    expect((await bot.answer('the second one', me)).cases[0]?.id).toBe(list.cases[1]?.id);
  });

  it('explains the case in focus or the first shown, not showing it again', async () => {
    const me = freshPerson();
    const list = await bot.answer('health', me);
    const reply = await bot.answer('why this one?', me);
    expect(reply.type).toBe('message');
    expect(text(reply)).toContain(`#1 “${list.cases[0]?.title}”`);
    await bot.answer('tell me more about the second', me);
    expect(text(await bot.answer('why did that come up?', me))).toContain(`#2 “${list.cases[1]?.title}”`);
  });

  it('says where a shown case has the words asked about, quoting its summary', async () => {
    const me = freshPerson();
    await bot.answer('AI Friends', me);
    const reply = await bot.answer('where does it mention AI?', me);
    expect(reply.type).toBe('message');
    expect(text(reply)).toMatch(/“ai” in its title, summary and tags/u);
    expect(text(reply)).toContain('Its summary says: “');
  });

  it('explains why a named case ranks where it does, and the order of a sorted list', async () => {
    const me = freshPerson();
    const list = await bot.answer('AI', me);
    const at = list.cases.findIndex((c) => c.title === 'AI Friends');
    const why = text(await bot.answer('why is AI Friends first?', me));
    expect(why).toContain(`#${at + 1} “AI Friends”`);
    // It is not first in this list: said so, with the case that is and why.
    expect(at).toBeGreaterThan(0);
    expect(why).toContain(`It is not first but #${at + 1}; first is:`);
    expect(why).toContain(`#1 “${list.cases[0]?.title}”`);
    await bot.answer('recent AI cases', me);
    expect(text(await bot.answer('why are these in this order?', me))).toContain('Order: newest first');
  });

  it('says which part of the question leaves out a case or a place not in the list', async () => {
    const me = freshPerson();
    await bot.answer('health in Belgium', me);
    expect(text(await bot.answer("why isn't the Ghent one in the list?", me))).toMatch(
      /is not in it: the question asks for cases tagged Health, and it is tagged/u,
    );
    await bot.answer('AI in Europe', me);
    const reply = await bot.answer('why not the Korean ones?', me);
    expect(text(reply)).toContain('No cases from South Korea in it: the question asks for cases from Europe');
    expect(reply.actions.map((a) => a.command)).toContain('list topic AI & emerging tech in South Korea');
  });

  it('names the cases from a place it was asked about, and keeps other questions as they were', async () => {
    const me = freshPerson();
    await bot.answer('open data', me);
    const reply = await bot.answer('what made you pick Korea?', me);
    expect(reply.heading).toBe('Why the cases from South Korea');
    // A question about the world, or about what a case is, is no question about the answer.
    expect((await bot.answer('explainable AI', me)).intent).toMatchObject({ type: 'search' });
    expect((await bot.answer('why is it interesting?', me)).intent).toMatchObject({ type: 'show' });
  });
});
