// Run by tests in a child process (see unprivileged-node.ts): starts digests on each DATA_DIR
// given as an argument and prints, as a JSON array, how they started, the errors logged and
// what `digest list` answered.
import { startDigests } from '../../adapters/shared/open-digests.js';
import { makeKnowledge } from '../digests/digest-fixtures.js';
import { recordingLogger } from './recording-logger.js';

const results = [];
for (const dataDir of process.argv.slice(2)) {
  const logger = recordingLogger();
  const digests = await startDigests({
    bot: makeKnowledge([]),
    posters: {},
    config: { dataDir, timezone: 'UTC', catchupMs: 0 },
    logger,
  });
  await digests.ready;
  const reply = await digests.handler.handle(
    { type: 'list' },
    { platform: 'slack', teamId: 'T1', channelId: 'C1', userId: 'U1', surface: { type: 'slash-command' } },
  );
  await digests.stop();
  results.push({
    dataDir,
    type: digests.type,
    code: digests.type === 'disabled' ? digests.error.code : undefined,
    errors: logger.entries
      .filter((entry) => entry.level === 'error')
      .map((entry) => ({ msg: entry.msg, file: entry.obj.file, variable: entry.obj.variable })),
    reply,
  });
}
process.stdout.write(JSON.stringify(results));
