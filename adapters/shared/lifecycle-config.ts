import { z } from 'zod';
import { parseDuration } from '../../src/index.js';
import { parseEnv } from './env-config.js';

/** How a stop behaves, validated from the environment at start. */
export interface LifecycleConfig {
  /** The longest a stop waits for the work in flight before abandoning it (ms). */
  drainTimeoutMs: number;
}

export const DEFAULT_DRAIN_TIMEOUT = '10s';

const lifecycleEnvSchema = z.object({
  DRAIN_TIMEOUT: z
    .string()
    .default(DEFAULT_DRAIN_TIMEOUT)
    .transform((text, ctx) => {
      const ms = parseDuration(text);
      if (ms !== undefined && ms > 0) return ms;
      ctx.addIssue({
        code: 'custom',
        message: `must be a duration such as 10s or 1m (default ${DEFAULT_DRAIN_TIMEOUT})`,
      });
      return z.NEVER;
    }),
});

/** Reads the stop settings; throws `ConfigError` naming every bad variable. */
export function readLifecycleConfig(env: Record<string, string | undefined>): LifecycleConfig {
  return { drainTimeoutMs: parseEnv(lifecycleEnvSchema, env).DRAIN_TIMEOUT };
}
