import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readDigestConfig } from '../../adapters/shared/digest-config.js';
import { ConfigError } from '../../adapters/shared/env-config.js';
import { openDigests, type RunningDigests } from '../../adapters/shared/open-digests.js';
import { readStoreConfig } from '../../adapters/shared/store-config.js';
import type { ChatContext } from '../../src/chat-context.js';
import {
  FakePoster,
  fakeClock,
  fakeTimer,
  makeCase,
  makeKnowledge,
  recordingLogger,
  tempDir,
} from './digest-fixtures.js';

describe('readDigestConfig', () => {
  it('has defaults for everything', () => {
    expect(readDigestConfig({})).toEqual({
      timezone: 'UTC',
      catchupMs: 6 * 3_600_000,
      postLeaseMs: 3 * 60_000,
    });
  });

  it('reads zones and durations', () => {
    expect(
      readDigestConfig({
        DIGEST_TZ: 'europe/paris',
        DIGEST_CATCHUP: '30m',
        DIGEST_POST_LEASE: '20s',
      }),
    ).toEqual({
      timezone: 'Europe/Paris',
      catchupMs: 1_800_000,
      postLeaseMs: 20_000,
    });
    expect(readDigestConfig({ DIGEST_CATCHUP: '1d' }).catchupMs).toBe(86_400_000);
    expect(readDigestConfig({ DIGEST_CATCHUP: '0' }).catchupMs).toBe(0);
  });

  it('names every bad variable at once', () => {
    let error: unknown;
    try {
      readDigestConfig({
        DIGEST_TZ: 'Mars/Olympus',
        DIGEST_CATCHUP: 'six hours',
        DIGEST_POST_LEASE: '0s',
      });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).issues.map((i) => i.variable)).toEqual([
      'DIGEST_TZ',
      'DIGEST_CATCHUP',
      'DIGEST_POST_LEASE',
    ]);
    expect((error as ConfigError).code).toBe('CONFIG_INVALID');
  });
});

describe('readStoreConfig', () => {
  it('keeps state in SQLite in data/ unless told otherwise', () => {
    expect(readStoreConfig({})).toEqual({ dataDir: 'data/' });
    expect(readStoreConfig({ DATA_DIR: '/var/lib/casebot', DATABASE_URL: '  ' })).toEqual({
      dataDir: '/var/lib/casebot',
    });
  });

  it('takes a PostgreSQL DATABASE_URL', () => {
    expect(
      readStoreConfig({ DATABASE_URL: 'postgresql://casebot:s3cret@db.example.org:5432/casebot' }),
    ).toEqual({
      dataDir: 'data/',
      databaseUrl: 'postgresql://casebot:s3cret@db.example.org:5432/casebot',
    });
  });

  it('refuses a DATABASE_URL that is no PostgreSQL URL, without repeating its password', () => {
    let error: unknown;
    try {
      readStoreConfig({ DATABASE_URL: 'mysql://casebot:s3cret@db.example.org/casebot' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const issues = (error as ConfigError).issues;
    expect(issues.map((i) => i.variable)).toEqual(['DATABASE_URL']);
    expect(issues[0]?.message).toMatch(/^must be a PostgreSQL URL/);
    expect((error as ConfigError).message).not.toContain('s3cret');
  });
});

describe('openDigests', () => {
  const dir = tempDir();
  const running: RunningDigests[] = [];
  afterEach(async () => {
    for (const digests of running.splice(0)) await digests.stop();
    dir.remove();
  });

  it('creates DATA_DIR and its database, takes commands, posts on time, and never re-posts after a restart', async () => {
    const clock = fakeClock('2026-11-24T08:00:00Z');
    const poster = new FakePoster(clock);
    const bot = makeKnowledge([makeCase('a'), makeCase('b')]);
    const dataDir = join(dir.dir, 'nested', 'data');
    const start = async () => {
      const timer = fakeTimer();
      const opened = await openDigests({
        store: { dataDir },
        config: { timezone: 'Europe/Paris', catchupMs: 6 * 3_600_000 },
        logger: recordingLogger(),
        now: clock.now,
        timer,
      });
      if (opened.type !== 'available') throw opened.error;
      const digests = opened.start({ knowledge: bot, posters: { slack: poster } });
      running.push(digests);
      return { digests, handler: opened.handler, timer };
    };

    const first = await start();
    await first.digests.ready;
    expect(existsSync(join(dataDir, 'casebot.db'))).toBe(true);
    const ctx: ChatContext = {
      platform: 'slack',
      surface: { type: 'slash-command' },
      teamId: 'T1',
      channelId: 'C1',
      userId: 'U1',
      canManageDigests: true,
    };
    const reply = await first.handler.handle({ type: 'subscribe', args: 'daily 10:00' }, ctx, bot);
    expect(reply.type === 'digest' && reply.lines[0]).toBe(
      'every day at 10:00 Europe/Paris, next on Tue 24 Nov 2026 10:00.',
    );
    // The scheduler wakes at least once a minute (to see other processes' subscriptions), and at the slot.
    const wakes: string[] = [];
    while (poster.posts.length === 0 && wakes.length < 100) {
      const wakeAt = first.digests.scheduler.wakeAt;
      if (!wakeAt) {
        await first.digests.scheduler.tick(); // lets the re-arming that the subscription asked for finish
        continue;
      }
      wakes.push(wakeAt.toISOString());
      clock.set(wakeAt);
      await first.timer.fire();
    }
    expect(wakes).toHaveLength(60);
    expect(wakes.at(-2)).toBe('2026-11-24T08:59:00.000Z');
    expect(poster.posts.map((p) => [p.target, p.at.toISOString()])).toEqual([
      [{ platform: 'slack', teamId: 'T1', channelId: 'C1' }, '2026-11-24T09:00:00.000Z'],
    ]);
    await first.digests.stop();

    clock.set('2026-11-24T09:05:00Z');
    const second = await start();
    await second.digests.ready;
    expect(poster.posts).toHaveLength(1);
    const list = await second.handler.handle({ type: 'list' }, ctx, bot);
    expect(list.type === 'digest' && list.lines[0]).toMatch(/last Tue 24 Nov 2026 10:00, sent$/);
  });
});
