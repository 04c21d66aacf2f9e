import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSlackReply } from '../../../adapters/slack/render.js';
import { type Bot, createCasebot } from '../../../src/index.js';
import type { RecordedCall } from './fake-slack-api.js';
import { type Harness, SIGNING_SECRET, spyBot, startHarness } from './harness.js';
import { eventBody, sendToSlackApp } from './slack-requests.js';

let h: Harness;
let bot: Bot;
let spy: ReturnType<typeof spyBot>;
let sequence = 0;
const nextId = (prefix: string) => `${prefix}${++sequence}`;

beforeAll(async () => {
  // A bot of its own: the conversation memory must start empty for this file.
  bot = await createCasebot({ knowledgeDir: 'knowledge', random: () => 0.5 });
  spy = spyBot(bot);
  h = await startHarness(spy);
});

afterAll(async () => {
  await h?.close();
});

const postsIn = (channel: string) => (c: RecordedCall) =>
  c.kind === 'api' && c.name === 'chat.postMessage' && c.body.channel === channel;

async function mention(fields: {
  channel: string;
  user: string;
  text: string;
  ts: string;
  thread_ts?: string;
}) {
  const res = await sendToSlackApp(
    h.eventsUrl,
    eventBody({ type: 'app_mention', ...fields, text: `<@UCASEBOT> ${fields.text}` }, nextId('Ev')),
    'json',
    { secret: SIGNING_SECRET },
  );
  expect(res.status).toBe(200);
}

/** The nth message the bot posted in a channel, once it is there. */
function nthPost(channel: string, n: number) {
  return h.fake.waitFor(
    (c) => postsIn(channel)(c) && h.fake.calls.filter(postsIn(channel)).indexOf(c) === n - 1,
  );
}

describe('a conversation in Slack', () => {
  it('"next" in a thread shows the next page of the question asked in that thread, to anyone in it', async () => {
    const channel = nextId('CCONV');
    const thread = '1700000500.000100';
    await mention({ channel, user: 'U0ALICE', text: 'list all', ts: thread });
    const first = await nthPost(channel, 1);
    expect(first.body.thread_ts).toBe(thread);

    await mention({ channel, user: 'U0BOB', text: 'next', ts: '1700000501.000100', thread_ts: thread });
    const second = await nthPost(channel, 2);
    expect(second.body.thread_ts).toBe(thread);
    const page2 = await bot.answer('list page 2', {
      platform: 'slack',
      surface: { type: 'mention' },
      channelId: 'expected',
    });
    expect(page2).toMatchObject({ type: 'results', page: 2 });
    expect(second.body.blocks).toEqual(renderSlackReply(page2).blocks);
    expect(spy.asked.at(-1)?.ctx).toMatchObject({ platform: 'slack', channelId: channel, threadId: thread });

    // A new thread in the same channel starts afresh: "next" has nothing to follow there.
    await mention({ channel, user: 'U0ALICE', text: 'next', ts: '1700000600.000100' });
    const elsewhere = await nthPost(channel, 3);
    expect(elsewhere.body.thread_ts).toBe('1700000600.000100');
    expect(elsewhere.body.text).toContain('Nothing to follow up yet');
  });

  it('a follow-up in the thread narrows the question with a year filter', async () => {
    const channel = nextId('CCONV');
    const thread = '1700000700.000100';
    await mention({ channel, user: 'U0ALICE', text: 'digital government', ts: thread });
    await nthPost(channel, 1);
    await mention({
      channel,
      user: 'U0ALICE',
      text: 'only since 2021',
      ts: '1700000701.000100',
      thread_ts: thread,
    });
    const narrowed = await nthPost(channel, 2);
    const header = (narrowed.body.blocks as { type: string; text?: { text: string } }[])[0];
    expect(header?.text?.text).toBe('Digital government cases since 2021');
  });
});
