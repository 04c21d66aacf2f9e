import { join } from 'node:path';
import { MessageFlags } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TOKEN_REFUSED_FIX } from '../../adapters/discord/describe-gateway-close.js';
import { STOPPING_NOTICE } from '../../adapters/discord/refuse-interaction.js';
import { EXIT_CODES } from '../../adapters/shared/exit-codes.js';
import { readDeliveries, readLeases } from '../digests/digest-fixtures.js';
import { BOT_USER, CHANNEL_ID, messageCreate, slashCommand } from './discord/discord-payloads.js';
import type { RecordedRequest } from './discord/fake-discord.js';
import { createLifecycleWorld, type LifecycleWorld, seedDueDigest } from './lifecycle-world.js';
import { msg, type NpmStart } from './npm-start.js';

// `npm start` as operators run it, stopped as supervisors stop it: answers, a digest post and
// Discord interactions in flight, then SIGTERM to the whole process group (systemd, most
// supervisors, Ctrl-C in a terminal) or to the npm process alone (a container runtime, to PID 1).
// The fakes hold every answer until the signal has arrived, so the work is in flight for sure.

const DIGEST_CHANNEL = 'C0DIGEST';
const SLACK_HELD = 12;
const SLACK_BURST = 20;
const DISCORD_HELD = 4;

let world: LifecycleWorld;
beforeEach(async () => {
  world = await createLifecycleWorld();
});
afterEach(async () => {
  await world.close();
});

/** Whether the process is still running `ms` from now. */
async function stillRunningAfter(run: NpmStart, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const waited = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(true), ms);
  });
  const result = await Promise.race([run.exited.then(() => false), waited]);
  clearTimeout(timer);
  return result;
}

const interactionCallback = (id: string) => (r: RecordedRequest) => r.path.startsWith(`/interactions/${id}/`);

/** Puts Discord work in flight: interactions and a mention whose answers the fake holds. */
async function discordInFlight() {
  const { discord } = world;
  const held: RecordedRequest[] = [];
  for (let i = 0; i < DISCORD_HELD; i++) {
    const interaction = slashCommand('search', { query: `health ${i}` });
    const hold = discord.hold(interactionCallback(interaction.id), `the answer to interaction ${i}`);
    discord.dispatch('INTERACTION_CREATE', interaction);
    held.push(await hold.reached);
  }
  const mention = messageCreate({ content: `<@${BOT_USER.id}> countries`, mentionsBot: true });
  const reply = discord.hold(
    (r) =>
      r.method === 'POST' &&
      r.path === `/channels/${CHANNEL_ID}/messages` &&
      (r.body as { message_reference?: { message_id?: string } }).message_reference?.message_id ===
        mention.id,
    'the reply to the mention',
  );
  discord.dispatch('MESSAGE_CREATE', mention);
  held.push(await reply.reached);
  return held;
}

type Stop = [target: string, last: 'the answers' | 'the digest post', sigterm: (run: NpmStart) => void];
const STOPS: Stop[] = [
  // What is released last proves that the drain waits for it.
  ['the process group', 'the answers', (run) => process.kill(-run.pid, 'SIGTERM')],
  ['the npm process alone', 'the digest post', (run) => process.kill(run.pid, 'SIGTERM')],
];

describe.each(STOPS)('npm start, SIGTERM to %s, %s finishing last', (_target, last, sigterm) => {
  it('answers every acknowledged request, awaits the digest post, refuses new work and exits 0', async () => {
    const { slack, discord } = world;
    await seedDueDigest(world.dataDir, DIGEST_CHANNEL);
    const digestPost = slack.hangNext('chat.postMessage');
    const run = await world.start({ ...world.slackEnv, ...world.discordEnv });
    await digestPost.arrived;

    const responses = slack.holdResponses();
    const heldIds = Array.from({ length: SLACK_HELD }, (_, i) => `held${i}`);
    const acks = await Promise.all(heldIds.map((id) => world.command(id)));
    expect(acks.map((r) => r.status)).toEqual(heldIds.map(() => 200));
    await Promise.all(
      heldIds.map((id) => slack.waitFor((c) => c.kind === 'respond' && c.name === id, 30_000)),
    );
    const discordHeld = await discordInFlight();
    // And a burst still arriving as the signal does: some acknowledged, maybe some refused.
    const burstIds = Array.from({ length: SLACK_BURST }, (_, i) => `burst${i}`);
    const burst = burstIds.map((id) =>
      world.command(id).then(
        (r) => ({ id, status: r.status }),
        () => ({ id, status: 0 }),
      ),
    );

    const opsPort = Number((await run.waitForLog('ops', (line) => msg(line) === 'ops listener ready')).port);
    const readyz = () => fetch(`http://127.0.0.1:${opsPort}/readyz`);
    expect((await readyz()).status).toBe(200);
    const signalledAt = performance.now();
    sigterm(run);
    await run.waitForLog('stopping', (line) => msg(line).startsWith('stopping'));
    // Not ready from the signal on, for as long as the drain lasts (the ops listener closes last).
    const notReady = await readyz();
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toMatchObject({ phase: 'stopping', ready: false });

    // New work is refused: Slack's receiver takes no request, Discord says it is restarting.
    const late = await world.command('late').then(
      (r) => r.status,
      () => 0,
    );
    expect(late).not.toBe(200);
    const lateInteraction = slashCommand('search', { query: 'late' });
    discord.dispatch('INTERACTION_CREATE', lateInteraction);
    const notice = await discord.waitForRequest(interactionCallback(lateInteraction.id), 'the notice');
    expect(notice.body).toMatchObject({ data: { content: STOPPING_NOTICE, flags: MessageFlags.Ephemeral } });

    // Another signal during the drain (npm's forwarded copy is one already) does not kill it.
    process.kill(run.pid, 'SIGTERM');
    await run.waitForLog('already stopping', (line) => msg(line).startsWith('already stopping'));
    const acknowledged = (await Promise.all(burst)).filter((b) => b.status === 200).map((b) => b.id);
    const answerIds = [...heldIds, ...acknowledged];

    const releaseAnswers = async () => {
      responses.release();
      discord.releaseAll();
      await Promise.all(answerIds.map((id) => slack.waitForDelivered(id, 30_000)));
      await Promise.all(discordHeld.map((request) => discord.waitForAnswer((r) => r === request)));
    };
    const releaseDigest = async () => {
      digestPost.release();
      await run.waitForLog('digest posted', (line) => msg(line) === 'digest posted');
    };
    await (last === 'the answers' ? releaseDigest() : releaseAnswers());
    // A drain that did not wait for what is still held would exit within milliseconds; a second
    // is far more than that, and for a drain that waits it cannot flake.
    expect(await stillRunningAfter(run, 1000)).toBe(true);
    const releasedAt = performance.now();
    await (last === 'the answers' ? releaseAnswers() : releaseDigest());
    const exit = await run.exited;

    expect(exit).toMatchObject({ code: EXIT_CODES.stopped, signal: null });
    expect(exit.at).toBeGreaterThan(releasedAt);
    for (const id of answerIds) expect(slack.delivered, id).toContain(id);
    for (const request of discordHeld) expect(discord.answered, request.path).toContain(request);
    expect(readDeliveries(join(world.dataDir, 'casebot.db'))).toMatchObject([{ status: 'sent' }]);
    // The gateway lease was given up (a standby need not wait for it to expire), then the store closed.
    expect(readLeases(join(world.dataDir, 'casebot.db'))).toEqual([]);
    const stopped = run.logs().find((line) => msg(line) === 'stopped');
    expect(stopped).toMatchObject({ outcome: 'drained', exitCode: 0 });
    expect(exit.at - signalledAt).toBeLessThan(10_000);
    expect(run.logs().filter((line) => Number(line.level) >= 50)).toEqual([]);
    expect(run.groupAlive()).toBe(false);
  }, 120_000);
});

describe('npm start, a drain that cannot finish', () => {
  it('gives up after DRAIN_TIMEOUT, names what it abandoned, and exits 0', async () => {
    const run = await world.start({ ...world.slackEnv, DRAIN_TIMEOUT: '2s' });
    world.slack.holdResponses();
    expect((await world.command('stuck')).status).toBe(200);
    await world.slack.waitFor((c) => c.kind === 'respond' && c.name === 'stuck', 30_000);

    const signalledAt = performance.now();
    process.kill(-run.pid, 'SIGTERM');
    const exit = await run.exited;

    expect(exit.code).toBe(EXIT_CODES.stopped);
    expect(exit.at - signalledAt).toBeGreaterThanOrEqual(2000);
    expect(world.slack.delivered.has('stuck')).toBe(false);
    const gaveUp = run.logs().find((line) => msg(line).includes('DRAIN_TIMEOUT'));
    expect(gaveUp?.abandoned).toEqual([
      expect.stringMatching(/^slack:command trigger-stuck \(running \d+ ms\)$/),
    ]);
    expect(run.logs().find((line) => msg(line) === 'stopped')).toMatchObject({ outcome: 'timed-out' });
  }, 120_000);
});

describe('npm start, a Discord gateway that closes for good', () => {
  it('exits 3 with the fix in the log when Discord is the only adapter', async () => {
    const run = await world.start(world.discordEnv);
    world.discord.dropConnection(4004);
    const exit = await run.exited;
    expect(exit.code).toBe(EXIT_CODES.adapterLost);
    expect(run.stderr()).toContain(TOKEN_REFUSED_FIX);
    expect(run.groupAlive()).toBe(false);
  }, 120_000);

  it('keeps Slack answering, logs the fix and marks Discord not ready when Slack runs too', async () => {
    const run = await world.start({ ...world.slackEnv, ...world.discordEnv });
    world.discord.dropConnection(4014);
    const down = await run.waitForLog('discord is down', (line) => msg(line).startsWith('discord is down'));
    expect(down.health).toMatchObject({
      ready: false,
      components: {
        slack: { ready: true },
        discord: { ready: false, reason: expect.stringContaining('4014') },
      },
    });
    expect(run.stderr()).toContain('DISCORD_MESSAGE_CONTENT=false');

    expect((await world.command('after')).status).toBe(200);
    const answer = await world.slack.waitFor((c) => c.kind === 'respond' && c.name === 'after', 30_000);
    expect(JSON.stringify(answer.body)).toContain('health');
    expect(run.groupAlive()).toBe(true);

    process.kill(run.pid, 'SIGTERM');
    expect((await run.exited).code).toBe(EXIT_CODES.stopped);
  }, 120_000);
});
