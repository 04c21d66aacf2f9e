import { MessageFlags } from 'discord.js';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DiscordConfig } from '../../../adapters/discord/config.js';
import { type RunningDiscord, startDiscord } from '../../../adapters/discord/main.js';
import type { ReplyContent } from '../../../src/replies/reply.js';
import { CORE_APOLOGY } from '../../support/core-apology.js';
import {
  buttonClick,
  CHANNEL_ID,
  slashCommand,
  TEST_APPLICATION_ID,
  TEST_TOKEN,
} from './discord-payloads.js';
import { FakeDiscord, type RecordedRequest } from './fake-discord.js';
import { deferred, helpReply, recordingLogger, scriptedBot } from './test-doubles.js';

// Interaction responses that fail on the way: the real discord.js client against the fake
// Discord, a scripted core.

interface Body {
  type?: number;
  content?: string;
  flags?: number;
  data?: { content?: string; flags?: number };
}

const digestPreview: ReplyContent = {
  type: 'digest',
  intent: { type: 'digest', command: { type: 'preview' } },
  heading: 'Next digest here',
  lines: ['Three cases on health'],
  scope: 'asker',
  cases: [],
  total: 0,
  actions: [],
};

let fake: FakeDiscord;
let running: RunningDiscord | undefined;
let pending = deferred<ReplyContent>();
const waits: number[] = [];
const logger = recordingLogger();
const bot = scriptedBot(async (text) =>
  text.startsWith('search') ? pending.promise : helpReply(`You said: ${text}`),
);
const config: DiscordConfig = { token: TEST_TOKEN, prefix: '!initiatives', messageContent: false };

beforeAll(async () => {
  fake = await new FakeDiscord().listen();
  running = await startDiscord({
    config: { ...config, apiUrl: fake.apiUrl },
    bot,
    logger,
    deferAfterMs: 50,
    // Recorded, not waited: no test sleeps for wall-clock time.
    sleep: async (ms) => {
      waits.push(ms);
    },
  });
});

beforeEach(() => {
  pending = deferred<ReplyContent>();
  waits.length = 0;
  bot.asked.length = 0;
});

afterEach(() => {
  fake.releaseAll();
});

afterAll(async () => {
  await running?.stop();
  await fake?.close();
});

const body = (r: RecordedRequest) => r.body as Body;
const originalOf = (interaction: { token: string }) => (r: RecordedRequest) =>
  r.method === 'PATCH' &&
  r.path === `/webhooks/${TEST_APPLICATION_ID}/${interaction.token}/messages/@original`;
const followUpOf = (interaction: { token: string }) => (r: RecordedRequest) =>
  r.method === 'POST' && r.path === `/webhooks/${TEST_APPLICATION_ID}/${interaction.token}`;
const callbackOf = (interaction: { id: string }) => (r: RecordedRequest) =>
  r.path.startsWith(`/interactions/${interaction.id}/`);
const channelPosts = () => fake.sent('POST', new RegExp(`^/channels/${CHANNEL_ID}/messages$`));

const serverError = { status: 500, body: { message: '500: Internal Server Error', code: 0 } };
const unknownWebhook = { status: 404, body: { message: 'Unknown Webhook', code: 10015 } };
const unknownInteraction = { status: 404, body: { message: 'Unknown interaction', code: 10062 } };

/** Dispatches a slash command whose answer is late (so it is deferred), and waits for the deferral. */
async function deferredCommand(values: Record<string, string | boolean> = {}) {
  const interaction = slashCommand('search', { query: 'slow', ...values });
  fake.dispatch('INTERACTION_CREATE', interaction);
  await fake.waitForRequest(callbackOf(interaction), 'the deferral');
  return interaction;
}

/** Resolves once the `n`th request matching `match` has arrived. */
function nth(match: (r: RecordedRequest) => boolean, n: number): Promise<RecordedRequest> {
  return fake.waitForRequest(
    (r) => match(r) && fake.requests.filter(match).length >= n,
    `request number ${n}`,
  );
}

/** Until `find` finds a log line (the fake's requests cannot say when a log line is written). */
function logged(find: (e: (typeof logger.entries)[number]) => boolean) {
  return expect.poll(() => logger.entries.find(find), { timeout: 5000 });
}

function expectNoApology() {
  expect(fake.requests.map((r) => JSON.stringify(r.body ?? '')).join('\n')).not.toContain(CORE_APOLOGY);
}

describe('an answer after a deferral', () => {
  it('is delivered when its edit fails once with 500 (discord.js retries that at once)', async () => {
    const interaction = await deferredCommand();
    fake.respondOnce(originalOf(interaction), serverError);
    pending.resolve(helpReply('Finally'));
    await nth(originalOf(interaction), 2);
    expect(fake.requests.filter(originalOf(interaction)).map((r) => body(r).content)).toEqual([
      '**Finally**',
      '**Finally**',
    ]);
    expect(waits).toEqual([]);
    expectNoApology();
  });

  it('is retried after 1 s when discord.js gave up after four 500s', async () => {
    const interaction = await deferredCommand();
    for (let i = 0; i < 4; i += 1) fake.respondOnce(originalOf(interaction), serverError);
    pending.resolve(helpReply('Persisted'));
    await nth(originalOf(interaction), 5);
    expect(waits).toEqual([1000]);
    await logged((e) => e.msg === 'discord response delivered on retry').toMatchObject({
      obj: { interactionId: interaction.id, step: 'editReply', attempts: 2 },
    });
    expectNoApology();
  });

  it('is retried after a dropped connection, which discord.js does not retry', async () => {
    const interaction = await deferredCommand();
    fake.dropOnce(originalOf(interaction));
    pending.resolve(helpReply('Through'));
    await nth(originalOf(interaction), 2);
    expect(waits).toEqual([1000]);
    expectNoApology();
  });

  it('a private follow-up is retried after a dropped connection', async () => {
    // Asked in public, answered privately: "Sent only to you." then the answer as a follow-up.
    const interaction = await deferredCommand({ public: true });
    fake.dropOnce(followUpOf(interaction));
    pending.resolve(digestPreview);
    await nth(followUpOf(interaction), 2);
    const delivered = fake.requests.filter(followUpOf(interaction)).at(-1);
    expect(body(delivered as RecordedRequest)).toMatchObject({
      content: '**Next digest here**',
      flags: MessageFlags.Ephemeral,
    });
    expect(waits).toEqual([1000]);
  });

  it('goes to the channel when the interaction is gone, if the answer was public', async () => {
    const before = channelPosts().length;
    const interaction = await deferredCommand({ public: true });
    fake.respondOnce(originalOf(interaction), unknownWebhook);
    pending.resolve(helpReply('For everyone'));
    await nth((r) => r.method === 'POST' && r.path === `/channels/${CHANNEL_ID}/messages`, before + 1);
    expect(body(channelPosts().at(-1) as RecordedRequest)).toMatchObject({ content: '**For everyone**' });
    expect(body(channelPosts().at(-1) as RecordedRequest).flags).toBeUndefined();
    expect(fake.requests.filter(originalOf(interaction))).toHaveLength(1);
    await logged(
      (e) =>
        e.msg === 'discord interaction could not be answered; answer posted in the channel' &&
        e.obj.interactionId === interaction.id,
    ).toMatchObject({ level: 'warn', obj: { step: 'editReply' } });
    expectNoApology();
  });

  it('is logged, not posted in the channel, when the interaction is gone and the answer was private', async () => {
    const before = channelPosts().length;
    const interaction = await deferredCommand();
    fake.respondOnce(originalOf(interaction), unknownWebhook);
    pending.resolve(helpReply('Only for you'));
    await logged(
      (e) => e.msg === 'could not deliver a Discord answer' && e.obj.interactionId === interaction.id,
    ).toMatchObject({ level: 'error', obj: { step: 'editReply', channelId: CHANNEL_ID } });
    expect(channelPosts()).toHaveLength(before);
    expectNoApology();
  });
});

describe('an answer in time', () => {
  it('goes to the channel when Discord no longer knows the interaction, if it was public', async () => {
    const before = channelPosts().length;
    const interaction = slashCommand('help', { public: true });
    fake.respondOnce(callbackOf(interaction), unknownInteraction);
    fake.dispatch('INTERACTION_CREATE', interaction);
    await nth((r) => r.method === 'POST' && r.path === `/channels/${CHANNEL_ID}/messages`, before + 1);
    expect(body(channelPosts().at(-1) as RecordedRequest).content).toBe('**You said: help**');
    expect(waits).toEqual([]);
  });
});

describe('a private answer to a click on a public message', () => {
  it('leaves the public message as it was and answers the clicker in a follow-up, when late', async () => {
    const click = buttonClick('r:search slow', { content: 'The public answer' });
    fake.dispatch('INTERACTION_CREATE', click);
    expect(body(await fake.waitForRequest(callbackOf(click), 'the deferral'))).toEqual({ type: 6 });
    pending.resolve(digestPreview);
    const followUp = await fake.waitForRequest(followUpOf(click), 'the follow-up');
    expect(body(followUp)).toMatchObject({ content: '**Next digest here**', flags: MessageFlags.Ephemeral });
    // The message everyone sees was not edited into "Sent only to you.".
    expect(fake.requests.filter(originalOf(click))).toEqual([]);
  });
});
