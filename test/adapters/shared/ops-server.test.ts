import { afterEach, describe, expect, it } from 'vitest';
import { createHealthRegistry } from '../../../adapters/shared/health-registry.js';
import { createMetrics } from '../../../adapters/shared/metrics.js';
import { type OpsServer, startOpsServer } from '../../../adapters/shared/ops-server.js';
import { checkReadiness, storeReadiness } from '../../../adapters/shared/readiness.js';
import { openSqliteStore } from '../../../src/index.js';
import { recordingLogger } from '../../support/recording-logger.js';

const servers: OpsServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function start(setup: Partial<Parameters<typeof startOpsServer>[0]> = {}) {
  const health = createHealthRegistry();
  const store = openSqliteStore({ file: ':memory:' });
  const metrics = createMetrics({ processMetrics: false });
  const server = await startOpsServer({
    port: 0,
    host: '127.0.0.1',
    readiness: () => checkReadiness({ health, live: { store: storeReadiness(store) } }),
    metrics,
    logger: recordingLogger(),
    ...setup,
  });
  servers.push(server);
  const get = (path: string, init?: RequestInit) => fetch(`http://127.0.0.1:${server.port}${path}`, init);
  return { health, store, metrics, server, get };
}

describe('ops server', () => {
  it('says it is alive from the start, whatever readiness says', async () => {
    const { get } = await start();
    const res = await get('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'alive' });
  });

  it('is not ready while starting, ready once running with everything ready, naming each part', async () => {
    const { health, get } = await start();
    health.set('knowledge', { ready: true, detail: { cases: 18 } });
    health.set('slack', { ready: false, reason: 'auth.test has not passed yet' });
    let res = await get('/readyz');
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({
      phase: 'starting',
      ready: false,
      components: { slack: { ready: false, reason: 'auth.test has not passed yet' }, store: { ready: true } },
    });
    health.set('slack', { ready: true });
    health.running();
    res = await get('/readyz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      phase: 'running',
      ready: true,
      components: {
        knowledge: { ready: true, detail: { cases: 18 } },
        slack: { ready: true },
        store: { ready: true, detail: { backend: 'sqlite', latencyMs: expect.any(Number) } },
      },
    });
  });

  it('is not ready while the store does not answer, and says why', async () => {
    const { health, store, get } = await start();
    health.running();
    await store.close();
    const res = await get('/readyz');
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({
      ready: false,
      components: { store: { ready: false, detail: { backend: 'sqlite', code: 'STORE_CLOSED' } } },
    });
  });

  it('answers 503 at once once a stop began, without asking the store', async () => {
    const hanging = { ping: () => new Promise<never>(() => {}) };
    const health = createHealthRegistry();
    const { get } = await start({
      readiness: () =>
        checkReadiness({ health, live: { store: storeReadiness(hanging) }, timeoutMs: 60_000 }),
    });
    health.running();
    health.stopping();
    const res = await get('/readyz');
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ phase: 'stopping', ready: false });
  });

  it('counts a live check that does not answer in time as not ready', async () => {
    const health = createHealthRegistry();
    health.running();
    const snapshot = await checkReadiness({
      health,
      live: { store: () => new Promise(() => {}) },
      timeoutMs: 10,
    });
    expect(snapshot).toEqual({
      phase: 'running',
      ready: false,
      components: { store: { ready: false, reason: 'no answer within 10 ms' } },
    });
  });

  it('serves the metrics in the Prometheus text format', async () => {
    const { metrics, get } = await start();
    metrics.knowledge({ cases: 18, version: 'abc' });
    const res = await get('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toContain('# TYPE casebot_knowledge_cases gauge');
    expect(text).toContain('casebot_knowledge_cases 18');
  });

  it('answers HEAD without a body, refuses other methods and unknown paths', async () => {
    const { get } = await start();
    const head = await get('/healthz', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await get('/readyz', { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    expect((await get('/admin')).status).toBe(404);
    expect((await get('/status')).status).toBe(404);
  });

  it('serves /status from its provider', async () => {
    const { get } = await start({ status: async () => ({ uptimeSeconds: 3 }) });
    expect(await (await get('/status')).json()).toEqual({ uptimeSeconds: 3 });
  });

  it('answers /status with 503 while the provider has nothing yet (the knowledge is loading)', async () => {
    const { get } = await start({ status: async () => undefined });
    const res = await get('/status');
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'starting' });
  });

  it('refuses to start on a port in use, with the error', async () => {
    const { server } = await start();
    await expect(start({ port: server.port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});
