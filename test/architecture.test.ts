import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const FORBIDDEN_IN_CORE = [
  /from ['"]@slack\//,
  /from ['"]discord\.js['"]/,
  /from ['"]pino/,
  /from ['"]dotenv/,
  /process\.env/,
];
const ANY_ESCAPE = /(?::\s*any(?:\[\])?\s*[;,)=|>\]]|\bas any\b|<any>)/;

/** Every module a file imports (static, type-only, re-exports and dynamic), as written. */
function importSpecifiers(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?:\bfrom|^\s*import|\bimport\s*\()\s*['"]([^'"]+)['"]/gm)) {
    if (match[1]) found.push(match[1]);
  }
  return found;
}

/** The repository path a relative import of `file` points to (`src/index.js`); other imports stay as written. */
function resolveImport(file: string, specifier: string): string {
  return specifier.startsWith('.') ? relative('.', normalize(join(dirname(file), specifier))) : specifier;
}

/** `file imports target` for each of its imports that `refuse` rejects. */
function importsRefused(files: string[], refuse: (target: string) => boolean): string[] {
  return files.flatMap((file) =>
    importSpecifiers(readFileSync(file, 'utf8'))
      .map((specifier) => resolveImport(file, specifier))
      .filter(refuse)
      .map((target) => `${file} imports ${target}`),
  );
}

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

  it('the core imports nothing from the adapters, the benchmark or the tests, at any depth', () => {
    const outside = /^(adapters|bench|test)\//;
    expect(importsRefused(coreFiles, (target) => outside.test(target))).toEqual([]);
  });

  it('adapters import the core only through src/index.ts', () => {
    const pastIndex = (target: string) => target.startsWith('src/') && target !== 'src/index.js';
    expect(importsRefused(sourceFiles('adapters'), pastIndex)).toEqual([]);
  });

  // bench/ is a harness, like test/: it times the core's phases one by one (fingerprint, cache,
  // index build, a query's search work) and each store backend directly, which is what the
  // public surface exists to hide from adapters. So it may import any core module; what keeps
  // the direction is that nothing shipped imports it.
  it('nothing the product runs imports the benchmark or the tests', () => {
    const harness = /^(bench|test)\//;
    expect(importsRefused([...coreFiles, ...sourceFiles('adapters')], (t) => harness.test(t))).toEqual([]);
  });

  it('finds imports the way the checks above read them', () => {
    const text = [
      "import type { A } from '../../bot.js';",
      "export { b } from './b.js';",
      "import './side-effect.js';",
      "const c = await import('../../../adapters/x.js');",
    ].join('\n');
    expect(importSpecifiers(text).map((s) => resolveImport('src/digests/deep/file.ts', s))).toEqual([
      'src/bot.js',
      'src/digests/deep/b.js',
      'src/digests/deep/side-effect.js',
      'adapters/x.js',
    ]);
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
