import { describe, expect, it } from 'vitest';
import { CLOSE_TIMEOUT_MS, drain } from '../../../adapters/shared/drain.js';
import { createInFlight } from '../../../adapters/shared/in-flight.js';
import { recordingLogger } from '../../support/recording-logger.js';
import { manualTimer, recordingAdapter, recordingDigests, settle } from './drain-doubles.js';

describe('drain', () => {
  it('stops taking work, waits for the digest post and every answer, closes the store, then the clients', async () => {
    const events: string[] = [];
    const slack = recordingAdapter('slack', events);
    const discord = recordingAdapter('discord', events);
    const { digests, postDone } = recordingDigests(events);
    const inFlight = createInFlight();
    const endAnswer = inFlight.begin('slack:command', 'T1');
    const { timer } = manualTimer();
    let clock = 0;
    const drained = drain({
      adapters: [slack.adapter, discord.adapter],
      digests,
      inFlight,
      timeoutMs: 10_000,
      logger: recordingLogger(),
      timer,
      now: () => clock,
    });
    await settle();
    expect(events).toEqual(['slack: stop accepting', 'discord: stop accepting', 'digests: scheduler stop']);

    slack.receiverClosed();
    discord.receiverClosed();
    postDone();
    await settle();
    // The answer is still being delivered: the store stays open and the clients connected.
    expect(events).not.toContain('digests: store closed');
    expect(events.some((e) => e.endsWith(': close'))).toBe(false);

    clock = 1234;
    endAnswer();
    expect(await drained).toEqual({ type: 'drained', ms: 1234 });
    expect(events.slice(-3)).toEqual(['digests: store closed', 'slack: close', 'discord: close']);
  });

  it('gives up at the bound, names what it abandoned, leaves the store alone and still closes the clients', async () => {
    const events: string[] = [];
    const slack = recordingAdapter('slack', events);
    const { digests, postDone } = recordingDigests(events);
    const inFlight = createInFlight(() => clock);
    let clock = 0;
    inFlight.begin('slack:command', 'T-slow');
    const { timer, armed } = manualTimer();
    const logger = recordingLogger();
    const drained = drain({
      adapters: [slack.adapter],
      digests,
      inFlight,
      timeoutMs: 10_000,
      logger,
      timer,
      now: () => clock,
    });
    slack.receiverClosed();
    await settle();
    expect(armed.map((t) => t.ms)).toEqual([10_000]);
    clock = 10_000;
    armed[0]?.fire();
    const outcome = await drained;

    expect(outcome).toEqual({
      type: 'timed-out',
      ms: 10_000,
      abandoned: ['slack:command T-slow (running 10000 ms)', 'digest post'],
    });
    expect(events).not.toContain('digests: store closed');
    expect(events).toContain('slack: close');
    expect(logger.entries).toContainEqual(
      expect.objectContaining({
        level: 'error',
        obj: expect.objectContaining({ abandoned: outcome.type === 'timed-out' ? outcome.abandoned : [] }),
        msg: expect.stringContaining('DRAIN_TIMEOUT'),
      }),
    );
    postDone();
  });

  it('goes on when a step fails, logging it', async () => {
    const events: string[] = [];
    const inFlight = createInFlight();
    const logger = recordingLogger();
    const failing = {
      name: 'slack',
      stopAccepting: () => Promise.reject(new Error('server already closed')),
      close: async () => {
        events.push('slack: close');
      },
    };
    const { timer } = manualTimer();
    const outcome = await drain({ adapters: [failing], inFlight, timeoutMs: 10_000, logger, timer });
    expect(outcome.type).toBe('drained');
    expect(events).toEqual(['slack: close']);
    expect(logger.entries).toContainEqual(
      expect.objectContaining({ level: 'error', obj: expect.objectContaining({ step: 'slack receiver' }) }),
    );
  });

  it('does not wait for ever on a client that does not close', async () => {
    const events: string[] = [];
    const discord = recordingAdapter('discord', events, { closeHangs: true });
    discord.receiverClosed();
    const { timer, armed } = manualTimer();
    const logger = recordingLogger();
    const drained = drain({
      adapters: [discord.adapter],
      inFlight: createInFlight(),
      timeoutMs: 10_000,
      logger,
      timer,
    });
    await settle();
    expect(armed.map((t) => [t.ms, t.cancelled])).toEqual([
      [10_000, true],
      [CLOSE_TIMEOUT_MS, false],
    ]);
    armed[1]?.fire();
    expect((await drained).type).toBe('drained');
    expect(logger.entries.map((e) => e.msg)).toContain('stop: a client did not close in time');
  });

  it('closes what comes after the adapters in order, once the clients are closed: the store, then the ops listener', async () => {
    const events: string[] = [];
    const discord = recordingAdapter('discord', events);
    const inFlight = createInFlight();
    const endAnswer = inFlight.begin('discord:interaction', 'I1');
    const { timer } = manualTimer();
    const closable = (name: string) => ({
      name,
      close: async () => {
        events.push(`${name}: close`);
      },
    });
    const drained = drain({
      adapters: [discord.adapter],
      afterAdapters: [closable('store'), closable('ops')],
      inFlight,
      timeoutMs: 10_000,
      logger: recordingLogger(),
      timer,
    });
    discord.receiverClosed();
    await settle();
    expect(events).toEqual(['discord: stop accepting', 'discord: stopped accepting']);
    endAnswer();
    await drained;
    expect(events.slice(-3)).toEqual(['discord: close', 'store: close', 'ops: close']);
  });
});
