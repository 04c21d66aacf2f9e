import { MessageFlags, PermissionFlagsBits } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../../adapters/discord/escape.js';
import type { DiscordDigestPayload } from '../../../adapters/discord/payload.js';
import { createDigestWorld, type DigestWorld, digestCommand, MANAGER } from './digest-world.js';
import { CHANNEL_ID, DM_CHANNEL_ID, MOD_ROLE_ID, messageCreate } from './discord-payloads.js';
import type { RecordedRequest } from './fake-discord.js';

// The real discord.js client and the real digest engine (SQLite in a temporary DATA_DIR) on the
// built-in knowledge, against the fake Discord on 127.0.0.1; the scheduler runs on a fake clock
// and timer, so nothing waits for real time.

const REFUSED = 'Only members with Manage Channels or Manage Server can change digests in this channel.';
const isDigestPost = (r: RecordedRequest) =>
  r.method === 'POST' && r.path === `/channels/${CHANNEL_ID}/messages`;

let world: DigestWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

describe('Discord digests, end to end', () => {
  it('posts a digest subscribed with /initiatives digest subscribe at its minute, and never twice after a restart', async () => {
    world = await createDigestWorld('2026-11-24T08:58:30Z');
    const first = await world.startProcess();
    const confirmation = await world.interact(
      digestCommand(
        'subscribe',
        { schedule: 'daily 09:00', topic: 'health', count: 2 },
        { permissions: MANAGER },
      ),
    );
    expect(confirmation.data?.flags ?? 0).toBe(0);
    const id = /^\*\*Digest ([a-z0-9]+) subscribed\*\*$/.exec(confirmation.data?.content ?? '')?.[1] ?? '';
    expect(confirmation.data?.embeds[0]?.description).toContain(
      'every day at 09:00 UTC, next on Tue 24 Nov 2026 09:00.',
    );

    const wakes = await world.runUntil(first, () => world?.digestPosts().length !== 0);
    expect(wakes).toEqual(['2026-11-24T08:59:30.000Z', '2026-11-24T09:00:00.000Z']);
    const [delivery] = world.deliveries();
    const [message] = world.fake.messagesIn(CHANNEL_ID);
    expect(world.deliveries()).toEqual([
      {
        id: delivery?.id,
        subscription_id: id,
        scheduled_at: '2026-11-24T09:00:00.000Z',
        status: 'sent',
        late: 0,
        attempts: 1,
        error: null,
        message_id: message?.id,
      },
    ]);
    expect(message?.timestamp).toBe('2026-11-24T09:00:00.000Z');

    const body = world.digestPosts()[0]?.body as DiscordDigestPayload;
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.nonce).toBe(delivery?.id);
    expect(body.content).toBe('**Initiatives digest · Tue 24 Nov 2026 · topic: health**');
    const expected = first.bot
      .matchCases({ topic: 'health' })
      .slice(0, 2)
      .map((c) => escapeMarkdown(c.title));
    expect(body.embeds.flatMap((e) => e.fields?.map((f) => f.name) ?? [])).toEqual(expected);
    expect(body.embeds.at(-1)?.footer?.text).toBe(
      `Digest ${id} · every day at 09:00 UTC · stop it with: /initiatives digest unsubscribe id:${id} · ref ${delivery?.id}`,
    );

    // A restart past the slot: the slot is in the database, so nothing is posted again.
    await world.stopProcess(first);
    world.clock.set('2026-11-24T09:20:00Z');
    const second = await world.startProcess();
    expect(world.digestPosts()).toHaveLength(1);
    const list = await world.interact(digestCommand('list'));
    expect(list.data?.flags).toBe(MessageFlags.Ephemeral);
    expect(list.data?.embeds[0]?.description).toMatch(
      new RegExp(`^${id}: every day at 09:00 UTC · .* · last Tue 24 Nov 2026 09:00, sent$`),
    );

    // The next slot is posted by the new process, once.
    world.clock.set('2026-11-25T09:00:00Z');
    await second.digests.scheduler.tick();
    await second.digests.scheduler.tick();
    const nonces = world.digestPosts().map((r) => (r.body as DiscordDigestPayload).nonce);
    expect(nonces).toHaveLength(2);
    expect(new Set(nonces).size).toBe(2);
  });

  it('refuses changes from members without Manage Channels or Manage Server, by slash command and by message', async () => {
    world = await createDigestWorld('2026-11-24T08:00:00Z');
    await world.startProcess();
    const refused = await world.interact(digestCommand('subscribe', { schedule: 'daily 09:00' }));
    expect(refused.data?.flags).toBe(MessageFlags.Ephemeral);
    expect(refused.data?.content).toBe('**You cannot change digests here**');
    expect(refused.data?.embeds[0]?.description).toBe(REFUSED);
    const empty = await world.interact(digestCommand('list'));
    expect(empty.data?.content).toBe('**No digests in this channel**');

    const id = await world.subscribe({ schedule: 'daily 09:00' });
    const pause = await world.interact(digestCommand('pause', { id }));
    expect(pause.data?.content).toBe('**You cannot change digests here**');
    const serverManager = PermissionFlagsBits.ViewChannel | PermissionFlagsBits.ManageGuild;
    const paused = await world.interact(digestCommand('pause', { id }, { permissions: serverManager }));
    expect(paused.data?.content).toBe(`**Digest ${id} paused**`);

    // By message: the member's roles in the channel decide; a refusal goes to their DMs.
    const member = messageCreate({ content: `!initiatives digest unsubscribe ${id}` });
    world.fake.dispatch('MESSAGE_CREATE', member);
    const dm = await world.fake.waitForRequest(
      (r) =>
        r.method === 'POST' &&
        /^\/channels\/\d+\/messages$/.test(r.path) &&
        (r.body as { content?: string }).content === '**You cannot change digests here**',
      'the refusal in a DM',
    );
    expect(dm.path).not.toBe(`/channels/${CHANNEL_ID}/messages`);
    const moderator = messageCreate({
      content: `!initiatives digest unsubscribe ${id}`,
      roles: [MOD_ROLE_ID],
    });
    world.fake.dispatch('MESSAGE_CREATE', moderator);
    const reply = await world.fake.waitForRequest(
      (r) =>
        (r.body as { message_reference?: { message_id: string } })?.message_reference?.message_id ===
        moderator.id,
      'the reply to the moderator',
    );
    expect((reply.body as { content: string }).content).toBe(`**Digest ${id} unsubscribed**`);
  });

  it('pauses the subscription when Discord says Unknown Channel, shows why in digest list, and resumes', async () => {
    world = await createDigestWorld('2026-11-24T08:59:00Z');
    const process = await world.startProcess();
    const id = await world.subscribe({ schedule: 'daily 09:00' });
    world.fake.respondOnce(isDigestPost, { status: 404, body: { message: 'Unknown Channel', code: 10003 } });
    await world.runUntil(process, () => world?.digestPosts().length !== 0);
    expect(world.deliveries()).toMatchObject([{ status: 'failed', error: 'Unknown Channel' }]);
    expect(world.logged(process, 'digest refused by the platform; subscription paused')).toHaveLength(1);

    const list = await world.interact(digestCommand('list'));
    expect(list.data?.embeds[0]?.description).toContain(
      `paused: Unknown Channel (resume with: digest resume ${id})`,
    );
    world.clock.set('2026-11-25T09:00:00Z');
    await process.digests.scheduler.tick();
    expect(world.digestPosts()).toHaveLength(1);

    const resumed = await world.interact(digestCommand('resume', { id }, { permissions: MANAGER }));
    expect(resumed.data?.content).toBe(`**Digest ${id} resumed**`);
    expect(resumed.data?.embeds[0]?.description).toContain('the platform refused a post: Unknown Channel');
    world.clock.set('2026-11-26T09:00:00Z');
    await process.digests.scheduler.tick();
    expect(world.digestPosts()).toHaveLength(2);
    expect(world.fake.messagesIn(CHANNEL_ID)).toHaveLength(1);
  });

  it('resolves a crash between claim and answer with findDelivery: found in the channel, marked sent, not posted again', async () => {
    world = await createDigestWorld('2026-11-24T08:59:30Z');
    const crashed = await world.startProcess();
    await world.subscribe({ schedule: 'daily 09:00' });
    const held = world.fake.hold(isDigestPost);
    // The post reaches Discord, but the process dies before hearing back.
    const { at, tick } = await world.wake(crashed);
    expect(at.toISOString()).toBe('2026-11-24T09:00:00.000Z');
    await held.reached;
    expect(world.deliveries()).toMatchObject([{ status: 'claimed' }]);

    world.clock.set('2026-11-24T09:04:00Z'); // past the claim's lease
    const next = await world.startProcess();
    const [message] = world.fake.messagesIn(CHANNEL_ID);
    expect(world.digestPosts()).toHaveLength(1);
    expect(world.deliveries()).toMatchObject([{ status: 'sent', message_id: message?.id }]);
    expect(world.logged(next, 'interrupted digest found in the channel; marked sent')).toHaveLength(1);
    expect(world.fake.sent('GET', new RegExp(`^/channels/${CHANNEL_ID}/messages$`))).toHaveLength(1);

    held.release();
    await tick;
    await world.stopProcess(crashed);
    expect(world.fake.messagesIn(CHANNEL_ID)).toHaveLength(1);
  });

  it('posts, late, a digest whose post never reached Discord before the crash', async () => {
    world = await createDigestWorld('2026-11-24T08:59:30Z');
    const crashed = await world.startProcess();
    await world.subscribe({ schedule: 'daily 09:00' });
    const held = world.fake.hold(isDigestPost, 'the lost post', { takeEffect: false });
    const { tick } = await world.wake(crashed);
    await held.reached;
    expect(world.fake.messagesIn(CHANNEL_ID)).toHaveLength(0);

    world.clock.set('2026-11-24T09:04:00Z');
    const next = await world.startProcess();
    const [message] = world.fake.messagesIn(CHANNEL_ID);
    expect(world.fake.messagesIn(CHANNEL_ID)).toHaveLength(1);
    expect(message?.content).toContain('_Posted late: this digest was due Tue 24 Nov 2026 09:00._');
    expect(world.deliveries()).toMatchObject([{ status: 'sent', message_id: message?.id }]);

    // The stuck process hears of its lost request at last (a network error): the delivery is
    // no longer its claim, so the row stays sent and nothing is posted again.
    held.release();
    await tick;
    await world.stopProcess(crashed);
    expect(world.deliveries()).toMatchObject([{ status: 'sent', message_id: message?.id }]);
    world.clock.set('2026-11-24T09:05:00Z');
    await next.digests.scheduler.tick();
    expect(world.fake.messagesIn(CHANNEL_ID)).toHaveLength(1);
  });

  it('lets the person in a DM manage its digests, and posts them there', async () => {
    world = await createDigestWorld('2026-11-24T08:59:30Z');
    const process = await world.startProcess();
    await world.subscribe({ schedule: 'daily 09:00' }, { dm: true });
    await world.runUntil(process, () => world?.digestPosts(DM_CHANNEL_ID).length !== 0);
    expect(world.fake.messagesIn(DM_CHANNEL_ID)).toHaveLength(1);
    expect(world.digestPosts()).toHaveLength(0);
  });
});
