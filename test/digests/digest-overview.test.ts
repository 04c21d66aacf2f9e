import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChatContext } from '../../src/chat-context.js';
import { createDigestHandler } from '../../src/digests/create-digest-handler.js';
import type { DigestHandler } from '../../src/digests/digest-handler.js';
import type { DigestStore } from '../../src/digests/digest-store.js';
import { replyToStoreFailures } from '../../src/digests/unavailable-digest-handler.js';
import { StoreError } from '../../src/store/store-error.js';
import {
  fakeClock,
  makeCase,
  makeKnowledge,
  recordingLogger,
  tempDir,
  testCountries,
} from './digest-fixtures.js';
import { openSqliteDigestStore } from './open-sqlite-digest-store.js';

// The overview a Slack App Home lists: every digest of one workspace, in the words `digest list`
// uses, paused ones with why, others with their next run; other workspaces and platforms left out.

const knowledge = makeKnowledge([makeCase('h1', { title: 'Health one', tags: ['health'] })]);
const clock = fakeClock('2026-11-24T10:00:00Z');
const slack = (teamId: string, channelId: string): ChatContext => ({
  platform: 'slack',
  surface: { type: 'slash-command' },
  teamId,
  channelId,
  userId: 'U1',
  canManageDigests: true,
});

let dir: ReturnType<typeof tempDir>;
let store: DigestStore;
let digests: DigestHandler;

beforeEach(() => {
  dir = tempDir();
  store = openSqliteDigestStore(dir.file);
  let seed = 0;
  digests = createDigestHandler({
    store,
    countries: testCountries,
    defaultTimezone: 'UTC',
    now: clock.now,
    logger: recordingLogger(),
    random: () => (Math.floor(seed++ / 6) % 20) / 31 + 0.001,
  });
});
afterEach(async () => {
  await store.close();
  dir.remove();
});

async function subscribe(ctx: ChatContext, args: string): Promise<string> {
  const reply = await digests.handle({ type: 'subscribe', args }, ctx, knowledge);
  const id = /^Digest ([a-z0-9]+) subscribed$/.exec(reply.heading)?.[1];
  if (!id) throw new Error(`not subscribed: ${reply.heading}`);
  return id;
}

describe('the digest overview', () => {
  it("lists one workspace's digests in words, paused ones with why", async () => {
    const weekly = await subscribe(slack('T1', 'C1'), 'weekly mon 09:00 topic health');
    const daily = await subscribe(slack('T1', 'C2'), 'daily 08:00 count 2');
    await subscribe(slack('T2', 'C1'), 'daily 08:00');
    await subscribe({ ...slack('T1', 'C1'), platform: 'discord' }, 'daily 08:00');
    await digests.handle({ type: 'pause', id: daily }, slack('T1', 'C2'), knowledge);

    const overview = await digests.overview({ platform: 'slack', teamId: 'T1' });
    expect(overview).toEqual({
      type: 'available',
      digests: [
        {
          id: weekly,
          target: { platform: 'slack', teamId: 'T1', channelId: 'C1' },
          schedule: 'every Monday at 09:00 UTC',
          contents: '3 cases per digest, topic: health',
          next: 'next on Mon 30 Nov 2026 09:00',
        },
        {
          id: daily,
          target: { platform: 'slack', teamId: 'T1', channelId: 'C2' },
          schedule: 'every day at 08:00 UTC',
          contents: '2 cases per digest, all initiatives',
          paused: { by: 'user', reason: 'paused by user U1' },
        },
      ],
    });
  });

  it('says why when the store fails, instead of failing the view', async () => {
    const failing: DigestHandler = {
      handle: () => Promise.reject(new Error('unused')),
      overview: () => Promise.reject(new StoreError('STORE_TIMEOUT', 'SQLite /srv/x.db is locked')),
    };
    const overview = await replyToStoreFailures(failing, recordingLogger()).overview({ platform: 'slack' });
    expect(overview).toEqual({
      type: 'unavailable',
      reason: 'The digest database is busy (another program holds it).',
    });
  });
});
