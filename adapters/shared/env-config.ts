import type { z } from 'zod';

/** One bad environment variable and how to fix it. */
export interface ConfigIssue {
  variable: string;
  message: string;
}

/** Configuration refused at start: names every bad variable at once, with the fix. */
export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(
    readonly issues: ConfigIssue[],
    options?: { cause?: unknown },
  ) {
    super(
      `Invalid configuration:\n${issues.map((i) => `  - ${i.variable}: ${i.message}`).join('\n')}\nSet these in the environment or in .env (see .env.example).`,
      options,
    );
    this.name = 'ConfigError';
  }
}

/**
 * Validates environment variables with a zod object schema whose keys are the variable names.
 * Empty strings count as unset, as they do in most .env files.
 */
export function parseEnv<S extends z.ZodType>(
  schema: S,
  env: Record<string, string | undefined>,
): z.infer<S> {
  const cleaned: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && value.trim() !== '') cleaned[key] = value.trim();
  }
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    variable: issue.path.map(String).join('.') || '(environment)',
    message: issue.message,
  }));
  throw new ConfigError(issues, { cause: result.error });
}
