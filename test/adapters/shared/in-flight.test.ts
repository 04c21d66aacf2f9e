import { describe, expect, it } from 'vitest';
import { createInFlight } from '../../../adapters/shared/in-flight.js';
import { deferred } from '../discord/test-doubles.js';

describe('createInFlight', () => {
  it('is idle at once when nothing is in flight', async () => {
    const inFlight = createInFlight();
    await expect(inFlight.idle()).resolves.toBeUndefined();
    expect(inFlight.size).toBe(0);
  });

  it('counts tracked work until it settles, whether it succeeds or fails, and passes its result through', async () => {
    let clock = 100;
    const inFlight = createInFlight(() => clock);
    const answer = deferred<string>();
    const failure = deferred<string>();
    const answered = inFlight.track('slack:command', 't1', () => answer.promise);
    const failed = inFlight.track('discord:interaction', 'i1', () => failure.promise);
    clock = 250;
    expect(inFlight.size).toBe(2);
    expect(inFlight.pending()).toEqual([
      { kind: 'slack:command', id: 't1', since: 100 },
      { kind: 'discord:interaction', id: 'i1', since: 100 },
    ]);
    answer.resolve('the answer');
    await expect(answered).resolves.toBe('the answer');
    expect(inFlight.pending().map((e) => e.id)).toEqual(['i1']);
    failure.reject(new Error('post failed'));
    await expect(failed).rejects.toThrow('post failed');
    expect(inFlight.size).toBe(0);
  });

  it('wakes every idle() waiter only when the last piece of work ends', async () => {
    const inFlight = createInFlight();
    const endFirst = inFlight.begin('slack:http');
    const endSecond = inFlight.begin('slack:http');
    let woken = 0;
    const waiting = [inFlight.idle(), inFlight.idle()].map((p) => p.then(() => woken++));
    endFirst();
    endFirst(); // a second call must not end the other piece of work
    await Promise.resolve();
    expect(woken).toBe(0);
    expect(inFlight.size).toBe(1);
    endSecond();
    await Promise.all(waiting);
    expect(woken).toBe(2);
  });

  it('entries without an id carry none', () => {
    const inFlight = createInFlight(() => 7);
    inFlight.begin('slack:http');
    expect(inFlight.pending()).toEqual([{ kind: 'slack:http', since: 7 }]);
  });
});
