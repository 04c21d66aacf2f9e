import { describe, expect, it } from 'vitest';
import { chatContext } from '../../../adapters/slack/chat-context.js';

describe('chatContext', () => {
  const origin = { teamId: 'T1', channelId: 'C1', userId: 'U1' };
  const slash = { type: 'slash-command' } as const;

  it('takes the thread as the conversation when there is one', () => {
    expect(
      chatContext({ ...origin, threadTs: '1700000000.000100' }, { digestManagers: [] }, slash).threadId,
    ).toBe('1700000000.000100');
  });

  it('lets every member manage digests when no managers are configured', () => {
    expect(chatContext(origin, { digestManagers: [] }, slash)).toEqual({
      platform: 'slack',
      surface: slash,
      teamId: 'T1',
      channelId: 'C1',
      userId: 'U1',
      canManageDigests: true,
    });
  });

  it('lets only the listed managers change digests when SLACK_DIGEST_MANAGERS is set', () => {
    expect(chatContext(origin, { digestManagers: ['U2'] }, slash).canManageDigests).toBe(false);
    expect(chatContext({ ...origin, userId: 'U2' }, { digestManagers: ['U2'] }, slash).canManageDigests).toBe(
      true,
    );
    expect(chatContext({}, { digestManagers: ['U2'] }, { type: 'mention' })).toEqual({
      platform: 'slack',
      surface: { type: 'mention' },
      canManageDigests: false,
    });
  });
});
