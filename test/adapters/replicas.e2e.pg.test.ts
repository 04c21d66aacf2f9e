import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDist } from '../support/build-dist.js';
import { freePort } from '../support/free-port.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { buttonClick, slashCommand, TEST_TOKEN } from './discord/discord-payloads.js';
import { FakeDiscord } from './discord/fake-discord.js';
import { seedDueDigest } from './lifecycle-world.js';
import { msg, type NpmStart, npmStart } from './npm-start.js';
import {
  type FakeSlackApi,
  type HeldCall,
  type RecordedCall,
  startFakeSlackApi,
} from './slack/fake-slack-api.js';
import { BOT_TOKEN, SIGNING_SECRET } from './slack/harness.js';
import { eventBody, sendToSlackApp } from './slack/slack-requests.js';

// Three `npm start` processes on one PostgreSQL database, with Slack over HTTP (one port each,
// as behind a load balancer) and Discord (gateway under the lease, interactions over HTTP),
// against the local fakes. Leases are short (config) so that a takeover takes seconds.

const GATEWAY_LEASE_MS = 3000;
const DIGEST_POST_LEASE_MS = 8000;
const DIGEST_CHANNELS = ['C0DIGEST1', 'C0DIGEST2', 'C0DIGEST3'];

interface Replica {
  name: string;
  run: NpmStart;
  port: number;
  opsPort: number;
  /** Set once its process exited (a killed group stays signalable until reaped). */
  dead: boolean;
}

let database: TestDatabase;
let dataDir: string;
let slack: FakeSlackApi;
let discord: FakeDiscord;
let firstDigestPost: HeldCall;
const replicas: Replica[] = [];
const alive = () => replicas.filter((r) => !r.dead);

async function kill(replica: Replica): Promise<void> {
  replica.run.kill();
  await replica.run.exited;
}

async function startReplica(name: string): Promise<Replica> {
  const port = await freePort();
  const run = npmStart({
    DATABASE_URL: database.url,
    DATA_DIR: join(dataDir, name),
    CACHE_DIR: join(dataDir, 'cache'),
    DIGEST_TZ: 'UTC',
    DIGEST_POST_LEASE: `${DIGEST_POST_LEASE_MS / 1000}s`,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    DISCORD_TOKEN: TEST_TOKEN,
    DISCORD_API_URL: discord.apiUrl,
    DISCORD_PUBLIC_KEY: discord.publicKeyHex,
    DISCORD_GATEWAY_LEASE: `${GATEWAY_LEASE_MS / 1000}s`,
  });
  const ops = await run.waitForLog('ops listener', (l) => msg(l) === 'ops listener ready', 90_000);
  await run.waitForLog('running', (l) => msg(l) === 'casebot is running', 90_000);
  const replica: Replica = { name, run, port, opsPort: Number(ops.port), dead: false };
  void run.exited.then(() => {
    replica.dead = true;
  });
  replicas.push(replica);
  return replica;
}

const isHolder = (r: Replica) => r.run.logs().some((l) => msg(l) === 'lease taken: starting the job');
const isPost = (channel: string) => (c: RecordedCall) =>
  c.name === 'chat.postMessage' && c.body.channel === channel;

async function until<T>(check: () => T | undefined, what: string, limitMs: number): Promise<T> {
  const from = performance.now();
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (performance.now() - from > limitMs)
      throw new Error(`timed out after ${limitMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = await mkdtemp(join(tmpdir(), 'casebot-replicas-'));
  // Real time in message ts: a replica that takes a delivery over looks for it in the history since its claim.
  slack = await startFakeSlackApi({ now: () => new Date() });
  discord = await new FakeDiscord({ waitTimeoutMs: 30_000 }).listen();
  // Due slots (five minutes ago), one per channel, each to be posted exactly once by three schedulers.
  for (const channel of DIGEST_CHANNELS) await seedDueDigest(dataDir, channel, database.url);
  // The first digest post reaches its channel, but its replica hears nothing back: it is killed then.
  firstDigestPost = slack.hangNext('chat.postMessage');
  // Built first, so that the three prestarts find dist/ up to date and start together.
  await buildDist();
  await Promise.all(['replica-a', 'replica-b', 'replica-c'].map((name) => startReplica(name)));
}, 300_000);

afterAll(async () => {
  for (const replica of replicas) replica.run.kill();
  discord?.releaseAll();
  await slack?.close();
  await discord?.close();
  await database?.drop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('three npm start on one PostgreSQL', () => {
  it('posts each digest slot exactly once, also when the replica posting one is killed mid-post', async () => {
    await firstDigestPost.arrived;
    const held = slack.calls.find((c) => c.name === 'chat.postMessage');
    const channel = String(held?.body.channel);
    const poster = replicas.find((r) =>
      r.run.logs().some((l) => msg(l) === 'posting a digest' && l.channelId === channel),
    );
    if (!poster) throw new Error(`no replica says it posts to ${channel}`);
    await kill(poster);
    // Another replica takes the interrupted delivery over once its post lease ran out, finds the
    // message in the channel (conversations.history) and does not post it again.
    await until(
      () =>
        alive().some((r) => r.run.logs().some((l) => msg(l) === 'taking over an interrupted digest')) ||
        undefined,
      'a takeover of the interrupted digest',
      DIGEST_POST_LEASE_MS + 30_000,
    );
    for (const c of DIGEST_CHANNELS) await slack.waitFor(isPost(c), 30_000);
    await until(
      () =>
        slack.calls.some((c) => c.name === 'conversations.history' && c.body.channel === channel) ||
        undefined,
      'the look for the interrupted post',
      30_000,
    );
    const postsPerSlot = DIGEST_CHANNELS.map((c) => (slack.channels.get(c) ?? []).length);
    console.info(`posts per digest slot, three replicas, one killed mid-post: ${postsPerSlot.join(', ')}`);
    expect(postsPerSlot).toEqual([1, 1, 1]);
    firstDigestPost.release();
  }, 90_000);

  it('answers a Slack event once when Slack retries it on another replica', async () => {
    const [first, second] = alive();
    if (!first || !second) throw new Error('two replicas should still run');
    const channel = 'C0RETRIED';
    const event = { type: 'app_mention', user: 'U0ASKER', text: '<@UCASEBOT> countries', ts: '1.5', channel };
    const body = eventBody(event, 'EvRETRIED1');
    const url = (r: Replica) => `http://127.0.0.1:${r.port}/slack/events`;
    expect((await sendToSlackApp(url(first), body, 'json', { secret: SIGNING_SECRET })).status).toBe(200);
    await slack.waitFor(isPost(channel), 20_000);
    // Slack retries a minute later (a fresh timestamp and signature), here on the other replica.
    const retry = await sendToSlackApp(url(second), body, 'json', {
      secret: SIGNING_SECRET,
      timestamp: Math.floor(Date.now() / 1000) + 60,
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    expect(retry.status).toBe(200);
    await second.run.waitForLog('the skipped retry', (l) => l.eventId === 'EvRETRIED1', 20_000);
    expect(slack.calls.filter(isPost(channel))).toHaveLength(1);
  }, 60_000);

  it('follows a conversation begun on one replica on another ("next")', async () => {
    const [first, second] = alive();
    if (!first || !second) throw new Error('two replicas should still run');
    const channel = 'C0CONVERSE';
    // In the thread of the first question, as people follow up in Slack.
    const mention = (text: string, ts: string, id: string, to: Replica) =>
      sendToSlackApp(
        `http://127.0.0.1:${to.port}/slack/events`,
        eventBody(
          {
            type: 'app_mention',
            user: 'U0ASKER',
            text: `<@UCASEBOT> ${text}`,
            ts,
            thread_ts: '2.1',
            channel,
          },
          id,
        ),
        'json',
        { secret: SIGNING_SECRET },
      );
    expect((await mention('digital government', '2.1', 'EvCONV1', first)).status).toBe(200);
    await slack.waitFor(isPost(channel), 20_000);
    expect((await mention('next', '2.2', 'EvCONV2', second)).status).toBe(200);
    await until(
      () => (slack.calls.filter(isPost(channel)).length === 2 ? true : undefined),
      'the second answer',
      20_000,
    );
    const [, next] = slack.calls.filter(isPost(channel));
    expect(String(next?.body.text)).not.toContain('Nothing to follow up yet');
  }, 60_000);

  it('serves a Discord button rendered by one replica when it is clicked on another', async () => {
    const [first, second] = alive();
    if (!first || !second) throw new Error('two replicas should still run');
    const url = (r: Replica) => `http://127.0.0.1:${r.port}/discord/interactions`;
    const words = 'digital government innovation participation transparency '.repeat(2).trim();
    const shown = await discord.postInteraction(url(first), slashCommand('search', { query: words }));
    expect(shown.status).toBe(200);
    const data = (shown.body as { data: { components: { components: { custom_id: string }[] }[] } }).data;
    const long = data.components.flatMap((row) => row.components).find((b) => b.custom_id.includes('#'));
    expect(long, 'a button whose command is kept in the store').toBeDefined();
    const clicked = await discord.postInteraction(
      url(second),
      buttonClick(long?.custom_id ?? '', { ...data, flags: 64 }),
    );
    expect(clicked.status).toBe(200);
    expect((clicked.body as { type: number }).type).toBe(7);
    expect(JSON.stringify(clicked.body)).not.toContain('expired');
  }, 60_000);

  it('holds the Discord gateway on one replica; another takes it over within 30 s when it dies', async () => {
    // (The replica killed above may have held it: then its takeover is already under way.)
    const holder = await until(
      () => (discord.openSessions === 1 ? alive().find(isHolder) : undefined),
      'one gateway session',
      30_000,
    );
    expect(alive().filter(isHolder)).toEqual([holder]);
    const standby = alive().find((r) => !isHolder(r));
    if (!standby) throw new Error('a standby should run');
    const ready = await fetch(`http://127.0.0.1:${standby.opsPort}/readyz`);
    const snapshot = (await ready.json()) as { components: { discord: { detail?: { holder?: string } } } };
    expect(ready.status).toBe(200);
    expect(snapshot.components.discord.detail?.holder).toMatch(/\//);

    const killedAt = performance.now();
    await kill(holder);
    const took = await until(
      () => (alive().find(isHolder) && discord.openSessions === 1 ? performance.now() - killedAt : undefined),
      'the gateway takeover',
      30_000,
    );
    console.info(`gateway failover: ${Math.round(took)} ms (lease ${GATEWAY_LEASE_MS} ms)`);
    expect(took).toBeLessThan(30_000);
  }, 60_000);
});
