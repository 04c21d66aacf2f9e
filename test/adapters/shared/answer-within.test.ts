import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answerBudget, answerWithin } from '../../../adapters/shared/answer-within.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('answerWithin', () => {
  it('gives the value when the work finishes within the budget', async () => {
    const work = deferred<string>();
    const timed = answerWithin(work.promise, 2000);
    await vi.advanceTimersByTimeAsync(1999);
    work.resolve('answer');
    await expect(timed).resolves.toEqual({ type: 'in-time', value: 'answer' });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('says late once the budget ran out, and hands over the work still running', async () => {
    const work = deferred<string>();
    const timed = answerWithin(work.promise, 2000);
    await vi.advanceTimersByTimeAsync(2000);
    const result = await timed;
    expect(result.type).toBe('late');
    work.resolve('later');
    await expect(result.value).resolves.toBe('later');
  });

  it('passes on a failure within the budget', async () => {
    const work = deferred<string>();
    const timed = answerWithin(work.promise, 2000);
    work.reject(new Error('boom'));
    await expect(timed).rejects.toThrow('boom');
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('answerBudget', () => {
  it('of 0 never waits: every answer comes later', async () => {
    const result = await answerBudget(0)(Promise.resolve('ready'));
    expect(result.type).toBe('late');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('of n waits n milliseconds', async () => {
    const work = deferred<string>();
    const timed = answerBudget(500)(work.promise);
    await vi.advanceTimersByTimeAsync(500);
    expect((await timed).type).toBe('late');
  });
});
