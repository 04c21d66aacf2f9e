import { beforeAll, describe, expect, it } from 'vitest';
import { type Bot, createCasebot } from '../../src/index.js';
import { freshPerson } from '../support/fresh-person.js';

const person = () => freshPerson();

describe('topics named together', () => {
  let bot: Bot;
  beforeAll(async () => {
    bot = await createCasebot({ knowledgeDir: 'knowledge', random: () => 0.5 });
  });

  it('lists cases about either, those about both first, says so and offers cases about both', async () => {
    const me = person();
    const either = await bot.answer('health and education', me);
    expect(either.heading).toBe('Cases about Health or Education');
    expect(either.notice).toContain(
      'Read as cases about health or education, those about more of them first',
    );
    const tagged = (c: { tags: string[] }, label: string) => c.tags.includes(label);
    expect(either.cases.every((c) => tagged(c, 'Health') || tagged(c, 'Education'))).toBe(true);
    const both = bot.knowledge.cases.filter((c) => tagged(c, 'Health') && tagged(c, 'Education'));
    expect(both.length).toBeGreaterThan(0);
    expect(
      either.cases
        .slice(0, both.length)
        .map((c) => c.id)
        .sort(),
    ).toEqual(both.map((c) => c.id).sort());

    const offer = either.actions.find((a) => a.type === 'alternative');
    expect(offer).toMatchObject({ label: 'About both health and education' });
    const clicked = await bot.answer(offer?.command ?? '', me);
    expect(clicked.heading).toBe('Cases about both Health and Education');
    expect(clicked.total).toBe(both.length);
  });

  it('keeps the topics through follow-ups, and drops them with "any topic"', async () => {
    const me = person();
    await bot.answer('health or education', me);
    const next = await bot.answer('next', me);
    expect(next.intent).toMatchObject({ filters: { topics: { labels: ['Health', 'Education'] } }, page: 2 });
    const anyTopic = await bot.answer('any topic', me);
    expect(anyTopic.intent).toMatchObject({ type: 'search', filters: {} });
  });

  it('searches a topic beside other words for either, and both with "both"', async () => {
    const either = await bot.answer('AI and blockchain projects', person());
    expect(either.intent).toMatchObject({ type: 'search', query: 'AI blockchain' });
    expect(either.notice).toContain('Read as cases about AI or blockchain');
    const both = await bot.answer('both AI and blockchain', person());
    expect(both.intent).toMatchObject({ query: 'blockchain', filters: { topic: 'AI & emerging tech' } });
    expect(both.notice).toContain('Read as cases about both AI and blockchain');
  });

  it('leaves words joined by "and" that name no topic as one search', async () => {
    const reply = await bot.answer('research and development', person());
    expect(reply.intent).toMatchObject({ type: 'search', query: 'research and development' });
    expect(reply.notice ?? '').not.toContain('Read as');
  });
});
