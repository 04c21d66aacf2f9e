import { pino } from 'pino';
import { expect } from 'vitest';
import type { RunningDigests } from '../../../adapters/shared/open-digests.js';
import type { SlackConfig } from '../../../adapters/slack/config.js';
import { type SlackAdapter, startSlack } from '../../../adapters/slack/main.js';
import type { Bot } from '../../../src/index.js';
import {
  type DeliveryRow,
  type FakeClock,
  type FakeTimer,
  fakeClock,
  type RecordingLogger,
  readDeliveries,
  recordingLogger,
  tempDir,
} from '../../digests/digest-fixtures.js';
import { openTestDigests } from '../../support/start-test-digests.js';
import { type FakeSlackApi, type RecordedCall, startFakeSlackApi } from './fake-slack-api.js';
import { SIGNING_SECRET, testSlackConfig } from './harness.js';
import { sendToSlackApp, slashCommandBody } from './slack-requests.js';

/** One casebot process: the real Slack adapter (Bolt over HTTP) and the digest scheduler. */
export interface SlackProcess {
  adapter: SlackAdapter;
  /** The bot over the built-in knowledge, with the digest handler. */
  bot: Bot;
  digests: RunningDigests;
  timer: FakeTimer;
  logger: RecordingLogger;
  eventsUrl: string;
  /** Stops digests (waiting for a post in flight), then the adapter. */
  stop(): Promise<void>;
}

/**
 * A fake Slack with the digest clock, a DATA_DIR, and casebot processes started and stopped on
 * them as `npm start` would run them (digest handler and bot, adapter, then the scheduler). Time is
 * the injected clock; the scheduler's timer fires only when a test says so.
 */
export async function createDigestWorld(start: string) {
  const clock: FakeClock = fakeClock(start);
  const fake: FakeSlackApi = await startFakeSlackApi({ now: clock.now });
  const dir = tempDir();
  const running = new Set<SlackProcess>();
  let seq = 0;

  async function startProcess(overrides: Partial<SlackConfig> = {}): Promise<SlackProcess> {
    const config = testSlackConfig(fake.apiUrl, overrides);
    const logger = recordingLogger();
    // As `npm start`: the digest handler and the bot first, the adapter, then the scheduler.
    const {
      bot,
      handler,
      start: startScheduler,
    } = await openTestDigests({
      dataDir: dir.dir,
      now: clock.now,
      logger,
    });
    const adapter = await startSlack({ config, bot, logger: pino({ level: 'silent' }), digests: handler });
    const { digests, timer } = await startScheduler({ slack: adapter.poster });
    const process: SlackProcess = {
      adapter,
      bot,
      digests,
      timer,
      logger,
      eventsUrl: `http://127.0.0.1:${adapter.port}/slack/events`,
      async stop() {
        running.delete(process);
        await digests.stop();
        await adapter.stop();
      },
    };
    running.add(process);
    return process;
  }

  /** Sends a signed `/initiatives …` and returns what casebot answered through response_url. */
  async function slash(
    process: SlackProcess,
    text: string,
    from: { channelId: string; userId?: string },
  ): Promise<Record<string, unknown>> {
    seq += 1;
    const id = `digest-cmd${seq}`;
    const res = await sendToSlackApp(
      process.eventsUrl,
      slashCommandBody({ text, responseUrl: fake.responseUrl(id), ...from }),
      'form',
      { secret: SIGNING_SECRET },
    );
    expect(res.status).toBe(200);
    const answer = await fake.waitFor((c) => c.kind === 'respond' && c.name === id);
    return answer.body;
  }

  /** Subscribes a channel with a slash command and returns the new subscription's id. */
  async function subscribe(process: SlackProcess, args: string, channelId: string): Promise<string> {
    const answer = await slash(process, `digest subscribe ${args}`, { channelId });
    const id = /^Digest ([a-z0-9]+) subscribed$/m.exec(String(answer.text))?.[1];
    if (!id) throw new Error(`not subscribed: ${String(answer.text)}`);
    return id;
  }

  /**
   * Fires the scheduler's timer at each wake-up it asks for, moving the clock there, up to and
   * including `until`; leaves the clock at `until`.
   */
  async function runUntil(process: SlackProcess, until: string): Promise<void> {
    const end = new Date(until).getTime();
    for (let steps = 0; steps < 500; steps += 1) {
      const wakeAt = process.digests.scheduler.wakeAt;
      if (!wakeAt || !process.timer.pending) {
        // A re-arming (after a command) is still computing the next wake-up.
        await new Promise((resolve) => setImmediate(resolve));
        continue;
      }
      if (wakeAt.getTime() > end) break;
      clock.set(wakeAt);
      await process.timer.fire();
    }
    clock.set(until);
  }

  /**
   * Hours pass in which the scheduler only wakes to look for other processes' subscriptions
   * (every minute): moves the clock to `to` and fires the timer once there, as a process that
   * was busy would.
   */
  async function skipTo(process: SlackProcess, to: string): Promise<void> {
    clock.set(to);
    await process.timer.fire();
  }

  const postsTo = (channel: string): RecordedCall[] =>
    fake.calls.filter((c) => c.kind === 'api' && c.name === 'chat.postMessage' && c.body.channel === channel);

  /** A subscription's deliveries, oldest slot first, read straight from the database file. */
  const deliveries = (subscriptionId: string): DeliveryRow[] => readDeliveries(dir.file, subscriptionId);

  async function close(): Promise<void> {
    for (const process of [...running]) await process.stop();
    await fake.close();
    dir.remove();
  }

  return {
    clock,
    fake,
    startProcess,
    slash,
    subscribe,
    runUntil,
    skipTo,
    postsTo,
    deliveries,
    close,
    dataDir: dir.dir,
  };
}

export type DigestWorld = Awaited<ReturnType<typeof createDigestWorld>>;
