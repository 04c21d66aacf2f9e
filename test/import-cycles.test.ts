import { parseCircular, parseDependencyTree } from 'dpdm';
import { describe, expect, it } from 'vitest';

// No two modules import each other, not even for types only: a type two files share goes in a
// small file of its own. dpdm reads every import as TypeScript writes it, types included.

describe('imports', () => {
  it('form no cycle in the core, the adapters, the benchmark or the tests', async () => {
    const tree = await parseDependencyTree(
      ['src/**/*.ts', 'adapters/**/*.ts', 'bench/**/*.ts', 'test/**/*.ts'],
      {
        context: process.cwd(),
        transform: false,
        skipDynamicImports: false,
      },
    );
    expect(Object.keys(tree).length).toBeGreaterThan(300);
    expect(parseCircular(tree).map((cycle) => cycle.join(' -> '))).toEqual([]);
  }, 60_000);
});
