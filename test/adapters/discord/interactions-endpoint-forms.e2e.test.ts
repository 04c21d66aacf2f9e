import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIGEST_MODAL_ID } from '../../../adapters/discord/digest-modal.js';
import { FIND_RELATED_COMMAND } from '../../../adapters/discord/find-related.js';
import { renderDiscordReply } from '../../../adapters/discord/render.js';
import type { Bot } from '../../../src/index.js';
import { tempDir } from '../../digests/digest-fixtures.js';
import { openTestDigests } from '../../support/start-test-digests.js';
import { type DiscordEndpoint, startDiscordEndpoint, stopDiscordEndpoint } from './built-in-discord.js';
import { MANAGER } from './digest-world.js';
import { expectWithinDiscordLimits } from './discord-limits.js';
import { messageCommand, modalSubmit, slashCommand } from './discord-payloads.js';
import type { FakeDiscord } from './fake-discord.js';
import { createButtonIds } from './memory-button-ids.js';
import { recordingLogger } from './test-doubles.js';

// The digest form and "Find related cases" over the HTTP interactions endpoint, as `npm start`
// serves it with DISCORD_PUBLIC_KEY: signed requests in, the initial response (a modal, a
// message) in the HTTP response, nothing at the callback endpoint, the real digest store.

interface Callback {
  type: number;
  data: {
    custom_id?: string;
    components?: unknown[];
    content?: string;
    embeds?: unknown[];
    flags?: number;
    allowed_mentions?: unknown;
  };
}

let fake: FakeDiscord;
let url: string;
let endpoint: DiscordEndpoint | undefined;
let bot: Bot;
const dir = tempDir();

beforeAll(async () => {
  const opened = await openTestDigests({
    dataDir: dir.dir,
    now: () => new Date(),
    logger: recordingLogger(),
  });
  bot = opened.bot;
  endpoint = await startDiscordEndpoint(bot);
  ({ fake, url } = endpoint);
});

afterAll(async () => {
  await stopDiscordEndpoint(endpoint);
  dir.remove();
});

const callbacksTo = (id: string) => fake.requests.filter((r) => r.path.startsWith(`/interactions/${id}/`));

/** `/initiatives digest <sub>` with no options, by a member who may manage digests. */
function digestSub(sub: string) {
  const base = slashCommand(sub, {}, { permissions: MANAGER });
  const options = [{ type: 2, name: 'digest', options: [{ type: 1, name: sub, options: [] }] }];
  return { ...base, data: { ...base.data, options } };
}

describe('Discord forms and message commands over HTTP', () => {
  it('answers /initiatives digest setup with the modal in the HTTP response', async () => {
    const interaction = digestSub('setup');
    const answer = await fake.postInteraction(url, interaction);
    expect(answer.status).toBe(200);
    const callback = answer.body as Callback;
    expect(callback.type).toBe(9);
    expect(callback.data.custom_id).toBe(DIGEST_MODAL_ID);
    expect(callback.data.components).toHaveLength(5);
    expect(callbacksTo(interaction.id)).toEqual([]);
  });

  it('names the wrong fields of a submitted form privately', async () => {
    const interaction = modalSubmit(
      DIGEST_MODAL_ID,
      { schedule: 'weekly mon 09:00', country: '', topic: '', count: 'eleven', tz: 'Mars/Olympus' },
      { permissions: MANAGER },
    );
    const callback = (await fake.postInteraction(url, interaction)).body as Callback;
    expect(callback.type).toBe(4);
    expect(callback.data.flags).toBe(MessageFlags.Ephemeral);
    const named = [...(callback.data.content ?? '').matchAll(/^• \*\*(.+?)\*\*: /gm)].map((m) => m[1]);
    expect(named).toEqual(['Cases per digest', 'Time zone']);
  });

  it('subscribes the channel from a valid form, confirmed in the channel', async () => {
    const interaction = modalSubmit(
      DIGEST_MODAL_ID,
      { schedule: 'daily 07:30', country: '', topic: 'health', count: '', tz: '' },
      { permissions: MANAGER },
    );
    const callback = (await fake.postInteraction(url, interaction)).body as Callback;
    expect(callback.type).toBe(4);
    expect(callback.data.flags ?? 0).toBe(0);
    const id = /^\*\*Digest ([a-z0-9]+) subscribed\*\*$/.exec(callback.data.content ?? '')?.[1];
    expect(id).toBeDefined();
    const listed = (await fake.postInteraction(url, digestSub('list'))).body as Callback;
    expect(JSON.stringify(listed.data)).toContain(id ?? '');
  });

  it('answers "Find related cases" on a message in the HTTP response, as over the gateway', async () => {
    const text = 'Has anyone trained public officials in digital skills?';
    const interaction = messageCommand(FIND_RELATED_COMMAND, { content: text });
    const answer = await fake.postInteraction(url, interaction);
    expect(answer.status).toBe(200);
    const callback = answer.body as Callback;
    expect(callback.type).toBe(4);
    expect(callback.data.flags).toBe(MessageFlags.Ephemeral);
    const wanted = renderDiscordReply(
      await bot.answer(`similar to "${text}"`, { platform: 'discord', surface: { type: 'slash-command' } }),
      { buttonIds: createButtonIds() },
    );
    expect(callback.data).toMatchObject({
      content: wanted.content,
      embeds: wanted.embeds,
      allowed_mentions: { parse: [] },
    });
    expectWithinDiscordLimits(callback.data as never);
    expect(callbacksTo(interaction.id)).toEqual([]);
  });
});
