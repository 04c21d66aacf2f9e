import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type RunningDiscord, startDiscord } from '../../../adapters/discord/main.js';
import type { ComponentHealth } from '../../../adapters/shared/health-registry.js';
import { createInFlight } from '../../../adapters/shared/in-flight.js';
import { openSqliteStore, type Store } from '../../../src/index.js';
import { builtInBot } from '../../support/built-in-bot.js';
import { BOT_USER, buttonClick, messageCreate, slashCommand, TEST_TOKEN } from './discord-payloads.js';
import { FakeDiscord } from './fake-discord.js';
import { recordingLogger } from './test-doubles.js';

// Two replicas of the Discord adapter in one process, each with its own connection to one
// SQLite store (what PostgreSQL gives real replicas), against one fake Discord.

// Short, so that a takeover takes a moment; long enough that a loaded machine does not miss a renewal.
const LEASE = { ttlMs: 3000, renewEveryMs: 500, retryEveryMs: 250 };

let fake: FakeDiscord;
let dir: string;
const running: RunningDiscord[] = [];
const stores: Store[] = [];

beforeEach(async () => {
  fake = await new FakeDiscord({ heartbeatIntervalMs: 250 }).listen();
  dir = mkdtempSync(join(tmpdir(), 'casebot-replicas-'));
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.stop()));
  await Promise.all(stores.splice(0).map((s) => s.close()));
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Every replica's work: once idle, no replica can still be answering. */
const inFlight = createInFlight();

async function replica(name: string, options: { publicKey?: boolean; noLease?: boolean } = {}) {
  const store = openSqliteStore({ file: join(dir, 'casebot.db') });
  stores.push(store);
  const health: ComponentHealth[] = [];
  const started = await startDiscord({
    config: {
      token: TEST_TOKEN,
      prefix: '!initiatives',
      messageContent: true,
      apiUrl: fake.apiUrl,
      ...(options.publicKey ? { publicKey: fake.publicKeyHex } : {}),
    },
    bot: await builtInBot(),
    logger: recordingLogger(),
    claims: store.claims,
    contexts: store.contexts,
    ...(options.noLease ? {} : { leases: store.leases }),
    inFlight,
    replica: name,
    lease: LEASE,
    onHealth: (h) => health.push(h),
  });
  running.push(started);
  return { running: started, health, store };
}

async function until(done: () => boolean, what: string, limitMs = 5000): Promise<number> {
  const from = performance.now();
  while (!done()) {
    if (performance.now() - from > limitMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return performance.now() - from;
}

const repliesTo = (messageId: string) =>
  fake.requests.filter(
    (r) =>
      r.method === 'POST' &&
      (r.body as { message_reference?: { message_id: string } })?.message_reference?.message_id === messageId,
  );

describe('Discord with several replicas on one store', () => {
  it('connects one gateway; the other stands by, ready, naming the holder', async () => {
    const a = await replica('replica-a');
    const b = await replica('replica-b');
    expect(a.running.role).toEqual({ type: 'holding' });
    expect(b.running.role).toEqual({ type: 'standby', holder: 'replica-a' });
    expect(fake.openSessions).toBe(1);
    expect(a.running.health()).toEqual({ ready: true, detail: { role: 'gateway holder' } });
    expect(b.running.health()).toEqual({ ready: true, detail: { role: 'standby', holder: 'replica-a' } });
    expect(b.running.gateway()).toBeUndefined();
    const mention = messageCreate({ content: `<@${BOT_USER.id}> countries`, mentionsBot: true });
    fake.dispatch('MESSAGE_CREATE', mention);
    await fake.waitForRequest((r) => repliesTo(mention.id).includes(r), 'the answer to the mention');
    await inFlight.idle();
    expect(repliesTo(mention.id)).toHaveLength(1);
  });

  it('hands the gateway over at the next try when the holder stops', async () => {
    const a = await replica('replica-a');
    const b = await replica('replica-b');
    await a.running.stop();
    // Ready comes a moment after the session opens (Discord's READY event): waited for, not raced.
    const took = await until(
      () => b.running.role.type === 'holding' && fake.openSessions === 1 && b.running.health().ready,
      'the takeover',
    );
    expect(took).toBeLessThan(LEASE.retryEveryMs + 2000);
    const c = await replica('replica-c');
    expect(c.running.role).toEqual({ type: 'standby', holder: 'replica-b' });
  });

  it('answers a message and an interaction once when two gateway sessions hear them', async () => {
    // As during a takeover whose old holder has not noticed yet: both sessions get every event.
    await replica('replica-a', { noLease: true });
    await replica('replica-b', { noLease: true });
    expect(fake.openSessions).toBe(2);
    const mention = messageCreate({ content: '!initiatives countries' });
    fake.dispatch('MESSAGE_CREATE', mention);
    const command = slashCommand('countries');
    fake.dispatch('INTERACTION_CREATE', command);
    const toCommand = (r: { path: string }) => r.path.startsWith(`/interactions/${command.id}/`);
    await fake.waitForRequest((r) => repliesTo(mention.id).includes(r), 'the answer to the message');
    await fake.waitForRequest(toCommand, 'the answer to the command');
    await inFlight.idle();
    expect(repliesTo(mention.id)).toHaveLength(1);
    expect(fake.requests.filter(toCommand)).toHaveLength(1);
  });

  it('serves interactions over HTTP on every replica; a long button rendered by one works on the other', async () => {
    const a = await replica('replica-a', { publicKey: true });
    const b = await replica('replica-b', { publicKey: true });
    const { createServer } = await import('node:http');
    const listen = async (listener: NonNullable<RunningDiscord['interactions']>) => {
      const server = createServer(listener);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as { port: number };
      return { url: `http://127.0.0.1:${port}/discord/interactions`, close: () => server.close() };
    };
    const onA = await listen(a.running.interactions ?? (() => {}));
    const onB = await listen(b.running.interactions ?? (() => {}));
    try {
      const words = 'digital government innovation participation transparency '.repeat(2).trim();
      const shown = await fake.postInteraction(onA.url, slashCommand('search', { query: words }));
      expect(shown.status).toBe(200);
      const data = (
        shown.body as { data: { components: { components: { custom_id: string; label: string }[] }[] } }
      ).data;
      const long = data.components.flatMap((row) => row.components).find((b) => b.custom_id.includes('#'));
      expect(long, 'a button whose command does not fit in a custom_id').toBeDefined();
      const click = buttonClick(long?.custom_id ?? '', { ...data, flags: 64 });
      const clicked = await fake.postInteraction(onB.url, click);
      expect(clicked.status).toBe(200);
      expect(JSON.stringify(clicked.body)).not.toContain('expired');
      expect((clicked.body as { type: number }).type).toBe(7);
    } finally {
      onA.close();
      onB.close();
    }
  });
});
