import { REST } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createDiscordDigestPoster,
  FIND_MAX_PAGES,
  FIND_PAGE_SIZE,
} from '../../../adapters/discord/digest-poster.js';
import {
  createDigestRateLimits,
  type DigestRateLimitOptions,
} from '../../../adapters/discord/digest-rate-limits.js';
import { renderDigestMessage } from '../../../adapters/discord/render-digest.js';
import type { DigestTarget } from '../../../src/index.js';
import { postFailure } from '../../digests/digest-fixtures.js';
import { digestMessage } from './digest-fixtures.js';
import { ALICE, BOT_USER, CHANNEL_ID, GUILD_ID, TEST_TOKEN } from './discord-payloads.js';
import { FakeDiscord, type RecordedRequest } from './fake-discord.js';

// The poster over discord.js's real REST client (its queue, retries and rate-limit handling)
// against the fake Discord on 127.0.0.1.

const target: DigestTarget = { platform: 'discord', teamId: GUILD_ID, channelId: CHANNEL_ID };
const SLOT = new Date('2026-11-30T08:00:00Z');
let now = new Date(SLOT);
let fake: FakeDiscord;
const clients: REST[] = [];

beforeEach(async () => {
  now = new Date(SLOT);
  fake = await new FakeDiscord({ now: () => now }).listen();
});

afterEach(async () => {
  for (const client of clients.splice(0)) {
    client.clearHashSweeper();
    client.clearHandlerSweeper();
  }
  await fake.close();
});

function posterFor(apiUrl: string, limits: DigestRateLimitOptions = {}, deadline?: AbortController) {
  const rateLimits = createDigestRateLimits(limits);
  // offset 0: discord.js adds 50 ms to every rate-limit wait by default; these tests never wait.
  const client = new REST({
    api: apiUrl,
    offset: 0,
    rejectOnRateLimit: (data) => rateLimits.rejectOnRateLimit(data),
  }).setToken(TEST_TOKEN);
  clients.push(client);
  return createDiscordDigestPoster({
    rest: client,
    botUserId: BOT_USER.id,
    rateLimits,
    ...(deadline ? { deadline: () => deadline.signal } : {}),
  });
}

const isPost = (r: RecordedRequest) => r.method === 'POST' && r.path === `/channels/${CHANNEL_ID}/messages`;
const isGet = (r: RecordedRequest) => r.method === 'GET' && r.path === `/channels/${CHANNEL_ID}/messages`;

describe('Discord digest poster: post', () => {
  it('posts the rendered digest to the channel and returns its message id', async () => {
    const message = digestMessage();
    const { messageId } = await posterFor(fake.apiUrl).post(target, message);
    expect(fake.sent('POST', /./).map((r) => [r.path, r.body])).toEqual([
      [`/channels/${CHANNEL_ID}/messages`, renderDigestMessage(message)],
    ]);
    expect(fake.messagesIn(CHANNEL_ID).map((m) => m.id)).toEqual([messageId]);
  });

  it.each([
    [10003, 404, 'Unknown Channel'],
    [50001, 403, 'Missing Access'],
    [50013, 403, 'Missing Permissions'],
  ])('turns Discord error %i into a permanent error: %s', async (code, status, reason) => {
    fake.respondOnce(isPost, { status, body: { message: reason, code } });
    const err = await postFailure(posterFor(fake.apiUrl).post(target, digestMessage()));
    expect([err.kind, err.reason, err.code]).toEqual(['permanent', reason, 'DIGEST_POST_FAILED']);
    expect(fake.sent('POST', /./)).toHaveLength(1);
  });

  it('turns other client errors into transient ones, with Discord’s words', async () => {
    fake.respondOnce(isPost, { status: 400, body: { message: 'Invalid Form Body', code: 50035 } });
    const err = await postFailure(posterFor(fake.apiUrl).post(target, digestMessage()));
    expect([err.kind, err.reason]).toEqual([
      'transient',
      'Invalid Form Body (Discord error 50035, HTTP 400)',
    ]);
  });

  it('hands a long rate limit back to the scheduler with Retry-After, without waiting in discord.js', async () => {
    fake.respondOnce(isPost, {
      status: 429,
      headers: { 'retry-after': '30' },
      body: { message: 'You are being rate limited.', retry_after: 30, global: false },
    });
    const err = await postFailure(posterFor(fake.apiUrl).post(target, digestMessage()));
    expect(err.kind).toBe('rate-limited');
    expect(err.retryAfterMs).toBe(30_000);
    expect(fake.sent('POST', /./)).toHaveLength(1);
    expect(fake.messagesIn(CHANNEL_ID)).toHaveLength(0);
  });

  it('lets discord.js wait out a few short rate limits, and no more', async () => {
    const shortLimit = {
      status: 429,
      headers: { 'retry-after': '0' },
      body: { retry_after: 0, global: false },
    };
    for (let i = 0; i < 2; i += 1) fake.respondOnce(isPost, shortLimit);
    await posterFor(fake.apiUrl, { maxWaits: 2 }).post(target, digestMessage());
    expect(fake.sent('POST', /./)).toHaveLength(3);
    expect(fake.messagesIn(CHANNEL_ID)).toHaveLength(1);

    for (let i = 0; i < 3; i += 1) fake.respondOnce(isPost, shortLimit);
    const err = await postFailure(posterFor(fake.apiUrl, { maxWaits: 2 }).post(target, digestMessage()));
    expect(err.kind).toBe('rate-limited');
    expect(fake.sent('POST', /./)).toHaveLength(6);
  });

  it('does not bound a rate limit on anything but digest requests', () => {
    const rateLimits = createDigestRateLimits({ maxWaits: 0 });
    const data = {
      global: false,
      hash: 'h',
      limit: 5,
      majorParameter: CHANNEL_ID,
      method: 'POST',
      retryAfter: 60_000,
      route: '/channels/:id/messages',
      scope: 'user' as const,
      sublimitTimeout: 0,
      timeToReset: 60_000,
      url: `${fake.apiUrl}/v10/channels/${CHANNEL_ID}/messages`,
    };
    expect(rateLimits.rejectOnRateLimit(data)).toBe(false);
    expect(rateLimits.rejectOnRateLimit({ ...data, route: '/interactions/:id/:token/callback' })).toBe(false);
  });

  it('treats server errors as transient once discord.js has retried them, sending one nonce', async () => {
    for (let i = 0; i < 4; i += 1)
      fake.respondOnce(isPost, { status: 502, body: { message: 'Bad Gateway' } });
    const err = await postFailure(posterFor(fake.apiUrl).post(target, digestMessage()));
    expect([err.kind, err.reason]).toEqual(['transient', 'Discord answered HTTP 502']);
    const posts = fake.sent('POST', /./);
    expect(posts).toHaveLength(4);
    expect(new Set(posts.map((r) => (r.body as { nonce: string }).nonce))).toEqual(
      new Set(['dl-abcdefghij']),
    );
  });

  it('never posts a digest twice for one nonce, as Discord does with enforce_nonce', async () => {
    const poster = posterFor(fake.apiUrl);
    const first = await poster.post(target, digestMessage());
    const again = await poster.post(target, digestMessage());
    expect(again).toEqual(first);
    expect(fake.messagesIn(CHANNEL_ID)).toHaveLength(1);
  });

  it('gives up on a post Discord does not answer once its deadline passes, retries included', async () => {
    const deadline = new AbortController();
    const held = fake.hold(isPost);
    const posting = posterFor(fake.apiUrl, {}, deadline).post(target, digestMessage());
    await held.reached;
    deadline.abort();
    const err = await postFailure(posting);
    expect([err.kind, err.reason]).toEqual(['transient', 'no answer from Discord within 60 s']);
    expect(fake.sent('POST', /./)).toHaveLength(1);
    held.release();
  });

  it('treats an unreachable API as transient', async () => {
    const gone = await new FakeDiscord().listen();
    const apiUrl = gone.apiUrl;
    await gone.close();
    const err = await postFailure(posterFor(apiUrl).post(target, digestMessage()));
    expect(err.kind).toBe('transient');
    expect(err.reason).toMatch(/^could not reach Discord: /);
  });
});

describe('Discord digest poster: findDelivery', () => {
  const minutes = (n: number) => new Date(SLOT.getTime() + n * 60_000);

  it('finds its own message carrying the delivery id, not someone quoting it', async () => {
    const poster = posterFor(fake.apiUrl);
    fake.addMessage(CHANNEL_ID, { author: ALICE, content: 'what is ref dl-abcdefghij?' });
    expect(await poster.findDelivery(target, 'dl-abcdefghij', SLOT)).toBeUndefined();
    const { messageId } = await poster.post(target, digestMessage());
    now = minutes(1);
    fake.addMessage(CHANNEL_ID, { author: ALICE, content: 'nice digest' });
    expect(await poster.findDelivery(target, 'dl-abcdefghij', SLOT)).toBe(messageId);
    expect(await poster.findDelivery(target, 'dl-zzzzzzzzzz', SLOT)).toBeUndefined();
    expect(fake.sent('GET', /./).map((r) => r.query.get('limit'))).toEqual(['100', '100', '100']);
  });

  it('reads back page by page to the slot, and stops there', async () => {
    const poster = posterFor(fake.apiUrl);
    now = minutes(-30);
    for (let i = 0; i < 150; i += 1) fake.addMessage(CHANNEL_ID, { author: ALICE });
    now = SLOT;
    const { messageId } = await poster.post(target, digestMessage());
    now = minutes(2);
    for (let i = 0; i < 250; i += 1) fake.addMessage(CHANNEL_ID, { author: ALICE });
    expect(await poster.findDelivery(target, 'dl-abcdefghij', SLOT)).toBe(messageId);
    expect(fake.sent('GET', /./)).toHaveLength(3);

    // Not there: the search ends with the first page that reaches back before the slot (less skew).
    expect(await poster.findDelivery(target, 'dl-zzzzzzzzzz', SLOT)).toBeUndefined();
    const gets = fake.sent('GET', /./).slice(3);
    expect(gets).toHaveLength(3);
    expect(gets[1]?.query.get('before')).toBe(fake.messagesIn(CHANNEL_ID).at(-100)?.id);
  });

  it('says it cannot look when the channel is too busy to read back to the slot', async () => {
    now = minutes(1);
    for (let i = 0; i < FIND_PAGE_SIZE * FIND_MAX_PAGES; i += 1)
      fake.addMessage(CHANNEL_ID, { author: ALICE });
    const err = await postFailure(posterFor(fake.apiUrl).findDelivery(target, 'dl-abcdefghij', SLOT));
    expect(err.kind).toBe('transient');
    expect(fake.sent('GET', /./)).toHaveLength(FIND_MAX_PAGES);
  });

  it('classifies errors while looking like errors while posting', async () => {
    fake.respondOnce(isGet, { status: 403, body: { message: 'Missing Access', code: 50001 } });
    const err = await postFailure(posterFor(fake.apiUrl).findDelivery(target, 'dl-abcdefghij', SLOT));
    expect([err.kind, err.reason]).toEqual(['permanent', 'Missing Access']);
  });
});
