import { describe, expect, it } from 'vitest';
import {
  MAX_TIMESTAMP_SKEW_SECONDS,
  replayKey,
  replayWindowMs,
  timestampProblem,
} from '../../../adapters/slack/request-gate.js';

const NOW_MS = 1_700_000_000_000;
const NOW_S = NOW_MS / 1000;

/** What the gate lets through: a timestamp with no problem. */
const isFreshTimestamp = (header: string | string[] | undefined, nowMs: number): boolean =>
  timestampProblem(header, nowMs) === undefined;

describe('a fresh timestamp (no timestampProblem)', () => {
  it.each([
    [String(NOW_S), true],
    [String(NOW_S - 300), true],
    [String(NOW_S + 300), true],
    [String(NOW_S - 301), false],
    [String(NOW_S + 301), false],
    [String(NOW_S + 86_400), false],
    ['', false],
    ['12e3', false],
    ['-5', false],
    [undefined, false],
  ])('%s → %s', (header, fresh) => {
    expect(isFreshTimestamp(header, NOW_MS)).toBe(fresh);
  });

  it('refuses a repeated header', () => {
    expect(isFreshTimestamp([String(NOW_S), String(NOW_S)], NOW_MS)).toBe(false);
  });
});

describe('timestampProblem', () => {
  it('names the problem and how far off the timestamp is', () => {
    expect(timestampProblem(String(NOW_S - 420), NOW_MS)).toEqual({
      reason: 'timestamp-too-old',
      skewSeconds: 420,
    });
    expect(timestampProblem(String(NOW_S + 360), NOW_MS)).toEqual({
      reason: 'timestamp-ahead',
      skewSeconds: -360,
    });
    expect(timestampProblem('soon', NOW_MS)).toEqual({ reason: 'timestamp-missing' });
    expect(timestampProblem(String(NOW_S), NOW_MS)).toBeUndefined();
  });
});

describe('replay window', () => {
  it('lasts as long as the request could still pass the timestamp check, in both directions', () => {
    for (const offset of [-MAX_TIMESTAMP_SKEW_SECONDS, -120, 0, 200, MAX_TIMESTAMP_SKEW_SECONDS]) {
      const timestamp = NOW_S + offset;
      const windowMs = replayWindowMs(timestamp, NOW_MS);
      // Still fresh at the last millisecond of the window's last accepted second…
      const lastFresh = (timestamp + MAX_TIMESTAMP_SKEW_SECONDS) * 1000 + 999;
      expect(isFreshTimestamp(String(timestamp), lastFresh)).toBe(true);
      expect(NOW_MS + windowMs).toBeGreaterThan(lastFresh);
      // …and no longer fresh once it ends.
      expect(isFreshTimestamp(String(timestamp), NOW_MS + windowMs)).toBe(false);
    }
  });

  it('keys a request by a hash that holds neither its signature nor its timestamp', () => {
    const signature = `v0=${'ab'.repeat(32)}`;
    const key = replayKey('1700000000', signature);
    expect(key).toMatch(/^slack:request:[\w-]{43}$/);
    expect(key).not.toContain('abab');
    expect(key).not.toContain('1700000000');
    expect(replayKey('1700000001', signature)).not.toBe(key);
  });
});
