import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FORBIDDEN_IN_CORE = [
  /from ['"]@slack\//,
  /from ['"]discord\.js['"]/,
  /from ['"]pino/,
  /from ['"]dotenv/,
  /process\.env/,
  /from ['"]\.\.\/\.\.\/adapters|from ['"]\.\.\/adapters/,
];
const ANY_ESCAPE = /(?::\s*any(?:\[\])?\s*[;,)=|>\]]|\bas any\b|<any>)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('architecture', () => {
  const coreFiles = sourceFiles('src');

  it('finds the core sources', () => {
    expect(coreFiles.length).toBeGreaterThan(10);
  });

  it('the core imports no chat platform, logger implementation, dotenv or process.env', () => {
    const offenders = coreFiles.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return FORBIDDEN_IN_CORE.filter((pattern) => pattern.test(text)).map(
        (pattern) => `${file}: ${pattern}`,
      );
    });
    expect(offenders).toEqual([]);
  });

  it('the core has no `any` escapes', () => {
    const offenders = coreFiles.filter((file) => ANY_ESCAPE.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it("adapters render the core's reply policy: no apology, visibility or share command of their own", () => {
    const offenders: string[] = [];
    for (const file of sourceFiles('adapters')) {
      const text = readFileSync(file, 'utf8');
      if (/\bsorry\b/i.test(text)) offenders.push(`${file}: an apology of its own (render buildErrorReply)`);
      if (/\bshareCommand\s*(?::|=(?!=))/.test(text)) offenders.push(`${file}: decides a share command`);
      if (/\bvisibility\s*(?:=(?!=)|:\s*'(?:private|channel)')/.test(text))
        offenders.push(`${file}: decides who sees a reply`);
    }
    expect(offenders).toEqual([]);
  });

  it('adapters never import each other', () => {
    const offenders: string[] = [];
    for (const platform of ['cli', 'slack', 'discord']) {
      for (const file of sourceFiles(join('adapters', platform))) {
        const text = readFileSync(file, 'utf8');
        for (const other of ['cli', 'slack', 'discord'].filter((p) => p !== platform)) {
          if (new RegExp(`from ['"]\\.\\./${other}/`).test(text)) offenders.push(`${file} imports ${other}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});
