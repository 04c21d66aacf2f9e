import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Runs a TypeScript script in a Node process that file permissions apply to. Tests here often
 * run as root, and root ignores permissions (a read-only DATA_DIR is writable to it); so as
 * root the script runs through util-linux's `setpriv` with the capabilities that override
 * permissions (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH) removed, still as root, so it can read
 * the checkout wherever it is. As any other user it runs as is. Resolves with its stdout.
 */
export async function runWithFilePermissions(script: string, args: string[]): Promise<string> {
  const node = [process.execPath, '--import', 'tsx', script, ...args];
  const argv =
    process.getuid?.() === 0
      ? ['setpriv', '--bounding-set=-dac_override,-dac_read_search', '--', ...node]
      : node;
  try {
    const { stdout } = await run(argv[0]!, argv.slice(1), { timeout: 30_000 });
    return stdout;
  } catch (err) {
    if ((err as { code?: unknown }).code === 'ENOENT' && argv[0] === 'setpriv') {
      throw new Error('running as root, the permission tests need setpriv (Debian package util-linux)', {
        cause: err,
      });
    }
    throw err;
  }
}
