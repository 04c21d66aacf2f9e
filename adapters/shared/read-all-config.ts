import { ConfigError, type ConfigIssue } from './env-config.js';

/**
 * Runs every config reader and reports all bad variables together, so a person fixing
 * their .env sees every problem at once rather than one per restart.
 */
export function readAllConfig<T extends Record<string, () => unknown>>(
  readers: T,
): { [K in keyof T]: ReturnType<T[K]> } {
  const issues: ConfigIssue[] = [];
  const result: Record<string, unknown> = {};
  for (const [name, read] of Object.entries(readers)) {
    try {
      result[name] = read();
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      issues.push(...err.issues);
    }
  }
  if (issues.length > 0) {
    const unique = issues.filter(
      (issue, i) => issues.findIndex((other) => other.variable === issue.variable) === i,
    );
    throw new ConfigError(unique);
  }
  return result as { [K in keyof T]: ReturnType<T[K]> };
}
