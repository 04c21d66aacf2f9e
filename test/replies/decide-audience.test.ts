import { beforeAll, describe, expect, it } from 'vitest';
import type { ChatContext } from '../../src/chat-context.js';
import { createBot } from '../../src/create-bot.js';
import type { DigestHandler } from '../../src/digests/digest-handler.js';
import { digestReply } from '../../src/digests/digest-reply.js';
import type { Bot } from '../../src/index.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import type { Reply, ReplyAction, Visibility } from '../../src/replies/reply.js';
import { buildSearchIndexData } from '../../src/search/build-search-index.js';
import { createSearchIndex, type SearchIndex } from '../../src/search/search-index.js';

// The core's visibility and share policy (decideAudience's table), over every kind of reply and
// every surface, through `bot.answer` on the built-in knowledge.

/** `share`: private, with a Share command. */
type Cell = Visibility | 'share';

/** A digest engine whose replies have the scope of the real one; `pause` fails like a broken store. */
const digests: DigestHandler = {
  async handle(command) {
    if (command.type === 'pause') throw new Error('digest store unreachable');
    const scope = command.type === 'list' ? 'channel' : 'asker';
    return digestReply(command, { heading: `digest ${command.type}`, lines: [], scope });
  },
  overview: async () => ({ type: 'available', digests: [] }),
};

const slack = (surface: ChatContext['surface']): ChatContext => ({
  platform: 'slack',
  surface,
  channelId: 'C1',
});
const discord = (surface: ChatContext['surface']): ChatContext => ({
  platform: 'discord',
  surface,
  channelId: 'D1',
});

/**
 * Rows: how the message came. Columns: an answer, a remark (small talk), a digest for the
 * channel, one for the asker, a failure.
 */
const POLICY: [string, ChatContext, Cell, Cell, Cell, Cell, Cell][] = [
  [
    'the console',
    { platform: 'cli', surface: { type: 'console' } },
    'private',
    'private',
    'private',
    'private',
    'private',
  ],
  [
    'a direct message',
    slack({ type: 'direct-message' }),
    'private',
    'private',
    'private',
    'private',
    'private',
  ],
  [
    'a mention in a channel',
    slack({ type: 'mention' }),
    'channel',
    'channel',
    'channel',
    'private',
    'channel',
  ],
  [
    'a mention in a Discord channel',
    discord({ type: 'mention' }),
    'channel',
    'channel',
    'channel',
    'private',
    'channel',
  ],
  ['a slash command', slack({ type: 'slash-command' }), 'share', 'private', 'channel', 'private', 'private'],
  [
    'a slash command, public:true',
    discord({ type: 'slash-command', requested: 'channel' }),
    'channel',
    'channel',
    'channel',
    'private',
    'private',
  ],
  [
    'a slash command, public: left out',
    discord({ type: 'slash-command', requested: 'private' }),
    'share',
    'private',
    'share',
    'private',
    'private',
  ],
  [
    "a button on the asker's private message",
    slack({ type: 'button', on: 'private-message' }),
    'share',
    'private',
    'channel',
    'private',
    'private',
  ],
  [
    'a button on a message in a DM',
    slack({ type: 'button', on: 'direct-message' }),
    'private',
    'private',
    'private',
    'private',
    'private',
  ],
  [
    'a button on a message the channel sees, in Slack',
    slack({ type: 'button', on: 'channel-message' }),
    'share',
    'private',
    'channel',
    'private',
    'private',
  ],
  [
    'a button on a message the channel sees, in Discord',
    discord({ type: 'button', on: 'channel-message' }),
    'channel',
    'channel',
    'channel',
    'private',
    'private',
  ],
  [
    'the Share button',
    slack({ type: 'button', on: 'private-message', requested: 'channel' }),
    'channel',
    'channel',
    'channel',
    'private',
    'private',
  ],
];

let bot: Bot;
let someId: string;
/**
 * One message for each kind of answer: results, a random pick, a case, counts, a comparison,
 * similar cases, help, nothing found.
 */
let answers: string[];
/** Small talk, and a follow-up with nothing to follow: remarks. */
const REMARKS = ['thanks!', 'good morning', 'cheers, that helps'];

beforeAll(async () => {
  const knowledge = { ...(await loadKnowledge('knowledge')), hash: 'test' };
  const index = createSearchIndex(buildSearchIndexData(knowledge.cases));
  const failing: SearchIndex = {
    match(text) {
      if (text.includes('explode')) throw new Error('index exploded');
      return index.match(text);
    },
    search(text) {
      if (text.includes('explode')) throw new Error('index exploded');
      return index.search(text);
    },
  };
  bot = createBot({ knowledge, index: failing, random: () => 0.5, digests });
  someId = knowledge.cases[2]!.id;
  answers = [
    'search health',
    'what has Korea done?',
    'random',
    'random korea health',
    `show ${someId}`,
    'countries',
    'how many cases per year',
    'which topics do you cover',
    `compare ${someId} and ${knowledge.cases[3]!.id}`,
    `similar ${someId}`,
    'help',
    'search xylophone zeppelin',
    'climate in Serbia',
  ];
});

function expectCell(reply: Reply, cell: Cell, what: string) {
  expect({ what, visibility: reply.visibility, shared: reply.shareCommand !== undefined }).toEqual({
    what,
    visibility: cell === 'share' ? 'private' : cell,
    shared: cell === 'share',
  });
}

describe('who sees a reply, and whether it can be shared', () => {
  it.each(POLICY)('on %s', async (_surface, ctx, answer, remark, forChannel, forAsker, failure) => {
    for (const text of answers) expectCell(await bot.answer(text, ctx), answer, text);
    for (const text of REMARKS) {
      const reply = await bot.answer(text, ctx);
      expect({ text, type: reply.type }).toEqual({ text, type: 'message' });
      expectCell(reply, remark, text);
    }
    const list = await bot.answer('digest list', ctx);
    // The console has no channel: a digest command there is for the asker alone.
    expectCell(list, ctx.platform === 'cli' ? 'private' : forChannel, 'digest list');
    expectCell(await bot.answer('digest preview', ctx), forAsker, 'digest preview');
    const failed = await bot.answer('search explode', ctx);
    expect(failed.type).toBe('error');
    expectCell(failed, failure, 'a failure');
  });

  it("shares what the asker saw: a random pick as that case, anything else as the answer's own command", async () => {
    const ctx = slack({ type: 'slash-command' });
    const share = slack({ type: 'button', on: 'private-message', requested: 'channel' });
    for (const text of [...answers, 'random', '   ']) {
      const reply = await bot.answer(text, ctx);
      const command = reply.shareCommand;
      if (command === undefined) throw new Error(`no share command for "${text}"`);
      const shared = await bot.answer(command, share);
      expect(shared.visibility).toBe('channel');
      expect({ text, cases: shared.cases.map((c) => c.id) }).toEqual({
        text,
        cases: reply.cases.map((c) => c.id),
      });
    }
    const random = await bot.answer('random', ctx);
    expect(random.shareCommand).toBe(`show ${random.cases[0]?.id}`);
    expect((await bot.answer(`show ${someId.slice(0, 6)}`, ctx)).shareCommand).toBe(`show ${someId}`);
    expect((await bot.answer('search government page 2', ctx)).shareCommand).toBe('search government page 2');
    expect((await bot.answer('   ', ctx)).shareCommand).toBe('help');
  });

  it('shares a follow-up as the question it answered: "next" or "only local ones" mean nothing in the channel', async () => {
    const me: ChatContext = { ...slack({ type: 'slash-command' }), userId: 'U1' };
    const share = slack({ type: 'button', on: 'private-message', requested: 'channel' });
    await bot.answer('search government', me);
    for (const followUp of ['next', 'only local ones', 'and for Korea?']) {
      const reply = await bot.answer(followUp, me);
      expect(reply.shareCommand).toBeDefined();
      expect(reply.shareCommand).not.toBe(followUp);
      const shared = await bot.answer(reply.shareCommand ?? '', share);
      expect({ followUp, heading: shared.heading, cases: shared.cases.map((c) => c.id) }).toEqual({
        followUp,
        heading: reply.heading,
        cases: reply.cases.map((c) => c.id),
      });
    }
  });

  it('answers every kind of button as the row of the message it is on says', async () => {
    const me: ChatContext = { ...slack({ type: 'slash-command' }), userId: 'U2' };
    // Details, Similar, More; Previous; broader questions; another reading; examples; another pick.
    const asked = [
      'search government',
      'next',
      'climate in Serbia',
      'search health',
      'Korea',
      'hi',
      'random',
    ];
    const actions = new Map<string, ReplyAction>();
    for (const text of asked) for (const a of (await bot.answer(text, me)).actions) actions.set(a.type, a);
    expect([...actions.keys()].sort()).toEqual(
      ['alternative', 'details', 'example', 'more', 'previous', 'random', 'relax', 'similar'].sort(),
    );
    for (const [, ctx, answer, remark] of POLICY.filter(([, ctx]) => ctx.surface.type === 'button')) {
      for (const action of actions.values()) {
        const reply = await bot.answer(action.command, ctx);
        expectCell(reply, reply.type === 'message' ? remark : answer, `${action.type}: ${action.command}`);
      }
    }
  });

  it('never offers to share a digest reply in Slack, where the asker chooses no visibility', async () => {
    for (const surface of POLICY.map(([, ctx]) => ctx).filter((ctx) => ctx.platform === 'slack')) {
      for (const text of ['digest list', 'digest preview', 'digest help']) {
        expect((await bot.answer(text, surface)).shareCommand).toBeUndefined();
      }
    }
  });

  it("answers a failure with the core's one apology, not an answer it did not give", async () => {
    const failed = await bot.answer('search explode', slack({ type: 'slash-command' }));
    const viaDigests = await bot.answer('digest pause abc123', discord({ type: 'mention' }));
    expect(failed).toMatchObject({ type: 'error', intent: { type: 'search', query: 'explode' } });
    expect(viaDigests).toMatchObject({ type: 'error', heading: failed.heading });
    if (failed.type !== 'error' || viaDigests.type !== 'error') throw new Error('expected error replies');
    expect(viaDigests.message).toBe(failed.message);
    expect([failed.cases, failed.actions, viaDigests.cases]).toEqual([[], [], []]);
  });
});
