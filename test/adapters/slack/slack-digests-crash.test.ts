import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDigestWorld, type DigestWorld, type SlackProcess } from './digest-world.js';
import type { HeldCall } from './fake-slack-api.js';

let world: DigestWorld;
/** The process that "died": its post never got an answer, so its tick never ended. */
let crashed: { process: SlackProcess; held: HeldCall; tick: Promise<void> } | undefined;

beforeEach(async () => {
  world = await createDigestWorld('2026-11-24T08:57:00Z');
});
afterEach(async () => {
  if (crashed) {
    // Let the abandoned process finish so its timer and database are released.
    crashed.held.release();
    await crashed.tick;
    await crashed.process.stop();
    crashed = undefined;
  }
  await world.close();
});

/**
 * A process claims the 09:00 slot of a new subscription in `channel` and calls
 * chat.postMessage, which reaches Slack but never answers: then the process is gone.
 */
async function crashWhilePosting(channel: string): Promise<string> {
  const process = await world.startProcess();
  const id = await world.subscribe(process, 'daily 09:00', channel);
  await world.runUntil(process, '2026-11-24T08:59:59Z');
  const held = world.fake.hangNext('chat.postMessage');
  world.clock.set('2026-11-24T09:00:00Z');
  const tick = process.timer.fire();
  await held.arrived;
  crashed = { process, held, tick };
  expect(world.deliveries(id)).toMatchObject([{ status: 'claimed', attempts: 1 }]);
  return id;
}

const historyCalls = (channel: string) =>
  world.fake.calls.filter((c) => c.name === 'conversations.history' && c.body.channel === channel);

describe('Slack digests: a crash between claim and post', () => {
  it('is resolved at the next start by finding the post in conversations.history: marked sent, not posted again', async () => {
    const id = await crashWhilePosting('C0CRASH');
    const posted = world.fake.channels.get('C0CRASH') ?? [];
    expect(posted).toHaveLength(1);

    // A new process, once the dead one's claim (3 minutes) has run out.
    world.clock.set('2026-11-24T09:04:00Z');
    const next = await world.startProcess();

    expect(world.postsTo('C0CRASH')).toHaveLength(1);
    // It read the channel from a little before the slot (our clock and Slack's may differ).
    expect(historyCalls('C0CRASH').map((c) => c.body.oldest)).toEqual(['1795510500.000000']);
    expect(world.deliveries(id)).toMatchObject([
      { scheduled_at: '2026-11-24T09:00:00.000Z', status: 'sent', message_id: posted[0]?.ts },
    ]);
    expect(next.logger.entries.map((e) => e.msg)).toEqual(
      expect.arrayContaining([
        'taking over an interrupted digest',
        'interrupted digest found in the channel; marked sent',
      ]),
    );
    const list = await world.slash(next, 'digest list', { channelId: 'C0CRASH' });
    expect(String(list.text)).toContain('last Tue 24 Nov 2026 09:00, sent');
  });

  it('posts it then, marked late, when the post never reached the channel', async () => {
    const id = await crashWhilePosting('C0LOST');
    // The call died on the way: Slack never stored the message.
    world.fake.channels.delete('C0LOST');

    world.clock.set('2026-11-24T09:04:00Z');
    await world.startProcess();

    expect(historyCalls('C0LOST')).toHaveLength(1);
    const posts = world.postsTo('C0LOST');
    expect(posts).toHaveLength(2);
    expect(String(posts[1]?.body.text)).toContain('Posted late: this digest was due Tue 24 Nov 2026 09:00.');
    const stored = world.fake.channels.get('C0LOST') ?? [];
    expect(stored).toHaveLength(1);
    expect(world.deliveries(id)).toMatchObject([{ status: 'sent', late: 1, message_id: stored[0]?.ts }]);
  });
});
