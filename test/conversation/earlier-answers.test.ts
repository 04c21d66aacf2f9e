import { beforeAll, describe, expect, it } from 'vitest';
import type { Bot, Intent } from '../../src/index.js';
import { builtInBotOnFixedDay } from '../support/built-in-bot.js';
import { freshPerson } from '../support/fresh-person.js';

let bot: Bot;

beforeAll(async () => {
  bot = await builtInBotOnFixedDay();
});

const AI = { topic: 'AI & emerging tech' };
const KR = { countries: ['KR'] };

/**
 * People point back past the last answer: to their first question, to a list described by what
 * it was about, to the answer before one they name. The last message must recall that earlier
 * answer, and say it came from earlier in the conversation.
 */
const CONVERSATIONS: [string[], Record<string, unknown>][] = [
  [['AI cases', 'cases from france', 'hey what was that AI list you showed me earlier?'], { filters: AI }],
  [['cases from korea', 'open data', 'health in korea', 'ok go back to my first question'], { filters: KR }],
  [['AI cases', 'cases from france', 'back to the AI ones pls'], { filters: AI }],
  [
    ['cases from japan', 'cases from france', 'the one you showed before the French one'],
    { filters: { countries: ['JP'] } },
  ],
  [['cases from korea', 'education', 'local ones', 'the Korean case from before'], { filters: KR }],
  [
    ['AI cases', 'cases from france', 'earlier you mentioned a case about AI, which one was it?'],
    { filters: AI },
  ],
  [
    ['health', 'cases from chile', 'can you show me the list from before again?'],
    { filters: { topic: 'Health' } },
  ],
  [['cases from korea', 'AI cases', 'cases from france', 'the korean list again please'], { filters: KR }],
  [
    ['digital identity', 'cases from estonia', 'health', 'go back two questions'],
    { query: 'digital identity' },
  ],
  [['cases from korea', 'cases from japan', 'wait what did you show me first?'], { filters: KR }],
];

describe('answers from earlier in the conversation', () => {
  it.each(CONVERSATIONS)('%j recalls the earlier answer meant, and says so', async (turns, expected) => {
    const me = freshPerson();
    for (const turn of turns.slice(0, -1)) await bot.answer(turn, me);
    const reply = await bot.answer(turns.at(-1) ?? '', me);
    expect(reply.intent).toMatchObject({ type: 'search', ...expected });
    expect(reply.notice).toContain('earlier in this conversation');
  });

  it('takes the earlier answer that fits before the last one, and offers the other', async () => {
    const me = freshPerson();
    await bot.answer('AI cases', me);
    await bot.answer('cases from japan', me);
    await bot.answer('AI cases from france', me);
    const reply = await bot.answer('back to the AI list', me);
    expect(reply.intent).toMatchObject({ type: 'search', filters: AI });
    expect(reply.notice).toContain('your first question');
    const offered = reply.actions.filter((a) => a.type === 'alternative').map((a) => a.command);
    expect(offered.some((c) => /France/iu.test(c) || / FR\b/u.test(c))).toBe(true);
  });

  it('"what were we talking about?" says what was asked, the earlier questions as buttons', async () => {
    const me = freshPerson();
    await bot.answer('open data', me);
    await bot.answer('cases from korea', me);
    const reply = await bot.answer('what were we talking about?', me);
    expect(reply.intent).toMatchObject({ type: 'search', filters: KR });
    expect(reply.notice).toContain('open data');
    expect(reply.actions.some((a) => a.type === 'alternative' && /open data/u.test(a.command))).toBe(true);
  });

  it('with nothing asked before, says so and searches nothing', async () => {
    const reply = await bot.answer('hey can we go back to the list from before?', freshPerson());
    expect(reply.intent).toMatchObject({ type: 'follow-up' } satisfies Partial<Intent>);
    expect(reply.notice ?? '').not.toContain('matching');
  });

  it('never recalls another person’s answers', async () => {
    const me = freshPerson();
    await bot.answer('AI cases', me);
    await bot.answer('cases from france', me);
    const other = freshPerson();
    await bot.answer('cases from korea', other);
    await bot.answer('open data', other);
    const reply = await bot.answer('what did you show me first?', other);
    expect(reply.intent).toMatchObject({ type: 'search', filters: KR });
  });
});
