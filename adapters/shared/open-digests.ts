import type { DigestHandler } from '../../src/bot.js';
import {
  createDigestHandler,
  createDigestScheduler,
  createUnavailableDigestHandler,
  type DigestKnowledge,
  type DigestPlatform,
  type DigestPoster,
  type DigestScheduler,
  replyToStoreFailures,
  type ScheduleTimer,
} from '../../src/digests/index.js';
import * as countries from '../../src/knowledge/countries/index.js';
import type { Logger } from '../../src/logger.js';
import { openStore, STORE_FILE, type Store, StoreError, sqliteStoreFile } from '../../src/store/index.js';
import type { DigestConfig } from './digest-config.js';

/** The database file inside DATA_DIR. */
export const DIGEST_DATABASE_FILE = STORE_FILE;

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
  type: 'running';
  /** Give it to the bot, so `digest …` messages reach it. */
  handler: DigestHandler;
  scheduler: DigestScheduler;
  /** Settles after the first tick: interrupted deliveries resolved, due slots posted. */
  ready: Promise<void>;
  /** Stops the scheduler (waiting for a post in flight) and closes the database. */
  stop(): Promise<void>;
}

/** The database could not be opened: every digest command says why, nothing is scheduled. */
export interface DisabledDigests {
  type: 'disabled';
  /** Give it to the bot: it answers every `digest …` message with the reason. */
  handler: DigestHandler;
  error: StoreError;
  ready: Promise<void>;
  stop(): Promise<void>;
}

export type StartedDigests = RunningDigests | DisabledDigests;

function disableDigests(options: StartDigestsOptions, file: string, err: unknown): DisabledDigests {
  const { config, logger } = options;
  const error =
    err instanceof StoreError
      ? err
      : new StoreError('STORE_FAILED', `SQLite database ${file}: ${String(err)}`, { cause: err });
  logger.error(
    { err: error, code: error.code, file, variable: 'DATA_DIR', dataDir: config.dataDir },
    `digests disabled: ${error.message} (DATA_DIR is "${config.dataDir}"; another folder casebot may write also works, with no digests in it yet). Questions are still answered; every digest command says digests are disabled.`,
  );
  return {
    type: 'disabled',
    handler: createUnavailableDigestHandler({ error, defaultTimezone: config.timezone }),
    error,
    ready: Promise.resolve(),
    async stop() {},
  };
}

/**
 * Opens DATA_DIR/casebot.db (creating and migrating it) and starts the scheduler for the running
 * process. Call it once the adapters can post; the first tick runs in the background (`ready`)
 * so that a slow platform does not hold up the start.
 *
 * Never fails for the database: when it cannot be used (damaged, locked, DATA_DIR not a folder
 * casebot may write, …) it logs one error naming the file, DATA_DIR and the fix, and returns
 * digests disabled, whose handler answers every digest command with the reason: the bot keeps
 * answering questions. Failures while running answer the command in words too.
 */
export async function startDigests(options: StartDigestsOptions): Promise<StartedDigests> {
  const { config } = options;
  const logger = options.logger;
  const now = options.now ?? (() => new Date());
  const file = sqliteStoreFile(config.dataDir);
  let store: Store;
  try {
    store = await openStore({ dataDir: config.dataDir, now, logger });
  } catch (err) {
    return disableDigests(options, file, err);
  }
  const scheduler = createDigestScheduler({
    store: store.digests,
    posters: options.posters,
    knowledge: options.bot,
    countries,
    logger,
    now,
    catchupMs: config.catchupMs,
    ...(options.timer ? { timer: options.timer } : {}),
  });
  const handler = createDigestHandler({
    store: store.digests,
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
    type: 'running',
    handler: replyToStoreFailures(handler, logger),
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
