import { z } from 'zod';
import { parseEnv } from './env-config.js';

/** Where the operations listener (health, readiness, metrics) listens. */
export interface OpsConfig {
  port: number;
  host?: string;
}

export const DEFAULT_OPS_PORT = 9090;

const opsEnvSchema = z.object({
  OPS_PORT: z.coerce
    .number({ error: `must be a port number between 0 and 65535 (default ${DEFAULT_OPS_PORT})` })
    .int('must be a whole port number between 0 and 65535')
    .min(0, 'must be a port number between 0 and 65535')
    .max(65_535, 'must be a port number between 0 and 65535')
    .default(DEFAULT_OPS_PORT),
  OPS_HOST: z.string().optional(),
});

/** Reads OPS_PORT and OPS_HOST; throws `ConfigError` naming every bad variable. */
export function readOpsConfig(env: Record<string, string | undefined>): OpsConfig {
  const parsed = parseEnv(opsEnvSchema, env);
  return parsed.OPS_HOST === undefined
    ? { port: parsed.OPS_PORT }
    : { port: parsed.OPS_PORT, host: parsed.OPS_HOST };
}
