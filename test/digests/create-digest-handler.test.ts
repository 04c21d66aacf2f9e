import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ChatContext, CONSOLE_CONTEXT } from '../../src/chat-context.js';
import { createDigestHandler } from '../../src/digests/create-digest-handler.js';
import type { DigestStore } from '../../src/digests/digest-store.js';
import { MAX_SUBSCRIPTIONS_PER_CHANNEL } from '../../src/digests/handle-digest-subscribe.js';
import type { DigestCommand } from '../../src/intents/intent.js';
import type { ReplyContent } from '../../src/replies/reply.js';
import {
  fakeClock,
  makeCase,
  makeKnowledge,
  recordingLogger,
  tempDir,
  testCountries,
} from './digest-fixtures.js';
import { openSqliteDigestStore } from './open-sqlite-digest-store.js';

const manager: ChatContext = {
  platform: 'slack',
  surface: { type: 'slash-command' },
  teamId: 'T1',
  channelId: 'C1',
  userId: 'U1',
  canManageDigests: true,
};
const member: ChatContext = { ...manager, userId: 'U2', canManageDigests: false };
const elsewhere: ChatContext = { ...manager, channelId: 'C2' };
const discordMember: ChatContext = {
  platform: 'discord',
  surface: { type: 'slash-command' },
  teamId: 'G1',
  channelId: 'D1',
  userId: '42',
  canManageDigests: false,
};

let dir: ReturnType<typeof tempDir>;
let store: DigestStore;
/** The handler with the test's cases, which the bot passes with each command. */
let handler: { handle(command: DigestCommand, ctx: ChatContext): Promise<ReplyContent> };
let changes: number;
const clock = fakeClock('2026-11-24T10:00:00Z');
const knowledge = makeKnowledge([
  makeCase('h1', { title: 'Health one', tags: ['health'] }),
  makeCase('h2', { title: 'Health two', tags: ['health'] }),
  makeCase('u1', { title: 'Elsewhere', countries: ['US'] }),
]);

beforeEach(() => {
  dir = tempDir();
  store = openSqliteDigestStore(dir.file);
  changes = 0;
  clock.set('2026-11-24T10:00:00Z');
  let seed = 0;
  const digests = createDigestHandler({
    store,
    countries: testCountries,
    defaultTimezone: 'UTC',
    now: clock.now,
    logger: recordingLogger(),
    // Ids come out as aaaaaa, bbbbbb, …: one letter per subscription.
    random: () => (Math.floor(seed++ / 6) % 20) / 31 + 0.001,
    onChange: () => {
      changes += 1;
    },
  });
  handler = { handle: (command, ctx) => digests.handle(command, ctx, knowledge) };
});
afterEach(async () => {
  await store.close();
  dir.remove();
});

const subscribe = (args: string, ctx: ChatContext = manager) =>
  handler.handle({ type: 'subscribe', args }, ctx);
const digestOf = (reply: ReplyContent) => {
  if (reply.type !== 'digest') throw new Error(`expected a digest reply, got ${reply.type}`);
  return reply;
};
const body = (reply: ReplyContent) => {
  const { heading, lines, scope } = digestOf(reply);
  return { heading, lines, scope };
};

describe('digest subscribe', () => {
  it('confirms in words, with the next run and the id, and reschedules', async () => {
    const command: DigestCommand = {
      type: 'subscribe',
      args: 'weekly mon 09:00 country France topic health count 3 tz Europe/Paris',
    };
    expect(await handler.handle(command, manager)).toEqual({
      about: 'aaaaaa',
      type: 'digest',
      intent: { type: 'digest', command },
      heading: 'Digest aaaaaa subscribed',
      lines: [
        'every Monday at 09:00 Europe/Paris, next on Mon 30 Nov 2026 09:00.',
        '3 cases per digest, 🇫🇷 France · topic: health.',
        'Stop it with: digest unsubscribe aaaaaa',
      ],
      scope: 'channel',
      cases: [],
      total: 0,
      actions: [],
    });
    expect(changes).toBe(1);
    expect(await store.getSubscription('aaaaaa')).toMatchObject({
      target: { platform: 'slack', teamId: 'T1', channelId: 'C1' },
      createdBy: 'U1',
      country: 'FR',
      topic: 'health',
    });
  });

  it('answers a mistake privately with what is wrong and an example', async () => {
    expect(body(await subscribe('weekly funday'))).toEqual({
      heading: 'That digest needs a fix',
      lines: [
        '"funday" is not a day of the week: use mon, tue, wed, thu, fri, sat or sun.',
        'Try: digest subscribe weekly mon 09:00 topic health',
      ],
      scope: 'asker',
    });
    expect(await store.listSubscriptions()).toEqual([]);
  });

  it('warns when no case matches the filters yet', async () => {
    const lines = digestOf(await subscribe('daily topic quantum')).lines;
    expect(lines).toContain('No case matches these filters yet: digests are skipped until one does.');
  });

  it('refuses people who may not manage the channel, naming the rule of their platform', async () => {
    expect(body(await subscribe('daily', member))).toEqual({
      heading: 'You cannot change digests here',
      lines: [
        'Only members of this channel can change its digests (or, where the workspace set SLACK_DIGEST_MANAGERS, the people it lists).',
      ],
      scope: 'asker',
    });
    expect(digestOf(await subscribe('daily', discordMember)).lines).toEqual([
      'Only members with Manage Channels or Manage Server can change digests in this channel.',
    ]);
    expect(await store.listSubscriptions()).toEqual([]);
    expect(changes).toBe(0);
  });

  it(`allows at most ${MAX_SUBSCRIPTIONS_PER_CHANNEL} digests per channel`, async () => {
    for (let i = 0; i < MAX_SUBSCRIPTIONS_PER_CHANNEL; i += 1) await subscribe('daily');
    expect(body(await subscribe('daily')).heading).toBe('Too many digests here');
    expect(await store.listSubscriptions()).toHaveLength(MAX_SUBSCRIPTIONS_PER_CHANNEL);
  });

  it('needs a channel: the console has none', async () => {
    const reply = await handler.handle({ type: 'list' }, CONSOLE_CONTEXT);
    expect(body(reply)).toMatchObject({ heading: 'Digests need a channel', scope: 'asker' });
  });
});

describe('digest list', () => {
  it('shows each subscription with filters, next run, last delivery and a pause reason; anyone may ask', async () => {
    await subscribe('daily 09:00 topic health count 2');
    await subscribe('weekly fri 17:30 tz America/New_York');
    await store.claimSlot({
      id: 'dl-1',
      subscriptionId: 'aaaaaa',
      target: { platform: 'slack', teamId: 'T1', channelId: 'C1' },
      scheduledAt: new Date('2026-11-24T09:00:00Z'),
      status: 'claimed',
      late: false,
      caseIds: ['h1', 'h2'],
      newCaseIds: [],
      claimedAt: new Date('2026-11-24T09:00:00Z'),
    });
    await store.markSent('dl-1', { messageId: 'm1', sentAt: new Date('2026-11-24T09:00:01Z'), late: true });
    await store.pauseSubscription('bbbbbb', { by: 'error', reason: 'not_in_channel', at: clock.now() });

    expect(body(await handler.handle({ type: 'list' }, member))).toEqual({
      heading: 'Digests in this channel (2)',
      lines: [
        'aaaaaa: every day at 09:00 UTC · 2 cases per digest, topic: health · next on Wed 25 Nov 2026 09:00 · last Tue 24 Nov 2026 09:00, sent late',
        'bbbbbb: every Friday at 17:30 America/New_York · 3 cases per digest, all initiatives · paused: not_in_channel (resume with: digest resume bbbbbb) · nothing posted yet',
      ],
      scope: 'channel',
    });
    expect(body(await handler.handle({ type: 'list' }, elsewhere)).heading).toBe(
      'No digests in this channel',
    );
  });
});

describe('digest unsubscribe, pause and resume', () => {
  beforeEach(async () => {
    await subscribe('daily 09:00');
    changes = 0;
  });

  it('work only in the channel that owns the subscription', async () => {
    for (const command of [
      { type: 'unsubscribe', id: 'aaaaaa' },
      { type: 'pause', id: 'aaaaaa' },
      { type: 'resume', id: 'aaaaaa' },
    ] as const) {
      expect(body(await handler.handle(command, elsewhere))).toEqual({
        heading: 'No digest aaaaaa in this channel',
        lines: ['See the ids with: digest list'],
        scope: 'asker',
      });
    }
    expect((await store.getSubscription('aaaaaa'))?.paused).toBeUndefined();
    expect(changes).toBe(0);
  });

  it('need the right to manage the channel', async () => {
    const reply = await handler.handle({ type: 'unsubscribe', id: 'aaaaaa' }, member);
    expect(body(reply).heading).toBe('You cannot change digests here');
    expect(await store.getSubscription('aaaaaa')).toBeDefined();
  });

  it('unsubscribe removes it (ids are case-insensitive)', async () => {
    const reply = await handler.handle({ type: 'unsubscribe', id: 'AAAAAA' }, manager);
    expect(body(reply)).toEqual({
      heading: 'Digest aaaaaa unsubscribed',
      lines: ['No more posts every day at 09:00 UTC, 3 cases per digest, all initiatives.'],
      scope: 'channel',
    });
    expect(await store.getSubscription('aaaaaa')).toBeUndefined();
    expect(changes).toBe(1);
  });

  it('pause, then resume with the next run; pausing twice says so', async () => {
    expect(body(await handler.handle({ type: 'pause', id: 'aaaaaa' }, manager))).toEqual({
      heading: 'Digest aaaaaa paused',
      lines: ['Resume it with: digest resume aaaaaa'],
      scope: 'channel',
    });
    expect((await store.getSubscription('aaaaaa'))?.paused).toEqual({
      by: 'user',
      reason: 'paused by user U1',
      at: clock.now(),
    });
    expect(body(await handler.handle({ type: 'pause', id: 'aaaaaa' }, manager)).heading).toBe(
      'Digest aaaaaa is already paused',
    );
    clock.set('2026-11-26T12:00:00Z');
    expect(body(await handler.handle({ type: 'resume', id: 'aaaaaa' }, manager))).toEqual({
      heading: 'Digest aaaaaa resumed',
      lines: ['every day at 09:00 UTC, next on Fri 27 Nov 2026 09:00.'],
      scope: 'channel',
    });
    expect(await store.getSubscription('aaaaaa')).toMatchObject({ activeSince: clock.now() });
    expect((await store.getSubscription('aaaaaa'))?.paused).toBeUndefined();
    expect(body(await handler.handle({ type: 'resume', id: 'aaaaaa' }, manager)).heading).toBe(
      'Digest aaaaaa is not paused',
    );
    expect(changes).toBe(2);
  });

  it('act on the channel’s one digest when no id is given ("stop the weekly digest")', async () => {
    expect(body(await handler.handle({ type: 'pause' }, manager)).heading).toBe('Digest aaaaaa paused');
    expect(body(await handler.handle({ type: 'resume' }, manager)).heading).toBe('Digest aaaaaa resumed');
    expect(body(await handler.handle({ type: 'unsubscribe' }, manager)).heading).toBe(
      'Digest aaaaaa unsubscribed',
    );
    expect(await store.getSubscription('aaaaaa')).toBeUndefined();
    expect(body(await handler.handle({ type: 'pause' }, manager))).toMatchObject({
      heading: 'No digests in this channel',
      scope: 'asker',
    });
  });

  it('ask which digest, with the command for each, when the channel has several and no id is given', async () => {
    await subscribe('weekly fri 10:00 topic health');
    changes = 0;
    const reply = body(await handler.handle({ type: 'unsubscribe' }, manager));
    expect(reply.heading).toBe('Which digest? This channel has 2');
    expect(reply.scope).toBe('asker');
    expect(reply.lines).toHaveLength(2);
    expect(reply.lines[0]).toMatch(/^digest unsubscribe aaaaaa: every day at 09:00 UTC/);
    expect(reply.lines[1]).toMatch(/^digest unsubscribe bbbbbb: every Friday at 10:00 UTC, .*health/i);
    expect(await store.getSubscription('aaaaaa')).toBeDefined();
    expect(await store.getSubscription('bbbbbb')).toBeDefined();
    expect(changes).toBe(0);
  });

  it('resume after a permanent error says why it had stopped', async () => {
    await store.pauseSubscription('aaaaaa', { by: 'error', reason: 'is_archived', at: clock.now() });
    const lines = digestOf(await handler.handle({ type: 'resume', id: 'aaaaaa' }, manager)).lines;
    expect(lines).toContain('It had stopped because the platform refused a post: is_archived.');
  });
});

describe('digest preview and help', () => {
  it('shows the asker alone what the next digest would post; anyone may ask', async () => {
    await subscribe('daily 09:00 topic health count 1');
    const reply = digestOf(await handler.handle({ type: 'preview' }, member));
    expect(reply.scope).toBe('asker');
    expect(reply.heading).toBe('Initiatives digest · Wed 25 Nov 2026 · topic: health');
    expect(reply.lines).toEqual([
      'Preview of digest aaaaaa, due Wed 25 Nov 2026 09:00.',
      'Digest aaaaaa · every day at 09:00 UTC · stop it with: digest unsubscribe aaaaaa',
    ]);
    expect(reply.cases.map((c) => c.id)).toEqual(['h1']);
    expect(reply.total).toBe(1);
    expect(reply.cases[0]).not.toHaveProperty('sources');
  });

  it('previews a named subscription, and says when there is none', async () => {
    await subscribe('daily 09:00 topic health');
    await subscribe('weekly fri 09:00 country United States');
    const reply = digestOf(await handler.handle({ type: 'preview', id: 'bbbbbb' }, member));
    expect(reply.cases.map((c) => c.id)).toEqual(['u1']);
    expect(body(await handler.handle({ type: 'preview', id: 'zzzzzz' }, member)).heading).toBe(
      'No digest zzzzzz in this channel',
    );
    expect(body(await handler.handle({ type: 'preview' }, elsewhere))).toMatchObject({
      heading: 'No digests in this channel',
      scope: 'asker',
    });
  });

  it('help lists the commands privately, with the default zone', async () => {
    const reply = digestOf(await handler.handle({ type: 'help' }, CONSOLE_CONTEXT));
    expect(reply.heading).toBe('Channel digests');
    expect(reply.scope).toBe('asker');
    expect(reply.lines[0]).toContain('defaults: 09:00, Monday, 3 cases, UTC');
    expect(reply.lines).toContain(
      'Example: digest subscribe weekly mon 09:00 country France topic health count 3 tz Europe/Paris',
    );
  });
});
