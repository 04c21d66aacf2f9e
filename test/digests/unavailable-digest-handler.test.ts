import { describe, expect, it } from 'vitest';
import type { ChatContext } from '../../src/chat-context.js';
import type { DigestHandler } from '../../src/digests/digest-handler.js';
import {
  createUnavailableDigestHandler,
  replyToStoreFailures,
  storeProblemForUsers,
} from '../../src/digests/unavailable-digest-handler.js';
import { StoreError, type StoreErrorCode } from '../../src/store/store-error.js';
import { recordingLogger } from './digest-fixtures.js';

const ctx: ChatContext = {
  platform: 'discord',
  channelId: 'D1',
  userId: 'U1',
  surface: { type: 'direct-message' },
};

/** The bot's cases, passed with each command: no command here gets as far as reading them. */
const noCases = { matchCases: () => [] };

const LOCATION = '/srv/casebot/data/casebot.db';

function storeError(code: StoreErrorCode): StoreError {
  return new StoreError(code, `SQLite database ${LOCATION}: something specific; do the specific thing`);
}

function failingWith(err: unknown): DigestHandler {
  return {
    async handle() {
      throw err;
    },
    async overview() {
      throw err;
    },
  };
}

describe('digests whose store cannot be used', () => {
  const codes: StoreErrorCode[] = [
    'STORE_CONFIG_INVALID',
    'STORE_UNREACHABLE',
    'STORE_REFUSED',
    'STORE_TIMEOUT',
    'STORE_DAMAGED',
    'STORE_CLOSED',
    'STORE_FAILED',
  ];

  it('tells people a different reason for each kind of failure', () => {
    const reasons = codes.map(storeProblemForUsers);
    expect(new Set(reasons).size).toBe(codes.length);
  });

  it('disabled at start: a private reply with the reason, never the location', async () => {
    const handler = createUnavailableDigestHandler({
      error: storeError('STORE_UNREACHABLE'),
      defaultTimezone: 'UTC',
    });
    const reply = await handler.handle({ type: 'preview' }, ctx, noCases);
    expect(reply).toMatchObject({
      type: 'digest',
      heading: 'Digests are disabled',
      scope: 'asker',
      cases: [],
    });
    expect(reply.type === 'digest' && reply.lines[0]).toMatch(
      /^The digest database cannot be reached, so digests/,
    );
    expect(JSON.stringify(reply)).not.toContain('/srv/casebot');
    // The App Home's list of digests says the same, without the location.
    expect(await handler.overview({ platform: 'slack' })).toEqual({
      type: 'unavailable',
      reason: 'The digest database cannot be reached.',
    });
  });

  it('failing while running: answers in words, logs the location and the fix; a lock is worth a retry', async () => {
    const logger = recordingLogger();
    const locked = await replyToStoreFailures(failingWith(storeError('STORE_TIMEOUT')), logger).handle(
      { type: 'list' },
      ctx,
      noCases,
    );
    expect(locked.type === 'digest' && locked.lines).toEqual([
      'The digest database is busy (another program holds it), so this digest command did not run.',
      'Please try again in a minute.',
    ]);
    const damaged = await replyToStoreFailures(failingWith(storeError('STORE_DAMAGED')), logger).handle(
      { type: 'list' },
      ctx,
      noCases,
    );
    expect(damaged.type === 'digest' && damaged.lines[1]).toMatch(
      /^Whoever runs casebot has the details in its log/,
    );
    expect(logger.entries.map((e) => [e.level, e.obj.code, e.msg?.includes(LOCATION)])).toEqual([
      ['error', 'STORE_TIMEOUT', true],
      ['error', 'STORE_DAMAGED', true],
    ]);
  });

  it('leaves any other failure to the bot’s one error handler', async () => {
    const bug = new TypeError('a bug');
    const handler = replyToStoreFailures(failingWith(bug), recordingLogger());
    await expect(handler.handle({ type: 'list' }, ctx, noCases)).rejects.toBe(bug);
  });
});
