import {
  type OpenedDigests,
  openDigests,
  type RunningDigests,
  type StartDigestsOptions,
} from '../../adapters/shared/open-digests.js';
import { type Bot, createCasebot, type DigestHandler, type Logger } from '../../src/index.js';
import { type FakeTimer, fakeTimer } from '../digests/digest-fixtures.js';

/** DIGEST_CATCHUP in the tests that run digests beside the bot. */
export const TEST_CATCHUP_MS = 6 * 3_600_000;

export interface TestDigestOptions {
  dataDir: string;
  /** PostgreSQL instead of SQLite in `dataDir`. */
  databaseUrl?: string;
  now: () => Date;
  logger: Logger;
}

/** A bot with digests, before its scheduler runs: start the adapters with `bot`, then `start`. */
export interface OpenTestDigests {
  /** Over the built-in knowledge, with a fixed random source and the digest handler. */
  bot: Bot;
  /** The digest handler the bot was given (the Slack App Home lists digests from it). */
  handler: DigestHandler;
  /** Starts the scheduler with these posters, as `npm start` does once the adapters run. */
  start(posters: StartDigestsOptions['posters']): Promise<{ digests: RunningDigests; timer: FakeTimer }>;
}

/**
 * The digests as `npm start` builds them, on a test's DATA_DIR and clock, in UTC: the store and
 * the digest handler, then a bot given the handler. The scheduler's timer fires only when the
 * test says so.
 */
export async function openTestDigests(options: TestDigestOptions): Promise<OpenTestDigests> {
  const { dataDir, now, logger } = options;
  const timer = fakeTimer();
  const opened: OpenedDigests = await openDigests({
    store: options.databaseUrl ? { dataDir, databaseUrl: options.databaseUrl } : { dataDir },
    config: { timezone: 'UTC', catchupMs: TEST_CATCHUP_MS },
    logger,
    now,
    timer,
  });
  if (opened.type !== 'available') throw opened.error;
  const bot = await createCasebot({ knowledgeDir: 'knowledge', random: () => 0.5, digests: opened.handler });
  return {
    bot,
    handler: opened.handler,
    async start(posters) {
      const digests = opened.start({ knowledge: bot, posters });
      await digests.ready;
      return { digests, timer };
    },
  };
}

/** {@link openTestDigests} then `start(posters)`: for tests whose posters exist before the bot. */
export async function startTestDigests(
  options: TestDigestOptions & { posters: StartDigestsOptions['posters'] },
): Promise<{ bot: Bot; digests: RunningDigests; timer: FakeTimer }> {
  const opened = await openTestDigests(options);
  return { bot: opened.bot, ...(await opened.start(options.posters)) };
}
