import { DEFAULT_OPS_PORT } from './shared/ops-config.js';
import { OPS_PATHS } from './shared/ops-server.js';

/** A probe that has no answer by then fails: Docker's HEALTHCHECK timeout is longer. */
const PROBE_TIMEOUT_MS = 2000;

/**
 * The image's HEALTHCHECK: exits 0 when casebot's ops listener on this machine says it is alive
 * (`GET /healthz` on OPS_PORT), 1 otherwise. Node's slim image has no curl, and this needs no
 * more than Node; it reads OPS_PORT as `npm start` does.
 */
async function probe(): Promise<number> {
  const port = Number(process.env.OPS_PORT?.trim() || DEFAULT_OPS_PORT);
  const path = process.argv[2] ?? OPS_PATHS.health;
  try {
    const res = await fetch(`http://127.0.0.1:${port}${path}`, {
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    });
    await res.body?.cancel();
    if (res.ok) return 0;
    process.stderr.write(`casebot healthcheck: ${path} answered ${res.status}\n`);
  } catch (err) {
    process.stderr.write(
      `casebot healthcheck: no answer on port ${port}: ${err instanceof Error ? err.message : String(err)}\n`,
    );
  }
  return 1;
}

process.exitCode = await probe();
