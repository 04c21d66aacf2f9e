import {
  createDigestHandler,
  createDigestScheduler,
  createSubscriptionChanges,
  createUnavailableDigestHandler,
  type DigestHandler,
  type DigestKnowledge,
  type DigestPlatform,
  type DigestPoster,
  type DigestScheduler,
  getCountry,
  type Logger,
  openStore,
  redactDatabaseUrl,
  replyToStoreFailures,
  resolveCountry,
  type ScheduleTimer,
  type Store,
  StoreError,
  sqliteStoreFile,
  suggestCountries,
} from '../../src/index.js';
import type { DigestConfig } from './digest-config.js';
import type { StoreConfig } from './store-config.js';

const countries = { getCountry, resolveCountry, suggestCountries };

export interface OpenDigestsOptions {
  store: StoreConfig;
  config: DigestConfig;
  logger: Logger;
  now?: () => Date;
  timer?: ScheduleTimer;
  /** Wraps the store once open (metrics count its failures); the digests and `store` use the result. */
  wrapStore?: (store: Store) => Store;
}

export interface StartDigestsOptions {
  /** The running bot: `Pick<Bot, 'matchCases' | 'knowledge'>` is all the scheduler uses. */
  knowledge: DigestKnowledge;
  /** The posters of the adapters that run; subscriptions of other platforms wait for theirs. */
  posters: Partial<Record<DigestPlatform, DigestPoster>>;
}

/** The store is open: digest commands are answered, and posting starts with `start`. */
export interface AvailableDigests {
  type: 'available';
  /**
   * The open store: the other shared state (claims, button contexts, conversations, the gateway
   * lease) lives in it too. Closed by `close`, or by the running digests' `stop`.
   */
  store: Store;
  /** Give it to `createCasebot`, so `digest …` messages reach it from the first one. */
  handler: DigestHandler;
  /** Starts the scheduler once the adapters can post; call it once. */
  start(options: StartDigestsOptions): RunningDigests;
  /** Closes the store, for a start that fails before `start`. */
  close(): Promise<void>;
}

export interface RunningDigests {
  type: 'running';
  scheduler: DigestScheduler;
  /** Settles after the first tick: interrupted deliveries resolved, due slots posted. */
  ready: Promise<void>;
  /** Stops the scheduler (waiting for a post in flight) and closes the store. */
  stop(): Promise<void>;
}

/** The store could not be opened: every digest command says why, nothing is scheduled. */
export interface DisabledDigests {
  type: 'disabled';
  /** Give it to `createCasebot`: it answers every `digest …` message with the reason. */
  handler: DigestHandler;
  error: StoreError;
}

export type OpenedDigests = AvailableDigests | DisabledDigests;

/** Where the store is, in the operator's words: the variable to change and its value. */
function storeLocation(store: StoreConfig) {
  return store.databaseUrl
    ? {
        variable: 'DATABASE_URL',
        where: `DATABASE_URL is ${redactDatabaseUrl(store.databaseUrl)}; fix it, or unset it to keep digests in SQLite in DATA_DIR`,
      }
    : {
        variable: 'DATA_DIR',
        file: sqliteStoreFile(store.dataDir),
        where: `DATA_DIR is "${store.dataDir}"; another folder casebot may write also works, with no digests in it yet`,
      };
}

function disableDigests(options: OpenDigestsOptions, err: unknown): DisabledDigests {
  const { store, config, logger } = options;
  const { where, ...location } = storeLocation(store);
  const error =
    err instanceof StoreError
      ? err
      : new StoreError('STORE_FAILED', `the store could not be opened: ${String(err)}`, { cause: err });
  logger.error(
    { err: error, code: error.code, ...location, dataDir: store.dataDir },
    `digests disabled: ${error.message} (${where}). Questions are still answered; every digest command says digests are disabled.`,
  );
  return {
    type: 'disabled',
    handler: createUnavailableDigestHandler({ error, defaultTimezone: config.timezone }),
    error,
  };
}

/**
 * Opens the store (SQLite in DATA_DIR, or PostgreSQL when DATABASE_URL is set; created and
 * migrated) and builds the digest handler, before the bot and the adapters: a digest command is
 * answered from the first message any adapter takes. The scheduler starts later (`start`), with
 * the posters of the adapters that run.
 *
 * Never fails for the store: when it cannot be used (damaged, locked, DATA_DIR not a folder
 * casebot may write, a server that refuses, …) it logs one error naming the file or the
 * variable and the fix, and returns digests disabled, whose handler answers every digest
 * command with the reason: the bot keeps answering questions. Failures while running answer
 * the command in words too.
 */
export async function openDigests(options: OpenDigestsOptions): Promise<OpenedDigests> {
  const { store: storeConfig, config, logger } = options;
  const now = options.now ?? (() => new Date());
  let store: Store;
  try {
    const opened = await openStore({
      databaseUrl: storeConfig.databaseUrl,
      dataDir: storeConfig.dataDir,
      now,
      logger,
    });
    store = options.wrapStore ? options.wrapStore(opened) : opened;
  } catch (err) {
    return disableDigests(options, err);
  }
  const changes = createSubscriptionChanges();
  const handler = createDigestHandler({
    store: store.digests,
    countries,
    defaultTimezone: config.timezone,
    now,
    logger,
    onChange: () => changes.notify(),
  });
  return {
    type: 'available',
    store,
    handler: replyToStoreFailures(handler, logger),
    close: () => store.close(),
    start({ knowledge, posters }) {
      const scheduler = createDigestScheduler({
        store: store.digests,
        posters,
        knowledge,
        countries,
        logger,
        now,
        catchupMs: config.catchupMs,
        ...(config.postLeaseMs ? { leaseMs: config.postLeaseMs } : {}),
        changes,
        ...(options.timer ? { timer: options.timer } : {}),
      });
      logger.info(
        {
          backend: store.backend,
          location: store.location,
          platforms: Object.keys(posters),
          timezone: config.timezone,
          catchupMs: config.catchupMs,
        },
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
    },
  };
}
