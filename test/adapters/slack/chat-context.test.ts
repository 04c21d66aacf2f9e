import { describe, expect, it } from 'vitest';
import { chatContext, shareCommandFor } from '../../../adapters/slack/chat-context.js';
import type { Reply } from '../../../src/index.js';
import { belgiumCase, resultsReply } from './reply-fixtures.js';

describe('chatContext', () => {
  const origin = { teamId: 'T1', channelId: 'C1', userId: 'U1' };

  it('lets every member manage digests when no managers are configured', () => {
    expect(chatContext(origin, { digestManagers: [] })).toEqual({
      platform: 'slack',
      teamId: 'T1',
      channelId: 'C1',
      userId: 'U1',
      canManageDigests: true,
    });
  });

  it('lets only the listed managers change digests when SLACK_DIGEST_MANAGERS is set', () => {
    expect(chatContext(origin, { digestManagers: ['U2'] }).canManageDigests).toBe(false);
    expect(chatContext({ ...origin, userId: 'U2' }, { digestManagers: ['U2'] }).canManageDigests).toBe(true);
    expect(chatContext({}, { digestManagers: ['U2'] })).toEqual({
      platform: 'slack',
      canManageDigests: false,
    });
  });
});

describe('shareCommandFor', () => {
  it('shares a random pick as the case itself, so the channel sees what the asker saw', () => {
    const random = resultsReply([belgiumCase], { intent: { type: 'random', country: 'BE' } });
    expect(shareCommandFor(random, 'random belgium')).toBe('show cnt2022');
  });

  it('shares anything else by replaying the command, or the intent when the command was empty', () => {
    expect(shareCommandFor(resultsReply([belgiumCase]), 'search digital page 2')).toBe(
      'search digital page 2',
    );
    const help: Reply = {
      type: 'help',
      intent: { type: 'help', reason: 'empty' },
      heading: 'casebot',
      commands: [],
      cases: [],
      total: 0,
      actions: [],
    };
    expect(shareCommandFor(help, '  ')).toBe('help');
  });

  it('never offers to share a digest reply', () => {
    const digest: Reply = {
      type: 'digest',
      intent: { type: 'digest', command: { type: 'list' } },
      heading: 'Digests',
      lines: [],
      private: false,
      cases: [],
      total: 0,
      actions: [],
    };
    expect(shareCommandFor(digest, 'digest list')).toBeUndefined();
  });
});
