import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../adapters/shared/env-config.js';
import { readLifecycleConfig } from '../../../adapters/shared/lifecycle-config.js';

describe('readLifecycleConfig', () => {
  it('waits 10 s by default, and takes a duration', () => {
    expect(readLifecycleConfig({})).toEqual({ drainTimeoutMs: 10_000 });
    expect(readLifecycleConfig({ DRAIN_TIMEOUT: '' })).toEqual({ drainTimeoutMs: 10_000 });
    expect(readLifecycleConfig({ DRAIN_TIMEOUT: '30s' })).toEqual({ drainTimeoutMs: 30_000 });
    expect(readLifecycleConfig({ DRAIN_TIMEOUT: '1m' })).toEqual({ drainTimeoutMs: 60_000 });
  });

  it.each(['0', '10', 'ten seconds', '-5s'])(
    'refuses DRAIN_TIMEOUT=%s, naming the variable and the form',
    (value) => {
      try {
        readLifecycleConfig({ DRAIN_TIMEOUT: value });
        expect.unreachable();
      } catch (err) {
        expect(err).toBeInstanceOf(ConfigError);
        expect((err as ConfigError).issues).toEqual([
          { variable: 'DRAIN_TIMEOUT', message: expect.stringContaining('such as 10s or 1m') },
        ]);
      }
    },
  );
});
