import { beforeAll, describe, expect, it } from 'vitest';
import type { ChatContext } from '../../src/chat-context.js';
import { createBot } from '../../src/create-bot.js';
import type { DigestHandler } from '../../src/digests/digest-handler.js';
import { digestReply } from '../../src/digests/digest-reply.js';
import type { Bot } from '../../src/index.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import type { Reply, Visibility } from '../../src/replies/reply.js';
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

/** Rows: how the message came. Columns: an answer, a digest for the channel, one for the asker, a failure. */
const POLICY: [string, ChatContext, Cell, Cell, Cell, Cell][] = [
  [
    'the console',
    { platform: 'cli', surface: { type: 'console' } },
    'private',
    'private',
    'private',
    'private',
  ],
  ['a direct message', slack({ type: 'direct-message' }), 'private', 'private', 'private', 'private'],
  ['a mention in a channel', slack({ type: 'mention' }), 'channel', 'channel', 'private', 'channel'],
  [
    'a mention in a Discord channel',
    discord({ type: 'mention' }),
    'channel',
    'channel',
    'private',
    'channel',
  ],
  ['a slash command', slack({ type: 'slash-command' }), 'share', 'channel', 'private', 'private'],
  [
    'a slash command, public:true',
    discord({ type: 'slash-command', requested: 'channel' }),
    'channel',
    'channel',
    'private',
    'private',
  ],
  [
    'a slash command, public: left out',
    discord({ type: 'slash-command', requested: 'private' }),
    'share',
    'share',
    'private',
    'private',
  ],
  [
    "a button on the asker's private message",
    slack({ type: 'button', on: 'private-message' }),
    'share',
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
  ],
  [
    'a button on a message the channel sees, in Slack',
    slack({ type: 'button', on: 'channel-message' }),
    'share',
    'channel',
    'private',
    'private',
  ],
  [
    'a button on a message the channel sees, in Discord',
    discord({ type: 'button', on: 'channel-message' }),
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
    'private',
    'private',
  ],
];

let bot: Bot;
let someId: string;
/** One message for each kind of answer: results, a random pick, a case, countries, help, nothing found. */
let answers: string[];

beforeAll(async () => {
  const knowledge = { ...(await loadKnowledge('knowledge')), hash: 'test' };
  const index = createSearchIndex(buildSearchIndexData(knowledge.cases));
  const failing: SearchIndex = {
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
    'help',
    'search xylophone zeppelin',
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
  it.each(POLICY)('on %s', async (_surface, ctx, answer, forChannel, forAsker, failure) => {
    for (const text of answers) expectCell(await bot.answer(text, ctx), answer, text);
    const list = await bot.answer('digest list', ctx);
    // The console has no channel: a digest command there is for the asker alone.
    expectCell(list, ctx.platform === 'cli' ? 'private' : forChannel, 'digest list');
    expectCell(await bot.answer('digest preview', ctx), forAsker, 'digest preview');
    const failed = await bot.answer('search explode', ctx);
    expect(failed.type).toBe('error');
    expectCell(failed, failure, 'a failure');
  });

  it('shares what the asker saw: a random pick as that case, anything else as it was asked', async () => {
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
    expect((await bot.answer('search health page 2', ctx)).shareCommand).toBe('search health page 2');
    expect((await bot.answer('   ', ctx)).shareCommand).toBe('help');
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
