import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countRelativeLinks, findBrokenLinks } from '../support/check-markdown-links.js';

const ROOT = process.cwd();
const DOCS = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync('docs')
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
].map((file) => join(ROOT, file));

describe('the README, CONTRIBUTING.md and docs/', () => {
  it('link only to files and headings that exist', () => {
    expect(countRelativeLinks(DOCS)).toBeGreaterThan(30);
    expect(findBrokenLinks(DOCS, ROOT)).toEqual([]);
  });
});

describe('findBrokenLinks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'casebot-links-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports a missing file, a missing heading and a way out of the repository, and nothing else', () => {
    mkdirSync(join(dir, 'docs'));
    writeFileSync(
      join(dir, 'docs', 'guide.md'),
      '# Guide\n\n## How it runs\n\n## How it runs\n\n## Ça marche?\n',
    );
    writeFileSync(join(dir, 'code.ts'), 'export {};\n');
    const readme = join(dir, 'README.md');
    writeFileSync(
      readme,
      [
        '# Title',
        '',
        '[ok](docs/guide.md) [ok](docs/guide.md#how-it-runs-1) [ok](docs/guide.md#ça-marche)',
        '[ok](#title) [ok](code.ts) [web](https://example.org/missing) ![ok](docs/guide.md)',
        '[gone](docs/nothing.md) [anchor](docs/guide.md#how-it-stops) [here](#nowhere)',
        '[out](../elsewhere.md) [code anchor](code.ts#L3)',
        '',
        '[ref]: docs/missing.md',
      ].join('\n'),
    );
    expect(findBrokenLinks([readme], dir).map(({ line, url, problem }) => ({ line, url, problem }))).toEqual([
      { line: 5, url: 'docs/nothing.md', problem: 'no such file' },
      { line: 5, url: 'docs/guide.md#how-it-stops', problem: 'no heading with the anchor #how-it-stops' },
      { line: 5, url: '#nowhere', problem: 'no heading with the anchor #nowhere' },
      { line: 6, url: '../elsewhere.md', problem: 'points outside the repository' },
      { line: 6, url: 'code.ts#L3', problem: 'an anchor in a file that is not Markdown' },
      { line: 8, url: 'docs/missing.md', problem: 'no such file' },
    ]);
  });
});
