import { describe, expect, it } from 'vitest';
import { createCasebot, describeStatus, type StatusProvider, type StatusReport } from '../../src/index.js';

const builtInBot = (options: { status?: StatusProvider } = {}) =>
  createCasebot({ knowledgeDir: 'knowledge', random: () => 0.5, ...options });

const REPORT: StatusReport = {
  knowledge: { version: 'a1b2c3d4e5f6a7b8', cases: 18, errors: 1, warnings: 2 },
  adapters: [
    { name: 'slack', ready: true, state: 'connected' },
    { name: 'discord', ready: true, state: 'standby (gateway held by host-a/41/ab12cd)' },
  ],
  digests: { type: 'running', subscriptions: 3, paused: 1 },
  store: { backend: 'postgres', healthy: true },
  uptimeSeconds: 3725,
  replica: 'host-b/7/ef34ab',
};

describe('status in chat', () => {
  it('answers anyone with the running process report, in words', async () => {
    const bot = await builtInBot({ status: async () => REPORT });
    const reply = await bot.answer('status', {
      platform: 'slack',
      teamId: 'T1',
      channelId: 'C1',
      userId: 'U1',
      canManageDigests: false,
      surface: { type: 'slash-command' },
    });
    expect(reply).toMatchObject({
      type: 'message',
      heading: 'casebot status',
      lines: describeStatus(REPORT),
    });
    if (reply.type !== 'message') throw new Error('expected a message');
    expect(reply.lines).toEqual([
      'Knowledge: 18 cases, version a1b2c3d4e5f6; 1 error and 2 warnings found at load (casebot check lists them)',
      'Adapters: slack connected; discord standby (gateway held by host-a/41/ab12cd)',
      'Digests: running, 3 subscriptions (1 paused)',
      'Store: PostgreSQL, answering',
      'Up for 1 h 2 min on host-b/7/ef34ab',
    ]);
  });

  it('says where to look in the console, where no process report exists', async () => {
    const bot = await builtInBot();
    const reply = await bot.answer('status');
    expect(reply.type).toBe('message');
    if (reply.type !== 'message') throw new Error('expected a message');
    expect(reply.lines[0]).toBe(`Knowledge: ${bot.knowledge.cases.length} cases loaded here.`);
    expect(reply.lines[1]).toContain('casebot status');
  });

  it('apologises, as for any failure, when the report cannot be made', async () => {
    const bot = await builtInBot({
      status: async () => {
        throw new Error('the store went away');
      },
    });
    expect((await bot.answer('status')).type).toBe('error');
  });
});
