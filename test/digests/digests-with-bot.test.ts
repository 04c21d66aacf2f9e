import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { RunningDigests } from '../../adapters/shared/open-digests.js';
import type { DigestKnowledge } from '../../src/digests/index.js';
import type { Bot, ChatContext } from '../../src/index.js';
import { startTestDigests } from '../support/start-test-digests.js';
import { FakePoster, fakeClock, recordingLogger, tempDir } from './digest-fixtures.js';

const ctx: ChatContext = {
  platform: 'discord',
  surface: { type: 'slash-command' },
  teamId: 'G1',
  channelId: 'D1',
  userId: '42',
  canManageDigests: true,
};

describe('digests through the bot, on the built-in knowledge', () => {
  const dir = tempDir();
  const clock = fakeClock('2026-11-24T08:00:00Z');
  const poster = new FakePoster(clock);
  let bot: Bot;
  let digests: RunningDigests;

  beforeAll(async () => {
    const posters = { discord: poster };
    const logger = recordingLogger();
    ({ bot, digests } = await startTestDigests({ posters, dataDir: dir.dir, now: clock.now, logger }));
  });
  afterAll(async () => {
    await digests.stop();
    dir.remove();
  });

  it('the bot is all the knowledge digests need', () => {
    expectTypeOf<Bot>().toExtend<DigestKnowledge>();
  });

  it('subscribes from a message, previews health cases, and posts them at the slot', async () => {
    const reply = await bot.answer('digest subscribe daily 09:00 topic health count 2', ctx);
    expect(reply.type === 'digest' && reply.heading).toMatch(/^Digest [a-z2-9]{6} subscribed$/);
    expect(reply.visibility).toBe('channel');
    const id = reply.type === 'digest' ? reply.heading.split(' ')[1] : '';

    const preview = await bot.answer(`digest preview ${id}`, { ...ctx, canManageDigests: false });
    expect(preview).toMatchObject({ type: 'digest', visibility: 'private' });
    expect(preview.shareCommand).toBeUndefined();
    const expected = bot
      .matchCases({ topic: 'health' })
      .slice(0, 2)
      .map((c) => c.id);
    expect(expected).toHaveLength(2);
    expect(preview.cases.map((c) => c.id)).toEqual(expected);

    clock.set('2026-11-24T09:00:00Z');
    await digests.scheduler.tick();
    expect(poster.posts).toHaveLength(1);
    const message = poster.posts[0]!.message;
    expect([...message.newCases, ...message.cases].map((c) => c.id)).toEqual(expected);
    expect(message.footer).toContain(`digest unsubscribe ${id}`);

    const next = await bot.answer(`digest preview ${id}`, ctx);
    expect(next.cases.map((c) => c.id)).not.toContain(expected[0]);
  });
});
