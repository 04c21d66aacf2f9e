import { type RunningDiscord, startDiscord } from '../../../adapters/discord/main.js';
import type { Bot, Logger } from '../../../src/index.js';
import { builtInBot } from '../../support/built-in-bot.js';
import { TEST_TOKEN } from './discord-payloads.js';
import { FakeDiscord } from './fake-discord.js';
import { recordingLogger } from './test-doubles.js';

/** The real discord.js client on the real core (built-in knowledge), connected to a fake Discord on 127.0.0.1. */
export interface BuiltInDiscord {
  fake: FakeDiscord;
  bot: Bot;
  running: RunningDiscord;
}

export interface BuiltInDiscordOptions {
  /** The privileged Message Content intent (prefix commands outside DMs); on by default. */
  messageContent?: boolean;
  logger?: Logger;
}

/** Starts the fake, the bot and the adapter, as each end-to-end test file needs them. */
export async function startBuiltInDiscord(options: BuiltInDiscordOptions = {}): Promise<BuiltInDiscord> {
  const fake = await new FakeDiscord({ heartbeatIntervalMs: 250 }).listen();
  const bot = await builtInBot();
  const running = await startDiscord({
    config: {
      token: TEST_TOKEN,
      prefix: '!initiatives',
      messageContent: options.messageContent ?? true,
      apiUrl: fake.apiUrl,
    },
    bot,
    logger: options.logger ?? recordingLogger(),
  });
  return { fake, bot, running };
}

/** Stops what {@link startBuiltInDiscord} started; safe when the start failed half-way. */
export async function stopBuiltInDiscord(world: Partial<BuiltInDiscord> | undefined): Promise<void> {
  await world?.running?.stop();
  await world?.fake?.close();
}
