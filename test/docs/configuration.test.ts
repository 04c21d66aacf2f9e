import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The variables casebot reads are the keys of the zod schemas in the adapters' config files
// (config.ts, *-config.ts): a new one must be documented where operators look for it.

function configFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return configFiles(path);
    return /(^|-)config\.ts$/.test(entry.name) && entry.name !== 'env-config.ts' ? [path] : [];
  });
}

const variables = [
  ...new Set(
    configFiles('adapters').flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/^\s+([A-Z][A-Z\d]*(?:_[A-Z\d]+)*):\s/gm)].map(
        (m) => m[1] ?? '',
      ),
    ),
  ),
].sort();

/** The variables a Markdown table's first column names in code (`| \`PORT\` | …`). */
function documented(file: string): Set<string> {
  return new Set(
    [...readFileSync(file, 'utf8').matchAll(/^\|\s*`([A-Z][A-Z\d_]*)`\s*\|/gm)].map((m) => m[1] ?? ''),
  );
}

/** The variables `.env.example` assigns (`NAME=`), set or left empty. */
function assigned(file: string): Set<string> {
  return new Set([...readFileSync(file, 'utf8').matchAll(/^([A-Z][A-Z\d_]*)=/gm)].map((m) => m[1] ?? ''));
}

describe('the configuration', () => {
  it('is read from the variables the config schemas name', () => {
    expect(variables).toEqual(
      expect.arrayContaining(['KNOWLEDGE_DIR', 'SLACK_BOT_TOKEN', 'DISCORD_TOKEN', 'PORT']),
    );
    expect(variables.length).toBeGreaterThan(20);
  });

  it('documents every variable in docs/configuration.md, and no other', () => {
    expect([...documented('docs/configuration.md')].sort()).toEqual(variables);
  });

  it('lists every variable in .env.example, and no other', () => {
    expect([...assigned('.env.example')].sort()).toEqual(variables);
  });
});
