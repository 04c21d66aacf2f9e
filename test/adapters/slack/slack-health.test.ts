import { afterEach, describe, expect, it } from 'vitest';
import type { ComponentHealth } from '../../../adapters/shared/health-registry.js';
import { type Harness, startHarness } from './harness.js';
import { stubBot } from './stub-bot.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function until(done: () => boolean, what: string): Promise<void> {
  const from = performance.now();
  while (!done()) {
    if (performance.now() - from > 8000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('Slack readiness', () => {
  it('HTTP mode: ready once auth.test passed and the receiver listens', async () => {
    const health: ComponentHealth[] = [];
    h = await startHarness(stubBot(), {}, { onHealth: (x) => health.push(x) });
    expect(h.fake.calls.some((c) => c.name === 'auth.test')).toBe(true);
    expect(health).toEqual([{ ready: true, detail: { mode: 'http' } }]);
  });

  it('Socket Mode: ready while the socket is open, not while it reconnects, ready again after', async () => {
    const health: ComponentHealth[] = [];
    h = await startHarness(
      stubBot(),
      { mode: 'socket', appToken: 'xapp-1-A0CASEBOT-0000-x' },
      {
        onHealth: (x) => health.push(x),
      },
    );
    expect(health.at(-1)).toEqual({ ready: true, detail: { mode: 'socket' } });
    const before = health.length;
    h.fake.dropSocket();
    await until(() => health.slice(before).some((x) => !x.ready), 'not ready after the drop');
    expect(health.slice(before).find((x) => !x.ready)).toEqual({
      ready: false,
      reason: expect.stringMatching(/^Socket Mode (disconnected|reconnecting): the socket is not open$/),
    });
    await until(() => health.at(-1)?.ready === true, 'ready again once reconnected');
  });
});
