import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackMessage } from '../../../adapters/slack/payload.js';
import { renderSlackReply } from '../../../adapters/slack/render.js';
import type { Bot, ChatContext, Reply, Surface } from '../../../src/index.js';
import { builtInBot } from '../../support/built-in-bot.js';
import type { RecordedCall } from './fake-slack-api.js';
import { BOT_TOKEN, type Harness, SIGNING_SECRET, spyBot, startHarness } from './harness.js';
import { limitProblems, markupProblems } from './slack-limits.js';
import { blockActionsBody, eventBody, sendToSlackApp, slashCommandBody } from './slack-requests.js';

let bot: Bot;
let spy: ReturnType<typeof spyBot>;
let h: Harness;
let seq = 0;
function nextId(prefix: string): string {
  seq += 1;
  return `${prefix}${seq}`;
}

beforeAll(async () => {
  bot = await builtInBot();
  spy = spyBot(bot);
  h = await startHarness(spy);
});

afterAll(async () => {
  await h?.close();
});

/** The core's answer as the adapter asks for it: same text, same surface. */
function answerOn(text: string, surface: Surface): Promise<Reply> {
  const ctx: ChatContext = { platform: 'slack', surface };
  return bot.answer(text, ctx);
}
const SLASH: Surface = { type: 'slash-command' };

const isRespond = (id: string) => (c: RecordedCall) => c.kind === 'respond' && c.name === id;
const isPost = (channel: string) => (c: RecordedCall) =>
  c.kind === 'api' && c.name === 'chat.postMessage' && c.body.channel === channel;

async function slash(text: string, extra: { userId?: string; channelId?: string } = {}) {
  const id = nextId('cmd');
  const res = await sendToSlackApp(
    h.eventsUrl,
    slashCommandBody({ text, responseUrl: h.fake.responseUrl(id), ...extra }),
    'form',
    { secret: SIGNING_SECRET },
  );
  return { res, id };
}

async function click(fields: { actionId: string; value: string; ephemeral?: boolean; channelId?: string }) {
  const id = nextId('act');
  const res = await sendToSlackApp(
    h.eventsUrl,
    blockActionsBody({ ...fields, responseUrl: h.fake.responseUrl(id) }),
    'form',
    { secret: SIGNING_SECRET },
  );
  expect(res.status).toBe(200);
  return id;
}

async function sendEvent(
  event: Record<string, unknown>,
  eventId: string,
  headers: Record<string, string> = {},
  timestamp = Math.floor(Date.now() / 1000),
) {
  const res = await sendToSlackApp(h.eventsUrl, eventBody(event, eventId), 'json', {
    secret: SIGNING_SECRET,
    headers,
    timestamp,
  });
  expect(res.status).toBe(200);
}

/** Slack signs each delivery as it sends it: a retry a minute later carries its own timestamp. */
const retryHeaders = (num: number, reason = 'http_timeout') => ({
  'x-slack-retry-num': String(num),
  'x-slack-retry-reason': reason,
});
const aMinuteLater = () => Math.floor(Date.now() / 1000) + 60;

describe('Slack adapter end to end', () => {
  it('checked its token with auth.test on the fake API at start (SLACK_API_URL is used)', async () => {
    const call = await h.fake.waitFor((c) => c.name === 'auth.test');
    expect(call.headers.authorization).toBe(`Bearer ${BOT_TOKEN}`);
  });

  it('acknowledges a slash command at once and answers privately through response_url', async () => {
    const { res, id } = await slash('mental health');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    const answer = await h.fake.waitFor(isRespond(id));
    const reply = await answerOn('mental health', SLASH);
    expect(reply).toMatchObject({ visibility: 'private', shareCommand: 'search mental health' });
    const expected = renderSlackReply(reply, { commandPrefix: '/initiatives' });
    expect(answer.body).toEqual({ response_type: 'ephemeral', ...expected });
    expect(answer.body.blocks).toContainEqual(
      expect.objectContaining({
        type: 'actions',
        elements: expect.arrayContaining([
          expect.objectContaining({ text: expect.objectContaining({ text: 'Share in channel' }) }),
        ]),
      }),
    );
    expect(spy.asked.at(-1)).toEqual({
      text: 'mental health',
      ctx: {
        platform: 'slack',
        surface: SLASH,
        teamId: 'T0TEAM',
        channelId: 'C0GENERAL',
        userId: 'U0ASKER',
        canManageDigests: true,
      },
    });
  });

  it.each([
    ['random korea', (r: Reply) => `show ${r.cases[0]?.id}`],
    ['country Belgium', () => 'list in Belgium'],
    ['countries', () => 'count by country'],
    ['help', () => 'help'],
    ['', () => 'help'],
  ])('answers "/initiatives %s" with the core reply as Block Kit', async (text, share) => {
    const { id } = await slash(text);
    const answer = await h.fake.waitFor(isRespond(id));
    const reply = await answerOn(text, SLASH);
    expect(reply.shareCommand).toBe(share(reply));
    expect(answer.body).toEqual({
      response_type: 'ephemeral',
      ...renderSlackReply(reply, { commandPrefix: '/initiatives' }),
    });
    expect((answer.body.text as string).length).toBeGreaterThan(0);
    if (text === '') expect(reply.type).toBe('help');
  });

  it('shows one case with "/initiatives show <id>"', async () => {
    const someCase = bot.knowledge.cases[0];
    if (!someCase) throw new Error('built-in knowledge is empty');
    const { id } = await slash(`show ${someCase.id}`);
    const answer = await h.fake.waitFor(isRespond(id));
    expect(answer.body.blocks).toContainEqual(
      expect.objectContaining({ type: 'header', text: expect.objectContaining({ type: 'plain_text' }) }),
    );
    expect(JSON.stringify(answer.body.blocks)).toContain(`id \`${someCase.id}\``);
  });

  it.each([
    ['lunr syntax', 'foo~x php: title:AI^10 +mental -health * "unclosed'],
    [
      'mentions and markup',
      '<!channel> <!here> @everyone <@U0BOSS> <#C0GEN|general> <!subteam^S1> & *b* `c`',
    ],
    ['other scripts and emoji', '한국 العربية 🇰🇷 👩🏽‍💻'],
    ['10,000 characters', 'health '.repeat(1430)],
  ])(
    'answers a slash command with %s clearly, within the limits, forming no mention',
    async (_kind, text) => {
      const { res, id } = await slash(text);
      expect(res.status).toBe(200);
      const answer = await h.fake.waitFor(isRespond(id));
      const message = answer.body as unknown as SlackMessage;
      expect(limitProblems(message)).toEqual([]);
      expect(markupProblems(message)).toEqual([]);
      // The adapter reads Slack's markup in the command first; the rest is the core's answer.
      const reply = await answerOn(spy.asked.at(-1)?.text ?? '', SLASH);
      expect(message.text).toBe(renderSlackReply(reply, { commandPrefix: '/initiatives' }).text);
    },
  );

  it('answers a mention in a thread under the question, without the mention in the question', async () => {
    const channel = nextId('CMENTION');
    await sendEvent(
      {
        type: 'app_mention',
        user: 'U0ASKER',
        text: '<@UCASEBOT> mental health',
        ts: '1700000100.000200',
        channel,
      },
      nextId('EvM'),
    );
    const post = await h.fake.waitFor(isPost(channel));
    expect(post.headers.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    const reply = await answerOn('mental health', { type: 'mention' });
    expect(reply.visibility).toBe('channel');
    const expected = renderSlackReply(reply);
    expect(post.body).toEqual({
      // Bolt's per-request client adds the workspace.
      team_id: 'T0TEAM',
      channel,
      thread_ts: '1700000100.000200',
      text: expected.text,
      blocks: expected.blocks,
      unfurl_links: 'false',
      unfurl_media: 'false',
    });
  });

  it('keeps answering inside an existing thread', async () => {
    const channel = nextId('CTHREAD');
    await sendEvent(
      {
        type: 'app_mention',
        user: 'U0ASKER',
        text: 'and <@UCASEBOT> countries?',
        ts: '1700000300.000100',
        thread_ts: '1700000200.000100',
        channel,
      },
      nextId('EvT'),
    );
    const post = await h.fake.waitFor(isPost(channel));
    expect(post.body.thread_ts).toBe('1700000200.000100');
    expect(spy.asked.some((a) => a.text === 'and countries?' && a.ctx?.channelId === channel)).toBe(true);
  });

  it('answers a direct message in the DM and ignores edits and bot posts', async () => {
    const dm = nextId('DDM');
    await sendEvent(
      {
        type: 'message',
        subtype: 'message_changed',
        channel: dm,
        channel_type: 'im',
        ts: '1.1',
        hidden: true,
      },
      nextId('EvD'),
    );
    await sendEvent(
      {
        type: 'message',
        bot_id: 'BOTHER',
        user: 'UOTHERBOT',
        text: 'help',
        channel: dm,
        channel_type: 'im',
        ts: '1.2',
      },
      nextId('EvD'),
    );
    await sendEvent(
      { type: 'message', user: 'U0ASKER', text: 'random korea', channel: dm, channel_type: 'im', ts: '1.3' },
      nextId('EvD'),
    );
    const post = await h.fake.waitFor(isPost(dm));
    expect(post.body.thread_ts).toBeUndefined();
    const reply = await answerOn('random korea', { type: 'direct-message' });
    expect(reply.shareCommand).toBeUndefined();
    expect(post.body.blocks).toEqual(renderSlackReply(reply).blocks);
    expect(spy.asked.filter((a) => a.ctx?.channelId === dm).map((a) => a.text)).toEqual(['random korea']);
  });

  it('does not answer a retried event twice, but answers a retry it never saw', async () => {
    const channel = nextId('CRETRY');
    const event = { type: 'app_mention', user: 'U0ASKER', text: '<@UCASEBOT> help', ts: '1.5', channel };
    const eventId = nextId('EvR');
    await sendEvent(event, eventId);
    await h.fake.waitFor(isPost(channel));
    await sendEvent(event, eventId, retryHeaders(1), aMinuteLater());
    const skipped = await h.logs.waitFor((l) => l.eventId === eventId);
    expect(skipped).toMatchObject({ retryNum: 1, retryReason: 'http_timeout' });
    expect(h.fake.calls.filter(isPost(channel))).toHaveLength(1);

    const unseen = nextId('CUNSEEN');
    await sendEvent({ ...event, channel: unseen }, nextId('EvU'), retryHeaders(2), aMinuteLater());
    await h.fake.waitFor(isPost(unseen));
  });

  it('"More results" updates the private answer in place, still shareable', async () => {
    const id = await click({ actionId: 'casebot_more_1', value: 'search government page 2' });
    const update = await h.fake.waitFor(isRespond(id));
    const reply = await answerOn('search government page 2', { type: 'button', on: 'private-message' });
    expect(reply).toMatchObject({ visibility: 'private', shareCommand: 'search government page 2' });
    const expected = renderSlackReply(reply, { commandPrefix: '/initiatives' });
    expect(update.body).toEqual({ replace_original: true, ...expected });
  });

  it('"Details" and "Another random case" answer in place too', async () => {
    const someCase = bot.knowledge.cases[1] ?? bot.knowledge.cases[0];
    if (!someCase) throw new Error('built-in knowledge is empty');
    const details = await click({ actionId: 'casebot_details_0', value: `show ${someCase.id}` });
    const shown = await h.fake.waitFor(isRespond(details));
    expect(shown.body.replace_original).toBe(true);
    const onPrivate: Surface = { type: 'button', on: 'private-message' };
    const detailed = await answerOn(`show ${someCase.id}`, onPrivate);
    expect(detailed.shareCommand).toBe(`show ${someCase.id}`);
    expect(shown.body.blocks).toEqual(renderSlackReply(detailed, { commandPrefix: '/initiatives' }).blocks);
    const random = await click({ actionId: 'casebot_random_2', value: 'random' });
    const picked = await h.fake.waitFor(isRespond(random));
    const reply = await answerOn('random', onPrivate);
    expect(reply.shareCommand).toBe(`show ${reply.cases[0]?.id}`);
    expect(picked.body.blocks).toEqual(renderSlackReply(reply, { commandPrefix: '/initiatives' }).blocks);
  });

  it('"Share in channel" posts the same answer visibly, saying who shared it, then removes the private copy', async () => {
    const id = await click({ actionId: 'casebot_share_3', value: 'mental health' });
    const shared = await h.fake.waitFor((c) => isRespond(id)(c) && c.body.response_type === 'in_channel');
    const reply = await answerOn('mental health', {
      type: 'button',
      on: 'private-message',
      requested: 'channel',
    });
    expect(reply.visibility).toBe('channel');
    expect(reply.shareCommand).toBeUndefined();
    const expected = renderSlackReply(reply, { sharedBy: 'U0ASKER' });
    expect(shared.body).toEqual({
      response_type: 'in_channel',
      replace_original: false,
      ...expected,
      unfurl_links: false,
      unfurl_media: false,
    });
    expect(expected.blocks[1]).toMatchObject({ elements: [{ text: 'Shared by <@U0ASKER>' }] });
    await h.fake.waitFor((c) => isRespond(id)(c) && c.body.delete_original === true);
  });

  it('a button on a message the channel sees answers only the one who clicked', async () => {
    const id = await click({
      actionId: 'casebot_more_0',
      value: 'search government page 2',
      ephemeral: false,
    });
    const answer = await h.fake.waitFor(isRespond(id));
    expect(answer.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    const reply = await answerOn('search government page 2', { type: 'button', on: 'channel-message' });
    expect(reply.shareCommand).toBe('search government page 2');
    expect(answer.body).toEqual({
      response_type: 'ephemeral',
      replace_original: false,
      ...renderSlackReply(reply, { commandPrefix: '/initiatives' }),
    });
  });

  it('a button in a direct message updates that message', async () => {
    const id = await click({
      actionId: 'casebot_more_0',
      value: 'search government page 2',
      ephemeral: false,
      channelId: 'D0DM',
    });
    const answer = await h.fake.waitFor(isRespond(id));
    const reply = await answerOn('search government page 2', { type: 'button', on: 'direct-message' });
    expect(reply.visibility).toBe('private');
    expect(reply.shareCommand).toBeUndefined();
    expect(answer.body).toEqual({ replace_original: true, ...renderSlackReply(reply) });
  });

  it('posts a reply to a channel for scheduled posts (the digest poster’s entry)', async () => {
    const reply = await bot.answer('random korea');
    const { ts } = await h.adapter.post('CDIGEST', reply);
    const post = await h.fake.waitFor(isPost('CDIGEST'));
    expect(ts).toMatch(/^\d+\.\d+$/);
    expect(post.headers.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    await h.adapter.client.conversations.history({ channel: 'CDIGEST', limit: 5 });
    const history = await h.fake.waitFor((c) => c.name === 'conversations.history');
    expect(history.headers.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    expect(post.body).toEqual({
      channel: 'CDIGEST',
      ...renderSlackReply(reply),
      unfurl_links: 'false',
      unfurl_media: 'false',
    });
  });

  it('never logs the token or the signing secret', () => {
    const all = h.logs.raw.join('\n');
    expect(h.logs.raw.length).toBeGreaterThan(0);
    expect(all).not.toContain(BOT_TOKEN);
    expect(all).not.toContain(SIGNING_SECRET);
  });
});
