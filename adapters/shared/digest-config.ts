import { z } from 'zod';
import { normalizeTimeZone, parseDuration } from '../../src/index.js';
import { parseEnv } from './env-config.js';

/** Settings of channel digests, validated from the environment at start (their store: store-config.ts). */
export interface DigestConfig {
  /** IANA zone of schedules that name none. */
  timezone: string;
  /** How old a slot missed while casebot was down may be and still be posted (late) at start. */
  catchupMs: number;
  /**
   * How long a replica may take to post one digest before another takes it over (ms): a
   * replica that dies mid-post leaves its slot to the others once this passed.
   */
  postLeaseMs?: number;
}

export const DEFAULT_DIGEST_TZ = 'UTC';
export const DEFAULT_DIGEST_CATCHUP = '6h';
export const DEFAULT_DIGEST_POST_LEASE = '3m';

const digestEnvSchema = z.object({
  DIGEST_TZ: z
    .string()
    .default(DEFAULT_DIGEST_TZ)
    .transform((zone, ctx) => {
      const normalized = normalizeTimeZone(zone);
      if (normalized) return normalized;
      ctx.addIssue({
        code: 'custom',
        message: 'must be an IANA time zone such as UTC, Europe/Paris or America/New_York',
      });
      return z.NEVER;
    }),
  DIGEST_CATCHUP: z
    .string()
    .default(DEFAULT_DIGEST_CATCHUP)
    .transform((text, ctx) => {
      const ms = parseDuration(text);
      if (ms !== undefined) return ms;
      ctx.addIssue({
        code: 'custom',
        message: 'must be a duration such as 30m, 6h or 1d (0 turns catch-up off)',
      });
      return z.NEVER;
    }),
  DIGEST_POST_LEASE: z
    .string()
    .default(DEFAULT_DIGEST_POST_LEASE)
    .transform((text, ctx) => {
      const ms = parseDuration(text);
      if (ms !== undefined && ms >= 1000) return ms;
      ctx.addIssue({
        code: 'custom',
        message: `must be a duration of at least 1s such as 3m (the default): longer than a post takes, with Slack's or Discord's retries`,
      });
      return z.NEVER;
    }),
});

/** Reads the digest settings; throws `ConfigError` naming every bad variable. */
export function readDigestConfig(env: Record<string, string | undefined>): DigestConfig {
  const parsed = parseEnv(digestEnvSchema, env);
  return {
    timezone: parsed.DIGEST_TZ,
    catchupMs: parsed.DIGEST_CATCHUP,
    postLeaseMs: parsed.DIGEST_POST_LEASE,
  };
}
