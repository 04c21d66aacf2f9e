import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHealthRegistry } from '../../adapters/shared/health-registry.js';
import { createMetrics } from '../../adapters/shared/metrics.js';
import { type OpsServer, startOpsServer } from '../../adapters/shared/ops-server.js';
import { silentLogger } from '../../src/index.js';
import { freePort } from '../support/free-port.js';

// The image cannot be built on this machine (no Docker): what can be checked is that the
// Dockerfile's commands exist in what it copies, and that its HEALTHCHECK works (run here
// against a real ops listener, from the dist/ the unit project's global setup builds).

const run = promisify(execFile);
const dockerfile = readFileSync('Dockerfile', 'utf8');
// One instruction per line, continuation lines joined.
const lines = dockerfile
  .replace(/\\\n\s*/g, ' ')
  .split('\n')
  .filter((line) => !line.startsWith('#'));
const jsonArgs = (instruction: string) => {
  const line = lines.find((l) => l.startsWith(`${instruction} `));
  const match = /\[(.*)\]/.exec(line ?? '');
  return match ? (JSON.parse(`[${match[1]}]`) as string[]) : [];
};

describe('the Dockerfile', () => {
  it('builds in one stage and runs from an official Node slim image in another, as a non-root user, under an init', () => {
    const froms = lines.filter((l) => l.startsWith('FROM '));
    expect(froms).toHaveLength(2);
    for (const from of froms) expect(from).toMatch(/^FROM node:\d+-[a-z]+-slim\b/);
    expect(lines.filter((l) => l.startsWith('USER ')).map((l) => l.slice(5).trim())).toEqual(['node']);
    expect(jsonArgs('ENTRYPOINT')).toEqual(['/usr/bin/tini', '--']);
    expect(dockerfile).toMatch(/apt-get install -y --no-install-recommends tini/);
  });

  it('runs files that the build emits, and copies only what exists', () => {
    const [node, main] = jsonArgs('CMD');
    expect(node).toBe('node');
    expect(main).toBe('dist/adapters/main.js');
    expect(existsSync(main ?? '')).toBe(true);
    const health = jsonArgs('HEALTHCHECK');
    expect(health.slice(0, 2)).toEqual(['node', 'dist/adapters/healthcheck.js']);
    expect(existsSync(health[1] ?? '')).toBe(true);
    const copied = lines
      .filter((l) => l.startsWith('COPY ') && !l.includes('--from='))
      .flatMap((l) => l.slice(5).trim().split(/\s+/).slice(0, -1));
    for (const source of copied) expect(existsSync(source), source).toBe(true);
  });
});

describe('the image HEALTHCHECK (dist/adapters/healthcheck.js)', () => {
  let ops: OpsServer;
  const health = createHealthRegistry();
  beforeAll(async () => {
    ops = await startOpsServer({
      port: 0,
      host: '127.0.0.1',
      readiness: async () => health.snapshot(),
      metrics: createMetrics({ processMetrics: false }),
      logger: silentLogger,
    });
  });
  afterAll(() => ops.close());

  const probe = (port: number, path?: string) =>
    run(process.execPath, ['dist/adapters/healthcheck.js', ...(path ? [path] : [])], {
      env: { PATH: process.env.PATH ?? '', OPS_PORT: String(port) },
    }).then(
      () => 0,
      (err: { code?: number }) => err.code ?? -1,
    );

  it('exits 0 when /healthz answers on OPS_PORT', async () => {
    expect(await probe(ops.port)).toBe(0);
  });

  it('exits 1 when nothing listens, or the path asked for is not OK (readiness while starting)', async () => {
    expect(await probe(await freePort())).toBe(1);
    expect(await probe(ops.port, '/readyz')).toBe(1);
  });
});
