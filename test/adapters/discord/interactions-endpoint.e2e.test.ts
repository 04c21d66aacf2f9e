import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Client, Events, MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createButtonContexts } from '../../../adapters/discord/button-contexts.js';
import { createDiscordClient } from '../../../adapters/discord/client.js';
import { createInteractionFeeder } from '../../../adapters/discord/feed-interaction.js';
import { handleInteraction } from '../../../adapters/discord/handle-interaction.js';
import type { HandlerDeps } from '../../../adapters/discord/handler-deps.js';
import { createHttpInteractionResponses } from '../../../adapters/discord/http-interaction-responses.js';
import { parseDiscordPublicKey } from '../../../adapters/discord/interaction-request-gate.js';
import { createInteractionsEndpoint } from '../../../adapters/discord/interactions-endpoint.js';
import { renderDiscordReply } from '../../../adapters/discord/render.js';
import { createMemoryClaims } from '../../../adapters/shared/memory-claims.js';
import { createMemoryContexts } from '../../../adapters/shared/memory-contexts.js';
import type { Bot, Surface } from '../../../src/index.js';
import { builtInBot } from '../../support/built-in-bot.js';
import { autocomplete, buttonClick, slashCommand, TEST_TOKEN } from './discord-payloads.js';
import { FakeDiscord } from './fake-discord.js';
import { createButtonIds } from './memory-button-ids.js';
import { deferred, helpReply, recordingLogger, scriptedBot } from './test-doubles.js';

// Discord POSTs signed interactions to the endpoint; a discord.js client that never connects to
// the gateway turns them into interactions, the adapter's own handlers answer them, and their
// initial response goes back as the HTTP response. Edits and follow-ups go to the fake's REST API.

interface Callback {
  type: number;
  data?: {
    content?: string;
    embeds?: unknown[];
    components?: { components: { label: string; custom_id: string }[] }[];
    flags?: number;
    choices?: { name: string; value: string }[];
  };
}

let fake: FakeDiscord;
let bot: Bot;
const logger = recordingLogger();
const servers: Server[] = [];
const clients: Client[] = [];

/** An endpoint over `answerBot`, listening on 127.0.0.1; returns its URL. */
async function endpointFor(answerBot: Bot, deferAfterMs = 1500): Promise<string> {
  const responses = createHttpInteractionResponses();
  const client = createDiscordClient(
    { token: TEST_TOKEN, prefix: '!initiatives', messageContent: false, apiUrl: fake.apiUrl },
    { makeRequest: responses.makeRequest },
  );
  client.rest.setToken(TEST_TOKEN);
  clients.push(client);
  const deps: HandlerDeps = {
    bot: answerBot,
    logger,
    config: { token: TEST_TOKEN, prefix: '!', messageContent: false },
    buttons: createButtonContexts(createMemoryContexts()),
    deferAfterMs,
  };
  client.on(Events.InteractionCreate, (interaction) => void handleInteraction(interaction, deps));
  const endpoint = createInteractionsEndpoint({
    publicKey: parseDiscordPublicKey(fake.publicKeyHex),
    responses,
    feed: createInteractionFeeder(client),
    claims: createMemoryClaims(),
    logger,
  });
  const server = createServer(endpoint);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/discord/interactions`;
}

let url: string;

beforeAll(async () => {
  fake = await new FakeDiscord().listen();
  bot = await builtInBot();
  url = await endpointFor(bot);
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.destroy()));
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  await fake?.close();
});

const expected = async (text: string, surface: Surface) =>
  renderDiscordReply(await bot.answer(text, { platform: 'discord', surface }), {
    buttonIds: createButtonIds(),
  });

const callbacksTo = (id: string) => fake.requests.filter((r) => r.path.startsWith(`/interactions/${id}/`));

describe('Discord interactions over HTTP', () => {
  it('answers a PING with a PONG', async () => {
    const answer = await fake.postInteraction(url, {
      id: '1200000000000000001',
      type: 1,
      application_id: '1',
      version: 1,
    });
    expect(answer).toEqual({ status: 200, contentType: 'application/json', body: { type: 1 } });
  });

  it('answers a slash command in the HTTP response, as the gateway path answers it', async () => {
    const interaction = slashCommand('search', { query: 'participation' });
    const answer = await fake.postInteraction(url, interaction);
    expect(answer.status).toBe(200);
    const callback = answer.body as Callback;
    expect(callback.type).toBe(4);
    const wanted = await expected('search participation', { type: 'slash-command', requested: 'private' });
    expect(callback.data).toMatchObject({
      content: wanted.content,
      embeds: wanted.embeds,
      components: wanted.components,
      flags: MessageFlags.Ephemeral,
      allowed_mentions: { parse: [], replied_user: false },
    });
    // Nothing went to the callback endpoint: Discord wants the initial response in the HTTP one.
    expect(callbacksTo(interaction.id)).toEqual([]);
  });

  it('autocompletes in the HTTP response', async () => {
    const answer = await fake.postInteraction(url, autocomplete('country', 'name', 'kor'));
    const callback = answer.body as Callback;
    expect(callback.type).toBe(8);
    expect(callback.data?.choices?.[0]?.value).toBe(bot.countries().find((c) => c.code === 'KR')?.name);
  });

  it('updates the message a button sits on', async () => {
    const first = (await fake.postInteraction(url, slashCommand('search', { query: 'government' })))
      .body as Callback;
    const more = first.data?.components
      ?.flatMap((row) => row.components)
      .find((b) => b.label === 'More results');
    const click = buttonClick(more?.custom_id ?? '', { ...first.data, flags: MessageFlags.Ephemeral });
    const callback = (await fake.postInteraction(url, click)).body as Callback;
    expect(callback.type).toBe(7);
    const wanted = await expected('search government page 2', { type: 'button', on: 'private-message' });
    expect(callback.data).toMatchObject({ content: wanted.content, embeds: wanted.embeds });
  });

  it('defers a slow answer in the HTTP response, then edits it through the webhook', async () => {
    const gate = deferred<void>();
    const slowUrl = await endpointFor(
      scriptedBot(async () => {
        await gate.promise;
        return helpReply('Slow but here');
      }),
      20,
    );
    const interaction = slashCommand('help');
    const answer = await fake.postInteraction(slowUrl, interaction);
    expect(answer.body).toEqual({ type: 5, data: { flags: MessageFlags.Ephemeral } });
    gate.resolve();
    const edit = await fake.waitForRequest(
      (r) => r.method === 'PATCH' && r.path.includes(`/webhooks/`) && r.path.includes(interaction.token),
      'the edit of the deferred answer',
    );
    expect(JSON.stringify(edit.body)).toContain('Slow but here');
    expect(callbacksTo(interaction.id)).toEqual([]);
  });

  it('answers an interaction delivered twice once', async () => {
    const interaction = slashCommand('countries');
    const [a, b] = await Promise.all([
      fake.postInteraction(url, interaction),
      fake.postInteraction(url, interaction),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
  });

  it.each([
    ['a bad signature', { signature: 'bad' as const }, 401],
    ['no signature', { signature: 'missing' as const }, 401],
    ['a timestamp 6 minutes old', { timestamp: Math.floor(Date.now() / 1000) - 360 }, 401],
    ['a timestamp 6 minutes ahead', { timestamp: Math.floor(Date.now() / 1000) + 360 }, 401],
    ['a body other than the one signed', { body: '{"type":1,"id":"1"}' }, 401],
  ])('refuses %s, logged at debug without the body', async (_what, tamper, status) => {
    const interaction = slashCommand('search', { query: 'secret-words-in-the-body' });
    const before = logger.entries.length;
    const answer = await fake.postInteraction(url, interaction, tamper);
    expect(answer.status).toBe(status);
    const logged = logger.entries.slice(before);
    expect(logged).toEqual([
      expect.objectContaining({ level: 'debug', msg: 'refused a Discord interaction request' }),
    ]);
    expect(JSON.stringify(logged)).not.toContain('secret-words-in-the-body');
    expect(callbacksTo(interaction.id)).toEqual([]);
  });

  it('refuses a signed body that is no interaction with 400, and a huge one with 413', async () => {
    expect((await fake.postInteraction(url, { hello: 'world' })).status).toBe(400);
    expect((await fake.postInteraction(url, { id: '1', type: 99, token: 't' })).status).toBe(400);
    const huge = { ...slashCommand('help'), padding: 'x'.repeat(1024 * 1024) };
    expect((await fake.postInteraction(url, huge)).status).toBe(413);
  });

  it('refuses other methods', async () => {
    expect((await fetch(url)).status).toBe(405);
  });
});
