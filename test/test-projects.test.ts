import { parseDependencyTree } from 'dpdm';
import { describe, expect, it } from 'vitest';
import { PROCESS_TESTS } from '../vitest.config.js';

// `npm run test:unit` skips the `process` project: it must hold every test file that starts
// another process, and only those, or the fast run would spawn or the full run would miss one.

const SPAWNS = new Set(['node:child_process', 'child_process']);

describe('the test projects', () => {
  it('put exactly the test files that reach node:child_process in the process project', async () => {
    const tree = await parseDependencyTree(['test/**/*.test.ts'], {
      context: process.cwd(),
      transform: false,
      skipDynamicImports: false,
    });
    const memo = new Map<string, boolean>();
    const spawns = (file: string, seen: Set<string>): boolean => {
      const known = memo.get(file);
      if (known !== undefined) return known;
      if (seen.has(file)) return false;
      seen.add(file);
      const deps = tree[file] ?? [];
      const found = deps.some(
        (dep) => SPAWNS.has(dep.request) || (dep.id !== null && dep.id in tree && spawns(dep.id, seen)),
      );
      memo.set(file, found);
      return found;
    };
    const testFiles = Object.keys(tree).filter(
      (file) => file.startsWith('test/') && file.endsWith('.test.ts'),
    );
    expect(testFiles.length).toBeGreaterThan(100);
    const spawning = testFiles.filter((file) => !file.endsWith('.pg.test.ts') && spawns(file, new Set()));
    expect(spawning.sort()).toEqual([...PROCESS_TESTS].sort());
  }, 60_000);
});
