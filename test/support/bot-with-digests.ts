import { afterAll, beforeAll } from 'vitest';
import type { RunningDigests } from '../../adapters/shared/open-digests.js';
import type { Bot } from '../../src/index.js';
import { FakePoster, fakeClock, recordingLogger, tempDir } from '../digests/digest-fixtures.js';
import { startTestDigests } from './start-test-digests.js';

/**
 * A bot with digests posting to a fake Slack, for the tests of one `describe` block: started
 * before them on a temporary DATA_DIR and a fake clock set at `start`, stopped and removed after.
 */
export function botWithDigests(start: string): () => Bot {
  const dir = tempDir();
  const clock = fakeClock(start);
  let bot: Bot | undefined;
  let digests: RunningDigests | undefined;
  beforeAll(async () => {
    ({ bot, digests } = await startTestDigests({
      posters: { slack: new FakePoster(clock) },
      dataDir: dir.dir,
      now: clock.now,
      logger: recordingLogger(),
    }));
  });
  afterAll(async () => {
    await digests?.stop();
    dir.remove();
  });
  return () => {
    if (!bot) throw new Error('the bot with digests starts in beforeAll, before the tests');
    return bot;
  };
}
