import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';

const run = promisify(execFile);
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/**
 * Brings dist/ up to date as `npm start`'s prestart does (`tsc -b tsconfig.build.json`), so that
 * tests and benchmarks that run the compiled entries never run a stale build.
 */
export async function buildDist(): Promise<void> {
  try {
    await run(process.execPath, [tsc, '-b', 'tsconfig.build.json']);
  } catch (err) {
    const { stdout = '', stderr = '' } = err as { stdout?: string; stderr?: string };
    throw new Error(`tsc -b tsconfig.build.json failed:\n${stdout}${stderr}`, { cause: err });
  }
}
