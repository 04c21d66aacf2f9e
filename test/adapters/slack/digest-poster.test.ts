import { createServer } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { toDigestPostError } from '../../../adapters/slack/digest-post-error.js';
import {
  createSlackDigestPoster,
  FIND_MAX_PAGES,
  FIND_PAGE_SIZE,
} from '../../../adapters/slack/digest-poster.js';
import { renderSlackDigest } from '../../../adapters/slack/render-digest.js';
import { type DigestMessage, DigestPostError, type DigestTarget } from '../../../src/index.js';
import { postFailure } from '../../digests/digest-fixtures.js';
import { FAKE_BOT_ID, FAKE_BOT_USER_ID, type FakeSlackApi, startFakeSlackApi } from './fake-slack-api.js';
import { BOT_TOKEN } from './harness.js';

const silent = pino({ level: 'silent' });
let now = new Date('2026-11-24T09:00:00Z');
let fake: FakeSlackApi;
let channelSeq = 0;
let target: DigestTarget;

beforeAll(async () => {
  fake = await startFakeSlackApi({ now: () => now });
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => {
  now = new Date('2026-11-24T09:00:00Z');
  channelSeq += 1;
  target = { platform: 'slack', teamId: 'T0TEAM', channelId: `CPOST${channelSeq}` };
});

function poster(options: { apiUrl?: string; timeoutMs?: number } = {}) {
  return createSlackDigestPoster({
    botToken: BOT_TOKEN,
    apiUrl: options.apiUrl ?? fake.apiUrl,
    command: '/initiatives',
    logger: silent,
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  });
}

function digest(deliveryId = 'dl-7hq2m4xk9p'): DigestMessage {
  return {
    deliveryId,
    subscriptionId: 'k3m9xa',
    heading: 'Initiatives digest · Tue 24 Nov 2026 · all initiatives',
    date: '2026-11-24',
    filters: 'all initiatives',
    newCases: [],
    cases: [{ id: 'a', title: 'Case A', summary: 'Summary A.', countries: [] }],
    footer: `Digest k3m9xa · every day at 09:00 UTC · stop it with: digest unsubscribe k3m9xa · ref ${deliveryId}`,
    unsubscribeCommand: 'digest unsubscribe k3m9xa',
  };
}

const callsTo = (method: string, channel: string) =>
  fake.calls.filter((c) => c.name === method && c.body.channel === channel);

describe('Slack digest poster: posting', () => {
  it('posts the rendered digest with chat.postMessage, no unfurls, as the bot, and returns its ts', async () => {
    const { messageId } = await poster().post(target, digest());
    const [call, ...more] = callsTo('chat.postMessage', target.channelId);
    expect(more).toEqual([]);
    expect(call?.headers.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    expect(call?.body).toEqual({
      channel: target.channelId,
      ...renderSlackDigest(digest(), { command: '/initiatives' }),
      unfurl_links: 'false',
      unfurl_media: 'false',
    });
    expect(fake.channels.get(target.channelId)?.map((m) => m.ts)).toEqual([messageId]);
    expect(messageId).toMatch(/^1795510800\.\d{6}$/);
  });

  it('a 429 is rate-limited with its Retry-After, after one call (the client does not retry)', async () => {
    fake.failNext(
      'chat.postMessage',
      { ok: false, error: 'ratelimited' },
      { status: 429, headers: { 'retry-after': '30' } },
    );
    const err = await postFailure(poster().post(target, digest()));
    expect([err.kind, err.retryAfterMs, err.code]).toEqual(['rate-limited', 30_000, 'DIGEST_POST_FAILED']);
    expect(callsTo('chat.postMessage', target.channelId)).toHaveLength(1);
    expect(fake.channels.get(target.channelId)).toBeUndefined();
  });

  it('a server error is transient, after one call', async () => {
    fake.failNext('chat.postMessage', { ok: false }, { status: 503 });
    const err = await postFailure(poster().post(target, digest()));
    expect([err.kind, err.reason]).toEqual(['transient', 'Slack answered HTTP 503']);
    expect(callsTo('chat.postMessage', target.channelId)).toHaveLength(1);
  });

  it.each([
    ['channel_not_found', 'permanent'],
    ['not_in_channel', 'permanent'],
    ['is_archived', 'permanent'],
    ['invalid_auth', 'permanent'],
    ['account_inactive', 'permanent'],
    ['token_revoked', 'permanent'],
    ['missing_scope', 'permanent'],
    ['restricted_action', 'permanent'],
    ['invalid_blocks', 'permanent'],
    ['internal_error', 'transient'],
    ['fatal_error', 'transient'],
    ['service_unavailable', 'transient'],
    ['request_timeout', 'transient'],
    ['ratelimited', 'rate-limited'],
    ['message_limit_exceeded', 'rate-limited'],
    ['a_code_slack_adds_later', 'transient'],
  ])('Slack error %s is %s, with the code as its reason', async (code, kind) => {
    fake.failNext('chat.postMessage', { ok: false, error: code });
    const err = await postFailure(poster().post(target, digest()));
    expect([err.kind, err.reason, err.retryAfterMs]).toEqual([kind, code, undefined]);
    expect(callsTo('chat.postMessage', target.channelId)).toHaveLength(1);
  });

  it('a network failure is transient', async () => {
    const closed = await new Promise<number>((resolve) => {
      const server = createServer();
      server.listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
    const err = await postFailure(
      poster({ apiUrl: `http://127.0.0.1:${closed}/api/` }).post(target, digest()),
    );
    expect(err.kind).toBe('transient');
    expect(err.reason).toMatch(/^could not reach Slack: fetch failed/);
  });

  it('a call with no answer times out as transient', async () => {
    const held = fake.hangNext('chat.postMessage');
    const err = await postFailure(poster({ timeoutMs: 1 }).post(target, digest()));
    held.release();
    await held.arrived;
    expect([err.kind, err.reason]).toEqual(['transient', 'Slack did not answer in time']);
  });
});

describe('Slack digest poster: finding an interrupted delivery', () => {
  it('finds its own message carrying the ref with conversations.history from a little before `since`', async () => {
    const since = new Date('2026-11-24T09:00:00Z');
    now = new Date('2026-11-24T09:00:05Z');
    const { messageId } = await poster().post(target, digest('dl-aaaaaaaaaa'));
    await poster().post(target, digest('dl-bbbbbbbbbb'));
    expect(await poster().findDelivery(target, 'dl-aaaaaaaaaa', since)).toBe(messageId);
    const history = callsTo('conversations.history', target.channelId);
    expect(history.map((c) => c.body)).toEqual([
      { channel: target.channelId, oldest: '1795510500.000000', limit: '200' },
    ]);
    expect(history[0]?.headers.authorization).toBe(`Bearer ${BOT_TOKEN}`);
  });

  it('ignores people and other bots quoting the ref, and messages from before `since`', async () => {
    const since = new Date('2026-11-24T09:00:00Z');
    now = new Date('2026-11-24T08:40:00Z');
    await poster().post(target, digest('dl-cccccccccc'));
    now = new Date('2026-11-24T09:01:00Z');
    fake.addMessage(target.channelId, { user: 'U0ASKER', text: 'was it ref dl-cccccccccc?' });
    fake.addMessage(target.channelId, { user: 'U0OTHER', bot_id: 'BOTHER', text: 'ref dl-cccccccccc' });
    expect(await poster().findDelivery(target, 'dl-cccccccccc', since)).toBeUndefined();
    expect(fake.channels.get(target.channelId)?.[0]).toMatchObject({
      bot_id: FAKE_BOT_ID,
      user: FAKE_BOT_USER_ID,
    });
  });

  it('reads back page by page, and gives up (transient) on a channel too busy to search', async () => {
    const since = new Date('2026-11-24T09:00:00Z');
    const { messageId } = await poster().post(target, digest('dl-dddddddddd'));
    for (let i = 0; i < FIND_PAGE_SIZE * 2 + 50; i += 1)
      fake.addMessage(target.channelId, { user: 'U0ASKER', text: `chat ${i}` });
    expect(await poster().findDelivery(target, 'dl-dddddddddd', since)).toBe(messageId);
    expect(callsTo('conversations.history', target.channelId).map((c) => c.body.cursor)).toEqual([
      undefined,
      '200',
      '400',
    ]);

    for (let i = 0; i < FIND_PAGE_SIZE * FIND_MAX_PAGES; i += 1)
      fake.addMessage(target.channelId, { user: 'U0ASKER', text: `more ${i}` });
    const err = await postFailure(poster().findDelivery(target, 'dl-dddddddddd', since));
    expect(err.kind).toBe('transient');
    expect(err.reason).toMatch(/more than 1000 messages since/);
  });

  it('a channel that is gone is permanent', async () => {
    fake.failNext('conversations.history', { ok: false, error: 'channel_not_found' });
    const err = await postFailure(poster().findDelivery(target, 'dl-eeeeeeeeee', now));
    expect([err.kind, err.reason]).toEqual(['permanent', 'channel_not_found']);
  });
});

describe('toDigestPostError', () => {
  it('passes DigestPostError through and calls anything unknown transient', () => {
    const known = new DigestPostError('permanent', 'is_archived');
    expect(toDigestPostError(known)).toBe(known);
    expect(toDigestPostError('boom')).toMatchObject({ kind: 'transient', reason: 'Slack call failed: boom' });
    expect(toDigestPostError(new Error('odd'))).toMatchObject({
      kind: 'transient',
      reason: 'Slack call failed: odd',
    });
  });
});
