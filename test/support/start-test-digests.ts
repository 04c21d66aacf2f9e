import {
  type RunningDigests,
  type StartDigestsOptions,
  startDigests,
} from '../../adapters/shared/open-digests.js';
import type { Bot, Logger } from '../../src/index.js';
import { type FakeTimer, fakeTimer } from '../digests/digest-fixtures.js';

/** DIGEST_CATCHUP in the tests that run digests beside the bot. */
export const TEST_CATCHUP_MS = 6 * 3_600_000;

/**
 * The digests as `npm start` runs them beside the adapters (then `bot.useDigests`), on a test's
 * DATA_DIR and clock, in UTC; the scheduler's timer fires only when the test says so.
 */
export async function startTestDigests(options: {
  bot: Bot;
  posters: StartDigestsOptions['posters'];
  dataDir: string;
  now: () => Date;
  logger: Logger;
}): Promise<{ digests: RunningDigests; timer: FakeTimer }> {
  const { bot, posters, dataDir, now, logger } = options;
  const timer = fakeTimer();
  const digests = await startDigests({
    bot,
    posters,
    config: { dataDir, timezone: 'UTC', catchupMs: TEST_CATCHUP_MS },
    logger,
    now,
    timer,
  });
  if (digests.type !== 'running') throw digests.error;
  bot.useDigests(digests.handler);
  await digests.ready;
  return { digests, timer };
}
