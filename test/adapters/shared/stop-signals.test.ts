import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { onStopSignals, type StopSignal } from '../../../adapters/shared/stop-signals.js';

describe('onStopSignals', () => {
  it('stops on the first SIGTERM or SIGINT and reports every later one, keeping its listeners', () => {
    const source = new EventEmitter();
    const calls: string[] = [];
    onStopSignals(
      (signal) => calls.push(`stop ${signal}`),
      (signal) => calls.push(`again ${signal}`),
      source,
    );
    for (const signal of ['SIGTERM', 'SIGTERM', 'SIGINT'] satisfies StopSignal[]) source.emit(signal);
    expect(calls).toEqual(['stop SIGTERM', 'again SIGTERM', 'again SIGINT']);
    // A listener left means Node does not die of the next signal.
    expect(source.listenerCount('SIGTERM')).toBe(1);
    expect(source.listenerCount('SIGINT')).toBe(1);
  });

  it('removes its listeners when asked', () => {
    const source = new EventEmitter();
    const remove = onStopSignals(
      () => {},
      () => {},
      source,
    );
    remove();
    expect(source.listenerCount('SIGTERM') + source.listenerCount('SIGINT')).toBe(0);
  });
});
