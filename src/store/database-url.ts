import { z } from 'zod';

/** The environment variable that selects PostgreSQL; errors name it so that operators know what to fix. */
export const DATABASE_URL_VARIABLE = 'DATABASE_URL';

const PROTOCOLS = new Set(['postgres:', 'postgresql:']);
const EXAMPLE = 'postgres://casebot:password@db.example.org:5432/casebot';

/**
 * DATABASE_URL: a `postgres://` or `postgresql://` URL. Its messages never repeat the value,
 * which holds a password. Adapters put it in their environment schema so that a bad value is
 * refused at start with every other bad variable.
 */
export const databaseUrlSchema = z.string().transform((text, ctx) => {
  const url = parseUrl(text.trim());
  if (!url || !PROTOCOLS.has(url.protocol)) {
    ctx.addIssue({
      code: 'custom',
      message: `must be a PostgreSQL URL such as ${EXAMPLE} (percent-encode special characters in the password), or unset to use SQLite in DATA_DIR`,
    });
    return z.NEVER;
  }
  if (url.hostname === '' && !url.searchParams.has('host')) {
    ctx.addIssue({ code: 'custom', message: `names no host; for example ${EXAMPLE}` });
    return z.NEVER;
  }
  return url.href;
});

function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/** The URL with its password (in the user part or a `password` parameter) replaced by `***`, for messages and logs. */
export function redactDatabaseUrl(text: string): string {
  const url = parseUrl(text);
  if (!url) return '(not a URL)';
  if (url.password !== '') url.password = '***';
  if (url.searchParams.has('password')) url.searchParams.set('password', '***');
  return url.href;
}
