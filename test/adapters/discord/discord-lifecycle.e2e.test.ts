import { Events, GatewayCloseCodes, MessageFlags } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { DiscordConfig } from '../../../adapters/discord/config.js';
import { TOKEN_REFUSED_FIX } from '../../../adapters/discord/describe-gateway-close.js';
import { DiscordStartError, type RunningDiscord, startDiscord } from '../../../adapters/discord/main.js';
import { STOPPING_NOTICE } from '../../../adapters/discord/refuse-interaction.js';
import { createInFlight } from '../../../adapters/shared/in-flight.js';
import type { ReplyContent } from '../../../src/replies/reply.js';
import { BOT_USER, messageCreate, slashCommand, TEST_TOKEN } from './discord-payloads.js';
import { FakeDiscord } from './fake-discord.js';
import { deferred, helpReply, recordingLogger, scriptedBot } from './test-doubles.js';

// What Discord does to a running bot that discord.js will not recover from, and how a stop
// drains the adapter: over the fake gateway and REST API, with the real discord.js.

let fake: FakeDiscord;
let running: RunningDiscord | undefined;
let pending = deferred<ReplyContent>();
const bot = scriptedBot(async (text) =>
  text === 'search slow' ? pending.promise : helpReply(`You said: ${text}`),
);

async function start(overrides: Partial<DiscordConfig> = {}, logger = recordingLogger()) {
  fake = await new FakeDiscord().listen();
  const inFlight = createInFlight();
  const config: DiscordConfig = {
    token: TEST_TOKEN,
    prefix: '!initiatives',
    messageContent: true,
    apiUrl: fake.apiUrl,
    ...overrides,
  };
  return { config, inFlight, logger };
}

afterEach(async () => {
  await running?.stop();
  running = undefined;
  fake.releaseAll();
  await fake.close();
});

describe('a gateway that refuses the bot at start', () => {
  it('4004: the start fails, saying to reset the token and update DISCORD_TOKEN', async () => {
    const { config, logger } = await start();
    fake.refuseIdentify = GatewayCloseCodes.AuthenticationFailed;
    const started = startDiscord({ config, bot, logger });
    await expect(started).rejects.toBeInstanceOf(DiscordStartError);
    await expect(started).rejects.toThrow(TOKEN_REFUSED_FIX);
  });

  it('4014: the start fails, naming the Message Content intent and DISCORD_MESSAGE_CONTENT=false', async () => {
    const { config, logger } = await start();
    fake.refuseIdentify = GatewayCloseCodes.DisallowedIntents;
    await expect(startDiscord({ config, bot, logger })).rejects.toThrow(
      /Message Content Intent.*DISCORD_MESSAGE_CONTENT=false/,
    );
  });

  it('a token the REST API refuses: the same fix', async () => {
    const { config, logger } = await start();
    fake.rejectToken = true;
    await expect(startDiscord({ config, bot, logger })).rejects.toThrow(TOKEN_REFUSED_FIX);
  });
});

describe('a gateway that closes for good while running', () => {
  it.each([
    [GatewayCloseCodes.AuthenticationFailed, /DISCORD_TOKEN was refused/],
    [GatewayCloseCodes.InvalidShard, /one shard/],
    [GatewayCloseCodes.ShardingRequired, /2,500/],
    [GatewayCloseCodes.InvalidAPIVersion, /update it/],
    [GatewayCloseCodes.InvalidIntents, /bug/],
    [GatewayCloseCodes.DisallowedIntents, /DISCORD_MESSAGE_CONTENT=false/],
  ])('%i: closedForGood settles with the fix, and the log says it', async (code, fix) => {
    const { config, logger } = await start();
    running = await startDiscord({ config, bot, logger });
    fake.dropConnection(code);
    const refusal = await running.closedForGood;
    expect(refusal).toMatchObject({ code, fix: expect.stringMatching(fix) });
    expect(logger.entries).toContainEqual(
      expect.objectContaining({
        level: 'error',
        obj: expect.objectContaining({ code }),
        msg: expect.stringMatching(fix),
      }),
    );
  });

  it('a close discord.js recovers from (4000) is resumed and does not settle closedForGood', async () => {
    const { config, logger } = await start();
    running = await startDiscord({ config, bot, logger });
    const resumed = new Promise((resolve) => running?.gateway()?.once(Events.ShardResume, resolve));
    fake.dropConnection(4000);
    const first = await Promise.race([
      resumed.then(() => 'resumed'),
      running.closedForGood.then(() => 'closed'),
    ]);
    expect(first).toBe('resumed');
  });
});

describe('stopping', () => {
  it('finishes the answers it took, tells later askers it is restarting, and ignores later messages', async () => {
    const { config, logger, inFlight } = await start();
    running = await startDiscord({ config, bot, logger, inFlight, deferAfterMs: 50 });
    pending = deferred<ReplyContent>();
    const slow = slashCommand('search', { query: 'slow' });
    fake.dispatch('INTERACTION_CREATE', slow);
    await fake.waitForRequest((r) => r.path.startsWith(`/interactions/${slow.id}/`), 'the deferral');
    expect(inFlight.pending()).toMatchObject([{ kind: 'discord:interaction', id: slow.id }]);

    await running.stopAccepting();
    const late = slashCommand('search', { query: 'late' });
    fake.dispatch('INTERACTION_CREATE', late);
    const refusal = await fake.waitForRequest(
      (r) => r.path.startsWith(`/interactions/${late.id}/`),
      'the notice',
    );
    expect(refusal.body).toMatchObject({
      type: 4,
      data: { content: STOPPING_NOTICE, flags: MessageFlags.Ephemeral },
    });
    expect((refusal.body as { data: { allowed_mentions?: unknown } }).data.allowed_mentions).toEqual({
      parse: [],
      replied_user: false,
    });
    const mention = messageCreate({ content: `<@${BOT_USER.id}> countries`, mentionsBot: true });
    fake.dispatch('MESSAGE_CREATE', mention);

    pending.resolve(helpReply('the slow answer'));
    await inFlight.idle();
    const edit = fake.sent('PATCH', /\/messages\/@original$/);
    expect(JSON.stringify(edit.map((r) => r.body))).toContain('the slow answer');
    expect(fake.answered).toContain(edit[0]);
    expect(fake.requests.some((r) => JSON.stringify(r.body ?? '').includes(mention.id))).toBe(false);
  });
});
