import { PermissionFlagsBits } from 'discord.js';
import { type RunningDiscord, startDiscord } from '../../../adapters/discord/main.js';
import type { RunningDigests } from '../../../adapters/shared/open-digests.js';
import type { Bot } from '../../../src/index.js';
import {
  type DeliveryRow,
  type FakeTimer,
  fakeClock,
  readDeliveries,
  tempDir,
} from '../../digests/digest-fixtures.js';
import { openTestDigests } from '../../support/start-test-digests.js';
import { CHANNEL_ID, slashCommand, TEST_TOKEN } from './discord-payloads.js';
import { FakeDiscord, type RecordedRequest } from './fake-discord.js';
import { type LogEntry, recordingLogger } from './test-doubles.js';

/** A member's permissions in the channel when they may manage it. */
export const MANAGER =
  PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages | PermissionFlagsBits.ManageChannels;

/** What Discord got back from an interaction. */
export interface Callback {
  type: number;
  data?: { content: string; embeds: { description?: string }[]; flags?: number };
}

/** `/initiatives digest <sub> name:value …` (strings, integers, booleans). */
export function digestCommand(
  sub: string,
  values: Record<string, string | number | boolean> = {},
  options: Parameters<typeof slashCommand>[2] = {},
) {
  const base = slashCommand(sub, {}, options);
  const typeOf = (value: string | number | boolean) =>
    typeof value === 'number' ? 4 : typeof value === 'boolean' ? 5 : 3;
  const given = Object.entries(values).map(([name, value]) => ({ type: typeOf(value), name, value }));
  return {
    ...base,
    data: {
      ...base.data,
      options: [{ type: 2, name: 'digest', options: [{ type: 1, name: sub, options: given }] }],
    },
  };
}

/** One run of casebot: the Discord adapter and the digests on the world's DATA_DIR and clock. */
export interface Process {
  /** The bot over the built-in knowledge, with this process's digest handler. */
  bot: Bot;
  discord: RunningDiscord;
  digests: RunningDigests;
  timer: FakeTimer;
  logger: ReturnType<typeof recordingLogger>;
}

/**
 * A fake Discord, a DATA_DIR and a clock that outlive casebot's processes, so that a test can
 * stop (or abandon) one and start another. `close()` stops everything that is left.
 */
export async function createDigestWorld(start: string) {
  const clock = fakeClock(start);
  const fake = await new FakeDiscord({ now: clock.now }).listen();
  const dir = tempDir();
  const running = new Set<Process>();

  async function startProcess(): Promise<Process> {
    const logger = recordingLogger();
    // As `npm start`: the digest handler and the bot first, the adapter, then the scheduler.
    const { bot, start: startScheduler } = await openTestDigests({
      dataDir: dir.dir,
      now: clock.now,
      logger,
    });
    const discord = await startDiscord({
      config: { token: TEST_TOKEN, prefix: '!initiatives', messageContent: true, apiUrl: fake.apiUrl },
      bot,
      logger,
    });
    const posters = { discord: discord.poster };
    const { digests, timer } = await startScheduler(posters);
    const process = { bot, discord, digests, timer, logger };
    running.add(process);
    return process;
  }

  /** Stops the digests first, so that a post in flight finishes, then disconnects. */
  async function stopProcess(process: Process): Promise<void> {
    running.delete(process);
    await process.digests.stop();
    await process.discord.stop();
  }

  /** Sends a slash command and returns what casebot answered. */
  async function interact(interaction: { id: string }): Promise<Callback> {
    fake.dispatch('INTERACTION_CREATE', interaction);
    return (await fake.callbackOf(interaction)).body as Callback;
  }

  /** Subscribes the channel with `/initiatives digest subscribe` as a manager; returns the id. */
  async function subscribe(values: Record<string, string | number>, options = {}): Promise<string> {
    const callback = await interact(digestCommand('subscribe', values, { permissions: MANAGER, ...options }));
    const id = /^\*\*Digest ([a-z0-9]+) subscribed\*\*/.exec(callback.data?.content ?? '')?.[1];
    if (!id) throw new Error(`not subscribed: ${JSON.stringify(callback)}`);
    return id;
  }

  /**
   * Moves the clock to the scheduler's next wake-up and fires its timer; the promise settles
   * when that tick is done. The event-loop turn first lets a re-arming asked for by a command
   * finish.
   */
  async function wake(process: Process): Promise<{ at: Date; tick: Promise<void> }> {
    await new Promise((resolve) => setImmediate(resolve));
    const at = process.digests.scheduler.wakeAt;
    if (!at) throw new Error('the digest scheduler is not armed');
    clock.set(at);
    return { at, tick: process.timer.fire() };
  }

  /** Wakes the scheduler until `done()`; returns the wake-ups. */
  async function runUntil(process: Process, done: () => boolean, maxWakes = 10): Promise<string[]> {
    const wakes: string[] = [];
    while (!done()) {
      if (wakes.length >= maxWakes) throw new Error(`not done after wake-ups ${wakes.join(', ')}`);
      const { at, tick } = await wake(process);
      wakes.push(at.toISOString());
      await tick;
    }
    return wakes;
  }

  /** The digests casebot posted to a channel (POSTs to its messages). */
  const digestPosts = (channelId = CHANNEL_ID): RecordedRequest[] =>
    fake.sent('POST', new RegExp(`^/channels/${channelId}/messages$`));

  /** Every delivery row, oldest slot first, read straight from the database file. */
  const deliveries = (): DeliveryRow[] => readDeliveries(dir.file);

  async function close(): Promise<void> {
    // A process stuck on a held request (a test that failed early) could not stop otherwise.
    fake.releaseAll();
    for (const process of [...running]) await stopProcess(process);
    await fake.close();
    dir.remove();
  }

  const logged = (process: Process, msg: string): LogEntry[] =>
    process.logger.entries.filter((entry) => entry.msg === msg);

  return {
    clock,
    fake,
    startProcess,
    stopProcess,
    interact,
    subscribe,
    wake,
    runUntil,
    digestPosts,
    deliveries,
    logged,
    close,
  };
}

export type DigestWorld = Awaited<ReturnType<typeof createDigestWorld>>;
