import { describe, expect, it } from 'vitest';
import { createHealthRegistry } from '../../../adapters/shared/health-registry.js';
import { createInFlight } from '../../../adapters/shared/in-flight.js';
import { createStopper } from '../../../adapters/shared/stopper.js';
import { recordingLogger } from '../../support/recording-logger.js';
import { manualTimer, recordingAdapter, settle } from './drain-doubles.js';

function world() {
  const events: string[] = [];
  const slack = recordingAdapter('slack', events);
  const health = createHealthRegistry();
  health.set('slack', { ready: true });
  health.running();
  const inFlight = createInFlight();
  const exits: number[] = [];
  const logger = recordingLogger();
  const stopper = createStopper({
    adapters: [slack.adapter],
    inFlight,
    health,
    drainTimeoutMs: 10_000,
    logger,
    exit: (code) => exits.push(code),
    timer: manualTimer().timer,
  });
  return { events, slack, health, inFlight, exits, logger, stopper };
}

describe('createStopper', () => {
  it('turns not ready at once, drains once whatever the number of signals, and exits 0', async () => {
    const w = world();
    const endAnswer = w.inFlight.begin('slack:command', 'T1');
    w.stopper.stop({ type: 'signal', signal: 'SIGTERM' });
    expect(w.health.snapshot().ready).toBe(false);
    w.stopper.stop({ type: 'signal', signal: 'SIGTERM' });
    w.stopper.again('SIGINT');
    w.slack.receiverClosed();
    await settle();
    expect(w.exits).toEqual([]);
    endAnswer();
    await settle();
    expect(w.exits).toEqual([0]);
    expect(w.events.filter((e) => e === 'slack: stop accepting')).toHaveLength(1);
    expect(w.logger.entries.filter((e) => e.msg?.startsWith('already stopping'))).toHaveLength(2);
    expect(w.logger.entries.at(-1)).toMatchObject({
      msg: 'stopped',
      obj: { outcome: 'drained', exitCode: 0 },
    });
  });

  it('exits 3 when the only chat adapter is gone for good', async () => {
    const w = world();
    w.stopper.stop({ type: 'adapter-lost', adapter: 'discord', code: 4004 });
    w.slack.receiverClosed();
    await settle();
    expect(w.exits).toEqual([3]);
  });
});
