import type { ChatContext } from '../../src/index.js';

let n = 0;

/**
 * A fresh conversation: one person in a channel of their own, so nothing asked before in the
 * test file is followed up. `extra` adds to it (`canManageDigests`).
 */
export function freshPerson(extra: Partial<ChatContext> = {}): ChatContext {
  n += 1;
  return {
    platform: 'slack',
    surface: { type: 'mention' },
    teamId: 'T1',
    channelId: `C${n}`,
    userId: `U${n}`,
    ...extra,
  };
}
