import { describe, expect, it } from 'vitest';
import { DEFAULT_OPS_PORT, readOpsConfig } from '../../../adapters/shared/ops-config.js';

describe('readOpsConfig', () => {
  it('listens on 9090 on every interface by default', () => {
    expect(readOpsConfig({})).toEqual({ port: DEFAULT_OPS_PORT });
    expect(DEFAULT_OPS_PORT).toBe(9090);
  });

  it('takes OPS_PORT and OPS_HOST', () => {
    expect(readOpsConfig({ OPS_PORT: '0', OPS_HOST: '127.0.0.1' })).toEqual({ port: 0, host: '127.0.0.1' });
  });

  it.each(['http', '70000', '-1', '80.5'])('refuses OPS_PORT=%s naming the variable', (value) => {
    expect(() => readOpsConfig({ OPS_PORT: value })).toThrow(
      expect.objectContaining({
        code: 'CONFIG_INVALID',
        issues: [expect.objectContaining({ variable: 'OPS_PORT' })],
      }),
    );
  });
});
