import { z } from 'zod';
import { parseEnv } from '../shared/env-config.js';

export const cliConfigSchema = z.object({
  KNOWLEDGE_DIR: z.string().default('knowledge'),
  CACHE_DIR: z.string().default('.cache'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
});

export type CliConfig = z.infer<typeof cliConfigSchema>;

export function readCliConfig(env: Record<string, string | undefined>): CliConfig {
  return parseEnv(cliConfigSchema, env);
}
