import { expect, inject, it } from 'vitest';
import { runStoreBench } from '../../bench/store-bench.js';

it('the store benchmark times every answer-path operation on both backends', async () => {
  const url = inject('postgresUrl');
  const lines = await runStoreBench({ operations: 4, postgresUrl: url, quiet: true });
  for (const operation of [
    'whole answer',
    'claim',
    'context put',
    'context get',
    'conversation set',
    'conversation get',
    'ping',
  ]) {
    const line = lines.find((l) => l.trimStart().startsWith(operation));
    expect(line, operation).toMatch(/(\d+(\.\d+)? m?s\s+){4}\d+\.\d×$/);
  }
  expect(lines.at(-1)).toMatch(/PostgreSQL at postgres/);
  const password = new URL(url).password;
  if (password !== '') expect(lines.join('\n')).not.toContain(password);
});
