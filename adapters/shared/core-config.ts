import { z } from 'zod';
import { parseEnv } from './env-config.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Settings every front end shares: where the knowledge and its cache live, and how much to log. */
export const coreConfigSchema = z.object({
  KNOWLEDGE_DIR: z.string().default('knowledge'),
  CACHE_DIR: z.string().default('.cache'),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).optional(),
});

export type CoreConfig = z.infer<typeof coreConfigSchema>;

export function readCoreConfig(env: Record<string, string | undefined>): CoreConfig {
  return parseEnv(coreConfigSchema, env);
}
