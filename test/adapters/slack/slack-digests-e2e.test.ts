import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDigestWorld, type DigestWorld } from './digest-world.js';

let world: DigestWorld;

beforeEach(async () => {
  world = await createDigestWorld('2026-11-24T08:57:00Z');
});
afterEach(async () => {
  await world.close();
});

/** The header block's text of a posted message. */
function headerOf(body: Record<string, unknown>): string | undefined {
  const blocks = body.blocks as Array<{ type: string; text?: { text: string } }>;
  return blocks.find((b) => b.type === 'header')?.text?.text;
}

describe('Slack digests end to end (real Bolt app, fake Slack, injected clock)', () => {
  it('a /initiatives digest subscription posts chat.postMessage to that channel at its minute, and never twice across a restart', async () => {
    const first = await world.startProcess();
    const answer = await world.slash(first, 'digest subscribe daily 09:00', { channelId: 'C0DIGEST' });
    // The channel sees that it was subscribed.
    expect(answer.response_type).toBe('in_channel');
    const id = /^Digest ([a-z0-9]+) subscribed$/m.exec(String(answer.text))?.[1] ?? '';
    expect(headerOf(answer)).toBe(`Digest ${id} subscribed`);
    expect(String(answer.text)).toContain('every day at 09:00 UTC, next on Tue 24 Nov 2026 09:00.');

    await world.runUntil(first, '2026-11-24T08:59:59Z');
    expect(world.postsTo('C0DIGEST')).toEqual([]);
    await world.runUntil(first, '2026-11-24T09:00:00Z');
    const [post, ...others] = world.postsTo('C0DIGEST');
    expect(others).toEqual([]);
    expect(headerOf(post?.body ?? {})).toBe('Initiatives digest · Tue 24 Nov 2026 · all initiatives');
    expect(post?.body).toMatchObject({ channel: 'C0DIGEST', unfurl_links: 'false', unfurl_media: 'false' });
    const [row] = world.deliveries(id);
    expect(row).toMatchObject({
      scheduled_at: '2026-11-24T09:00:00.000Z',
      status: 'sent',
      late: 0,
      attempts: 1,
    });
    expect(String(post?.body.text)).toMatch(
      new RegExp(`stop it with: /initiatives digest unsubscribe ${id} · ref ${row?.id}$`),
    );
    // The message id recorded is the ts Slack gave the post.
    expect(row?.message_id).toBe(world.fake.channels.get('C0DIGEST')?.[0]?.ts);
    // Three cases (the default count), one section each.
    const blocks = (post?.body.blocks ?? []) as Array<{ type: string }>;
    const sections = blocks.filter((b) => b.type === 'section');
    expect(sections).toHaveLength(3);

    // Restart: stop everything, start again on the same DATA_DIR, past the slot.
    await first.stop();
    world.clock.set('2026-11-24T09:05:00Z');
    const second = await world.startProcess();
    expect(world.postsTo('C0DIGEST')).toHaveLength(1);
    const list = await world.slash(second, 'digest list', { channelId: 'C0DIGEST' });
    expect(String(list.text)).toContain('last Tue 24 Nov 2026 09:00, sent');

    // The restarted process keeps the schedule: the next day's slot, once.
    await world.skipTo(second, '2026-11-25T08:58:00Z');
    await world.runUntil(second, '2026-11-25T09:00:00Z');
    expect(world.postsTo('C0DIGEST')).toHaveLength(2);
    expect(world.deliveries(id).map((r) => [r.scheduled_at, r.status])).toEqual([
      ['2026-11-24T09:00:00.000Z', 'sent'],
      ['2026-11-25T09:00:00.000Z', 'sent'],
    ]);
  });

  it('a 429 with Retry-After is retried after that long, and the digest is posted once', async () => {
    const process = await world.startProcess();
    const id = await world.subscribe(process, 'daily 09:00', 'C0LIMITED');
    await world.runUntil(process, '2026-11-24T08:59:59Z');
    world.fake.failNext(
      'chat.postMessage',
      { ok: false, error: 'ratelimited' },
      { status: 429, headers: { 'retry-after': '30' } },
    );
    await world.runUntil(process, '2026-11-24T09:00:00Z');
    expect(world.postsTo('C0LIMITED')).toHaveLength(1);
    expect(world.fake.channels.get('C0LIMITED')).toBeUndefined();
    expect(world.deliveries(id)).toMatchObject([{ status: 'retrying', attempts: 1 }]);
    expect(process.digests.scheduler.wakeAt?.toISOString()).toBe('2026-11-24T09:00:30.000Z');

    await world.runUntil(process, '2026-11-24T09:00:30Z');
    expect(world.postsTo('C0LIMITED')).toHaveLength(2);
    expect(world.fake.channels.get('C0LIMITED')).toHaveLength(1);
    // A rate limit means Slack refused the post: nothing to look for before posting again.
    expect(world.fake.calls.filter((c) => c.name === 'conversations.history')).toEqual([]);
    const [row] = world.deliveries(id);
    expect(row).toMatchObject({ status: 'sent', attempts: 2, late: 0 });
    expect(row?.message_id).toBe(world.fake.channels.get('C0LIMITED')?.[0]?.ts);
  });

  it('channel_not_found pauses the subscription, digest list shows why, and resume starts it again', async () => {
    const process = await world.startProcess();
    const id = await world.subscribe(process, 'daily 09:00', 'C0GONE');
    await world.runUntil(process, '2026-11-24T08:59:59Z');
    world.fake.failNext('chat.postMessage', { ok: false, error: 'channel_not_found' });
    await world.runUntil(process, '2026-11-24T09:00:00Z');
    expect(world.deliveries(id)).toMatchObject([{ status: 'failed', error: 'channel_not_found' }]);
    expect(process.logger.entries).toContainEqual(
      expect.objectContaining({ level: 'warn', msg: 'digest refused by the platform; subscription paused' }),
    );

    const list = await world.slash(process, 'digest list', { channelId: 'C0GONE' });
    expect(String(list.text)).toContain(`paused: channel_not_found (resume with: digest resume ${id})`);
    expect(String(list.text)).toContain('last Tue 24 Nov 2026 09:00, failed: channel_not_found');

    // Paused: the next day's slot is not posted.
    await world.skipTo(process, '2026-11-25T08:58:00Z');
    await world.runUntil(process, '2026-11-25T09:00:00Z');
    expect(world.postsTo('C0GONE')).toHaveLength(1);

    const resumed = await world.slash(process, `digest resume ${id}`, { channelId: 'C0GONE' });
    expect(String(resumed.text)).toContain(
      'It had stopped because the platform refused a post: channel_not_found.',
    );
    await world.skipTo(process, '2026-11-26T08:58:00Z');
    await world.runUntil(process, '2026-11-26T09:00:00Z');
    expect(world.postsTo('C0GONE')).toHaveLength(2);
    expect(world.fake.channels.get('C0GONE')).toHaveLength(1);
  });

  it('with SLACK_DIGEST_MANAGERS set, others may list but not subscribe; a listed manager may', async () => {
    const process = await world.startProcess({ digestManagers: ['U0BOSS'] });
    const refused = await world.slash(process, 'digest subscribe daily 09:00', {
      channelId: 'C0TEAM',
      userId: 'U0ASKER',
    });
    expect(refused.response_type).toBe('ephemeral');
    expect(headerOf(refused)).toBe('You cannot change digests here');
    const list = await world.slash(process, 'digest list', { channelId: 'C0TEAM', userId: 'U0ASKER' });
    expect(headerOf(list)).toBe('No digests in this channel');

    const made = await world.slash(process, 'digest subscribe daily 09:00', {
      channelId: 'C0TEAM',
      userId: 'U0BOSS',
    });
    expect(headerOf(made)).toMatch(/^Digest [a-z0-9]+ subscribed$/);
    const id = headerOf(made)?.split(' ')[1] ?? '';
    const stopByOther = await world.slash(process, `digest unsubscribe ${id}`, {
      channelId: 'C0TEAM',
      userId: 'U0ASKER',
    });
    expect(headerOf(stopByOther)).toBe('You cannot change digests here');
    await world.runUntil(process, '2026-11-24T09:00:00Z');
    expect(world.postsTo('C0TEAM')).toHaveLength(1);
  });
});
