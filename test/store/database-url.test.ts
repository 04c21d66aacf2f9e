import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { databaseUrlSchema, redactDatabaseUrl } from '../../src/index.js';

describe('DATABASE_URL', () => {
  const env = z.object({ DATABASE_URL: databaseUrlSchema.optional() });

  it.each([
    'postgres://casebot:secret@db.example.org:5432/casebot',
    'postgresql://casebot@localhost/casebot?sslmode=require',
    'postgres:///casebot?host=/var/run/postgresql',
  ])('accepts %s', (url) => {
    expect(env.parse({ DATABASE_URL: url }).DATABASE_URL).toBe(new URL(url).href);
  });

  it.each([
    'mysql://casebot:s3cr3t-value@db/casebot',
    'db.example.org:5432',
    'postgres://casebot:s3cr3t-value@/casebot',
    'postgres://casebot:s3cr3t#value@db/casebot',
  ])('refuses %s under the variable name, without repeating the value', (url) => {
    const result = env.safeParse({ DATABASE_URL: url });
    expect(result.success).toBe(false);
    const issues = result.error?.issues ?? [];
    expect(issues.map((issue) => issue.path)).toEqual([['DATABASE_URL']]);
    expect(JSON.stringify(issues)).not.toContain('s3cr3t');
    expect(issues[0]?.message).toMatch(/postgres:\/\//);
  });

  it.each([
    ['postgres://casebot:secret@db:5432/casebot', 'postgres://casebot:***@db:5432/casebot'],
    [
      'postgres://casebot:p%40ss@db/casebot?password=x&sslmode=require',
      'postgres://casebot:***@db/casebot?password=***&sslmode=require',
    ],
    ['postgres://casebot@db/casebot', 'postgres://casebot@db/casebot'],
    ['not a url with secret', '(not a URL)'],
  ])('redacts %s as %s', (url, shown) => {
    expect(redactDatabaseUrl(url)).toBe(shown);
  });
});
