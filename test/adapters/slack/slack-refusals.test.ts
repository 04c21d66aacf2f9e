import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../../src/index.js';
import { type Harness, SIGNING_SECRET, startHarness } from './harness.js';
import {
  blockActionsBody,
  eventBody,
  type SendOptions,
  sendToSlackApp,
  signature,
  slashCommandBody,
} from './slack-requests.js';
import { stubBot } from './stub-bot.js';

// Requests the receiver refuses or acknowledges on its own, through the real Bolt app and HTTP
// receiver: replays, bodies Slack would never send, buttons casebot does not own.

let h: Harness;
const bot = stubBot();
let seq = 0;
const nextId = (prefix: string) => {
  seq += 1;
  return `${prefix}${seq}`;
};
const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Bolt's own line when a request is answered by its 3-second timeout, not by a listener. */
const BOLT_TIMEOUT = /not acknowledged within 3 seconds/;

beforeAll(async () => {
  h = await startHarness(bot);
});

beforeEach(() => {
  bot.asked.length = 0;
});

afterAll(async () => {
  await h?.close();
});

const refusals = () => h.logs.lines.filter((l) => l.msg === 'refused a Slack request');

async function send(body: string, type: 'form' | 'json', options: SendOptions = {}) {
  return sendToSlackApp(h.eventsUrl, body, type, { secret: SIGNING_SECRET, ...options });
}

describe('replays', () => {
  it('refuses the same signed slash command a second time, and runs it once', async () => {
    const id = nextId('replay');
    const body = slashCommandBody({ text: 'health', responseUrl: h.fake.responseUrl(id) });
    const timestamp = nowSeconds();
    expect((await send(body, 'form', { timestamp })).status).toBe(200);
    await h.fake.waitFor((c) => c.kind === 'respond' && c.name === id);
    expect((await send(body, 'form', { timestamp })).status).toBe(401);
    expect(bot.asked).toEqual(['health']);
    expect(h.fake.calls.filter((c) => c.kind === 'respond' && c.name === id)).toHaveLength(1);
    expect(refusals().at(-1)).toMatchObject({ level: 20, reason: 'replay', status: 401 });
  });

  it('refuses the same button click a second time, and runs it once', async () => {
    const id = nextId('click');
    const body = blockActionsBody({
      actionId: 'casebot_more_0',
      value: 'search health page 2',
      responseUrl: h.fake.responseUrl(id),
    });
    const timestamp = nowSeconds() - 200;
    expect((await send(body, 'form', { timestamp })).status).toBe(200);
    await h.fake.waitFor((c) => c.kind === 'respond' && c.name === id);
    expect((await send(body, 'form', { timestamp })).status).toBe(401);
    expect(bot.asked).toEqual(['search health page 2']);
    expect(refusals().at(-1)).toMatchObject({ reason: 'replay' });
  });

  it('refuses a replayed event, and still handles Slack’s retry of it (signed anew) as a retry', async () => {
    const channel = nextId('CREPLAY');
    const eventId = nextId('EvReplay');
    const body = eventBody({ type: 'app_mention', user: 'U0ASKER', text: 'hi', ts: '1.1', channel }, eventId);
    const timestamp = nowSeconds();
    expect((await send(body, 'json', { timestamp })).status).toBe(200);
    await h.fake.waitFor((c) => c.name === 'chat.postMessage' && c.body.channel === channel);
    expect((await send(body, 'json', { timestamp })).status).toBe(401);
    const retry = await send(body, 'json', {
      timestamp: timestamp + 60,
      headers: { 'x-slack-retry-num': '1' },
    });
    expect(retry.status).toBe(200);
    await h.logs.waitFor((l) => l.eventId === eventId);
    expect(
      h.fake.calls.filter((c) => c.name === 'chat.postMessage' && c.body.channel === channel),
    ).toHaveLength(1);
  });
});

describe('replays to another replica', () => {
  it('are refused too when the replicas share the store’s claims', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'casebot-replicas-'));
    const file = join(dir, 'casebot.db');
    // Two connections to one database, as two replicas have.
    const stores = [openSqliteStore({ file }), openSqliteStore({ file })];
    const replicaBot = stubBot();
    const replicas = [
      await startHarness(replicaBot, {}, { claims: stores[0]?.claims }),
      await startHarness(replicaBot, {}, { claims: stores[1]?.claims }),
    ];
    try {
      const [a, b] = replicas as [Harness, Harness];
      const body = slashCommandBody({ text: 'health', responseUrl: a.fake.responseUrl('shared') });
      const timestamp = nowSeconds();
      const first = await sendToSlackApp(a.eventsUrl, body, 'form', { secret: SIGNING_SECRET, timestamp });
      expect(first.status).toBe(200);
      await a.fake.waitFor((c) => c.kind === 'respond' && c.name === 'shared');
      const replayed = await sendToSlackApp(b.eventsUrl, body, 'form', { secret: SIGNING_SECRET, timestamp });
      expect(replayed.status).toBe(401);
      expect(replicaBot.asked).toEqual(['health']);
      expect(b.logs.lines.find((l) => l.msg === 'refused a Slack request')).toMatchObject({
        reason: 'replay',
      });
    } finally {
      for (const replica of replicas) await replica.close();
      for (const store of stores) await store?.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('bodies Slack would never send', () => {
  it.each<[string, string, 'form' | 'json']>([
    ['JSON null', 'null', 'json'],
    ['payload=null', 'payload=null', 'form'],
    ['a JSON array', '[1,2]', 'json'],
    ['a JSON string', '"hello"', 'json'],
    ['an empty object', '{}', 'json'],
    ['an object naming no kind', '{"team_id":"T0TEAM"}', 'json'],
    ['payload={}', `payload=${encodeURIComponent('{}')}`, 'form'],
    ['a payload that is not JSON', 'payload=%7Bnot-json', 'form'],
    ['JSON that does not parse', '{"type":', 'json'],
    ['a form with no command', 'text=hello&user_id=U1', 'form'],
    [
      'a view_submission without its view',
      `payload=${encodeURIComponent('{"type":"view_submission"}')}`,
      'form',
    ],
  ])('answers %s with 400 at once, logged, reaching no handler', async (_what, body, type) => {
    const res = await send(body, type);
    expect(res.status).toBe(400);
    expect(h.logs.raw.join('\n')).not.toMatch(BOLT_TIMEOUT);
    expect(refusals().at(-1)).toMatchObject({ level: 20, reason: 'malformed-body', status: 400 });
    expect(bot.asked).toEqual([]);
  });

  it('answers a signed payload of a kind no listener handles with 404 at once, not after 3 s', async () => {
    const res = await send(JSON.stringify({ type: 'mystery', team_id: 'T0TEAM' }), 'json');
    expect(res.status).toBe(404);
    expect(h.logs.raw.join('\n')).not.toMatch(BOLT_TIMEOUT);
    expect(refusals().at(-1)).toMatchObject({ reason: 'no-handler', status: 404 });
  });

  it('acknowledges a click on a button casebot does not own at once, and answers nothing', async () => {
    const id = nextId('foreign');
    const res = await send(
      blockActionsBody({ actionId: 'someone_elses_button', value: 'x', responseUrl: h.fake.responseUrl(id) }),
      'form',
    );
    expect(res.status).toBe(200);
    expect(h.logs.raw.join('\n')).not.toMatch(BOLT_TIMEOUT);
    await h.logs.waitFor((l) => l.msg === 'acknowledged an action casebot does not own');
    expect(bot.asked).toEqual([]);
    expect(h.fake.calls.filter((c) => c.name === id)).toEqual([]);

    // casebot's own buttons are not caught by it too (a second ack would fail in the app).
    const own = nextId('own');
    await send(
      blockActionsBody({
        actionId: 'casebot_details_3',
        value: 'show x',
        responseUrl: h.fake.responseUrl(own),
      }),
      'form',
    );
    await h.fake.waitFor((c) => c.kind === 'respond' && c.name === own);
    expect(h.logs.lines.filter((l) => l.msg === 'acknowledged an action casebot does not own')).toHaveLength(
      1,
    );
    expect(h.logs.lines.filter((l) => l.msg === 'slack app error')).toEqual([]);
  });
});

describe('every refusal is logged at debug with its reason, never the body or the signature', () => {
  const command = () =>
    slashCommandBody({ text: 'secret-words-xyz', responseUrl: h.fake.responseUrl('never') });

  it.each<[string, () => SendOptions, string]>([
    ['too old', () => ({ timestamp: nowSeconds() - 420 }), 'timestamp-too-old'],
    ['ahead', () => ({ timestamp: nowSeconds() + 420 }), 'timestamp-ahead'],
    ['unsigned', () => ({ unsigned: true }), 'timestamp-missing'],
    ['with a bad signature', () => ({ secret: 'not-the-signing-secret' }), 'bad-signature'],
  ])('a request %s', async (_what, options, reason) => {
    const before = h.logs.raw.length;
    const res = await send(command(), 'form', options());
    expect(res.status).toBe(401);
    const line = refusals().at(-1);
    expect(line).toMatchObject({ level: 20, reason, status: 401 });
    if (reason.startsWith('timestamp-') && reason !== 'timestamp-missing')
      expect(Math.abs(Number(line?.skewSeconds))).toBe(420);
    const logged = h.logs.raw.slice(before).join('\n');
    expect(logged).not.toContain('secret-words-xyz');
    expect(logged).not.toContain('v0=');
    expect(logged).not.toContain(signature(SIGNING_SECRET, nowSeconds(), command()).slice(3, 20));
    expect(bot.asked).toEqual([]);
  });
});
