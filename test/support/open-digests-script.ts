// Run by tests in a child process (see unprivileged-node.ts): opens digests on each DATA_DIR
// given as an argument and prints, as a JSON array, how they opened, the errors logged and
// what `digest list` answered.
import { openDigests } from '../../adapters/shared/open-digests.js';
import { makeKnowledge } from '../digests/digest-fixtures.js';
import { recordingLogger } from './recording-logger.js';

const results = [];
const cases = makeKnowledge([]);
for (const dataDir of process.argv.slice(2)) {
  const logger = recordingLogger();
  const digests = await openDigests({
    store: { dataDir },
    config: { timezone: 'UTC', catchupMs: 0 },
    logger,
  });
  const reply = await digests.handler.handle(
    { type: 'list' },
    { platform: 'slack', teamId: 'T1', channelId: 'C1', userId: 'U1', surface: { type: 'slash-command' } },
    cases,
  );
  if (digests.type === 'available') await digests.close();
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
