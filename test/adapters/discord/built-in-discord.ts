import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
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

/** The adapter's HTTP interactions endpoint (DISCORD_PUBLIC_KEY set), served on 127.0.0.1. */
export interface DiscordEndpoint {
  fake: FakeDiscord;
  running: RunningDiscord;
  server: Server;
  /** Where the fake posts signed interactions (`fake.postInteraction(url, …)`). */
  url: string;
}

/**
 * Starts the fake and the adapter on `bot` with the fake's public key, and serves the adapter's
 * interactions endpoint, as `npm start` does when Discord sends interactions over HTTP.
 */
export async function startDiscordEndpoint(bot: Bot): Promise<DiscordEndpoint> {
  const fake = await new FakeDiscord().listen();
  const running = await startDiscord({
    config: {
      token: TEST_TOKEN,
      prefix: '!initiatives',
      messageContent: false,
      apiUrl: fake.apiUrl,
      publicKey: fake.publicKeyHex,
    },
    bot,
    logger: recordingLogger(),
  });
  const interactions = running.interactions;
  if (!interactions) throw new Error('no interactions endpoint with a public key');
  const server = createServer(interactions);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/discord/interactions`;
  return { fake, running, server, url };
}

/** Stops what {@link startDiscordEndpoint} started; safe when the start failed half-way. */
export async function stopDiscordEndpoint(endpoint: Partial<DiscordEndpoint> | undefined): Promise<void> {
  await new Promise((resolve) => (endpoint?.server ? endpoint.server.close(resolve) : resolve(undefined)));
  await endpoint?.running?.stop();
  await endpoint?.fake?.close();
}
