import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startStoreSweeps } from '../../../adapters/shared/store-sweeps.js';
import { StoreError, type SweepReport } from '../../../src/index.js';
import { recordingLogger } from '../../support/recording-logger.js';

const DELETED: SweepReport = { claims: 2, contexts: 1, conversations: 0, leases: 0 };

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('startStoreSweeps', () => {
  it('sweeps every interval, goes on after a failed sweep, and stops when closed', async () => {
    const sweep = vi
      .fn<() => Promise<SweepReport>>()
      .mockRejectedValueOnce(new StoreError('STORE_UNREACHABLE', 'the database did not answer'))
      .mockResolvedValue(DELETED);
    const logger = recordingLogger();
    const sweeps = startStoreSweeps({ store: { sweep }, logger, everyMs: 1000 });
    expect(sweep).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1000);
    expect(sweep).toHaveBeenCalledTimes(1);
    expect(logger.entries).toContainEqual(
      expect.objectContaining({ level: 'warn', msg: 'store sweep failed; trying again later' }),
    );
    await vi.advanceTimersByTimeAsync(2000);
    expect(sweep).toHaveBeenCalledTimes(3);
    await sweeps.close();
    await vi.advanceTimersByTimeAsync(5000);
    expect(sweep).toHaveBeenCalledTimes(3);
  });

  it('waits for a sweep under way when closed, and never runs two at once', async () => {
    let finish: (report: SweepReport) => void = () => {};
    const sweep = vi.fn(
      () =>
        new Promise<SweepReport>((resolve) => {
          finish = resolve;
        }),
    );
    const sweeps = startStoreSweeps({ store: { sweep }, logger: recordingLogger(), everyMs: 1000 });
    await vi.advanceTimersByTimeAsync(3000);
    expect(sweep).toHaveBeenCalledTimes(1);
    let closed = false;
    const closing = sweeps.close().then(() => {
      closed = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(closed).toBe(false);
    finish(DELETED);
    await closing;
    expect(closed).toBe(true);
  });
});
