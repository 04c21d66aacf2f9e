import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningDiscord, startDiscord } from '../../../adapters/discord/main.js';
import { CORE_APOLOGY } from '../../support/core-apology.js';
import { slashCommand, TEST_TOKEN } from './discord-payloads.js';
import { FakeDiscord, type RecordedRequest } from './fake-discord.js';
import { helpReply, recordingLogger, scriptedBot } from './test-doubles.js';

// Whatever options a slash command arrives with (names, types and values Discord's own checks
// would have refused), discord.js and casebot answer it: the answer or the option's usage,
// never the apology, never an error in the log.

let fake: FakeDiscord;
let running: RunningDiscord | undefined;
const logger = recordingLogger();
const bot = scriptedBot(async (text) => helpReply(`You said: ${text}`));

beforeAll(async () => {
  fake = await new FakeDiscord().listen();
  running = await startDiscord({
    config: { token: TEST_TOKEN, prefix: '!initiatives', messageContent: false, apiUrl: fake.apiUrl },
    bot,
    logger,
  });
});

afterAll(async () => {
  await running?.stop();
  await fake?.close();
});

/** Option types a client could send: string, integer, boolean, number. */
const optionValue = fc.oneof(
  fc.record({ type: fc.constant(3), value: fc.string({ maxLength: 20 }) }),
  fc.record({ type: fc.constant(4), value: fc.integer({ min: -5, max: 50 }) }),
  fc.record({ type: fc.constant(5), value: fc.boolean() }),
  fc.record({ type: fc.constant(10), value: fc.double({ noNaN: true, min: -5, max: 50 }) }),
);
const optionName = fc.constantFrom('query', 'country', 'topic', 'name', 'id', 'public', 'count', 'extra');

describe('a slash command with any options', () => {
  it('is answered, with the answer or the usage, never the apology', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('search', 'random', 'country', 'countries', 'show', 'help'),
        fc.dictionary(optionName, optionValue, { maxKeys: 4 }),
        async (sub, options) => {
          const interaction = slashCommand(sub, options);
          fake.dispatch('INTERACTION_CREATE', interaction);
          const callback = await fake.waitForRequest(
            (r: RecordedRequest) => r.path.startsWith(`/interactions/${interaction.id}/`),
            'the answer',
          );
          const data = (callback.body as { data?: { content?: string } }).data;
          expect(data?.content ?? '').not.toContain(CORE_APOLOGY);
          expect(data?.content).toMatch(/^\*\*You said: |\nUsage: `\/initiatives /);
        },
      ),
      { numRuns: 80 },
    );
    expect(logger.entries.filter((e) => e.level === 'error')).toEqual([]);
  });
});
