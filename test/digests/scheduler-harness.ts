import {
  createDigestScheduler,
  type DigestScheduler,
  type DigestSchedulerOptions,
} from '../../src/digests/create-digest-scheduler.js';
import type { DigestStore } from '../../src/digests/digest-store.js';
import type { Subscription } from '../../src/digests/subscription.js';
import type { Case } from '../../src/knowledge/case.js';
import {
  type DeliveryRow,
  type FakeClock,
  FakePoster,
  fakeClock,
  fakeTimer,
  makeCase,
  makeKnowledge,
  type RecordingLogger,
  readDeliveries,
  recordingLogger,
  tempDir,
} from './digest-fixtures.js';
import { openSqliteDigestStore } from './open-sqlite-digest-store.js';

export const HOUR = 3_600_000;
export const MINUTE = 60_000;

/** One channel everyone posts to in these tests. */
export const channel = { platform: 'slack' as const, teamId: 'T1', channelId: 'C1' };

export interface Process {
  store: DigestStore;
  scheduler: DigestScheduler;
  timer: ReturnType<typeof fakeTimer>;
  logger: RecordingLogger;
}

/**
 * A database file shared by "processes" (scheduler + store connection each), one clock, one
 * fake channel, and knowledge the test can change. `close()` stops and removes everything.
 * `openStore` connects a process to another database instead (PostgreSQL); `deliveries()`
 * reads the SQLite file only.
 */
export function createHarness(
  start: string,
  cases: Case[] = ['a', 'b', 'c', 'd', 'e'].map((id) => makeCase(id)),
  backend: { openStore?: (now: () => Date) => DigestStore } = {},
) {
  const dir = tempDir();
  const clock: FakeClock = fakeClock(start);
  const poster = new FakePoster(clock);
  const knowledge = makeKnowledge(cases);
  const processes: Process[] = [];
  const abandoned: DigestStore[] = [];

  function spawn(options: Partial<DigestSchedulerOptions> = {}): Process {
    const store = backend.openStore?.(clock.now) ?? openSqliteDigestStore(dir.file, { now: clock.now });
    const timer = fakeTimer();
    const logger = recordingLogger();
    const scheduler = createDigestScheduler({
      store,
      posters: { slack: poster },
      knowledge,
      countries: { resolveCountry: () => undefined, suggestCountries: () => [], getCountry: () => undefined },
      logger,
      now: clock.now,
      catchupMs: 6 * HOUR,
      timer,
      maxSleepMs: 30 * 24 * HOUR,
      ...options,
    });
    const process = { store, scheduler, timer, logger };
    processes.push(process);
    return process;
  }

  async function subscribe(id: string, fields: Partial<Subscription> = {}): Promise<Subscription> {
    const store = processes[0]?.store ?? spawn().store;
    const subscription: Subscription = {
      id,
      target: channel,
      schedule: { type: 'daily', time: { hour: 9, minute: 0 } },
      timezone: 'UTC',
      count: 2,
      createdAt: clock.now(),
      activeSince: clock.now(),
      ...fields,
    };
    await store.createSubscription(subscription);
    return subscription;
  }

  /** Every delivery row, oldest slot first, read straight from the file. */
  const deliveries = (): DeliveryRow[] => readDeliveries(dir.file);

  /** A process that died: its scheduler is never stopped (its tick never returns). */
  function crash(process: Process): void {
    processes.splice(processes.indexOf(process), 1);
    abandoned.push(process.store);
  }

  /**
   * A process that takes the slot due now and dies in the middle of posting it; with `reached`,
   * the message got to the channel first.
   */
  async function crashMidPost(options: { reached: boolean }): Promise<void> {
    const dying = spawn();
    const posted = poster.hang(options);
    void dying.scheduler.tick();
    await posted;
    crash(dying);
  }

  /** Moves the clock to the process's next wake-up and fires its timer. */
  async function wake(process: Process): Promise<void> {
    const at = process.scheduler.wakeAt;
    if (!at) throw new Error('the digest scheduler is not armed');
    clock.set(at);
    await process.timer.fire();
  }

  async function close(): Promise<void> {
    for (const process of processes.splice(0)) {
      await process.scheduler.stop();
      await process.store.close();
    }
    for (const store of abandoned.splice(0)) await store.close();
    dir.remove();
  }

  return {
    clock,
    poster,
    knowledge,
    spawn,
    subscribe,
    deliveries,
    crash,
    crashMidPost,
    wake,
    close,
    file: dir.file,
  };
}

export type Harness = ReturnType<typeof createHarness>;
