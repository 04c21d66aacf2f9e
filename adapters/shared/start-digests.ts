import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DigestHandler } from '../../src/bot.js';
import {
  createDigestHandler,
  createDigestScheduler,
  type DigestKnowledge,
  type DigestPlatform,
  type DigestPoster,
  type DigestScheduler,
  openSqliteDigestStore,
  type ScheduleTimer,
} from '../../src/digests/index.js';
import * as countries from '../../src/knowledge/countries/index.js';
import type { Logger } from '../../src/logger.js';
import type { DigestConfig } from './digest-config.js';

/** The database file inside DATA_DIR. */
export const DIGEST_DATABASE_FILE = 'casebot.db';

export interface StartDigestsOptions {
  /** The running bot: `Pick<Bot, 'matchCases' | 'knowledge'>` is all digests use. */
  bot: DigestKnowledge;
  /** The posters of the adapters that run; subscriptions of other platforms wait for theirs. */
  posters: Partial<Record<DigestPlatform, DigestPoster>>;
  config: DigestConfig;
  logger: Logger;
  now?: () => Date;
  timer?: ScheduleTimer;
}

export interface RunningDigests {
  /** Give it to the bot, so `digest …` messages reach it. */
  handler: DigestHandler;
  scheduler: DigestScheduler;
  /** Settles after the first tick: interrupted deliveries resolved, due slots posted. */
  ready: Promise<void>;
  /** Stops the scheduler (waiting for a post in flight) and closes the database. */
  stop(): Promise<void>;
}

/**
 * Opens DATA_DIR/casebot.db (migrating it) and starts the scheduler for the running process.
 * Call it once the adapters can post; the first tick runs in the background (`ready`) so that
 * a slow platform does not hold up the start.
 */
export function startDigests(options: StartDigestsOptions): RunningDigests {
  const { config } = options;
  const logger = options.logger;
  const now = options.now ?? (() => new Date());
  mkdirSync(config.dataDir, { recursive: true });
  const file = join(config.dataDir, DIGEST_DATABASE_FILE);
  const store = openSqliteDigestStore(file, { now });
  const scheduler = createDigestScheduler({
    store,
    posters: options.posters,
    knowledge: options.bot,
    countries,
    logger,
    now,
    catchupMs: config.catchupMs,
    ...(options.timer ? { timer: options.timer } : {}),
  });
  const handler = createDigestHandler({
    store,
    knowledge: options.bot,
    countries,
    defaultTimezone: config.timezone,
    now,
    logger,
    onChange: () => scheduler.reschedule(),
  });
  logger.info(
    { file, platforms: Object.keys(options.posters), timezone: config.timezone, catchupMs: config.catchupMs },
    'digests starting',
  );
  const ready = scheduler.start().then(
    () => undefined,
    (err: unknown) => {
      // The timer is not armed when the first tick fails; arm it so digests keep going.
      logger.error({ err }, 'first digest tick failed; retrying on schedule');
      scheduler.reschedule();
    },
  );
  let stopped = false;
  return {
    handler,
    scheduler,
    ready,
    async stop() {
      if (stopped) return;
      stopped = true;
      await ready;
      await scheduler.stop();
      await store.close();
    },
  };
}
