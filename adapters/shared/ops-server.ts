import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../../src/index.js';
import type { HealthSnapshot } from './health-registry.js';
import type { Metrics } from './metrics.js';

/** The paths the operations listener answers (documented in docs/deploy.md). */
export const OPS_PATHS = {
  health: '/healthz',
  ready: '/readyz',
  metrics: '/metrics',
  status: '/status',
} as const;

export interface OpsServerOptions {
  port: number;
  host?: string;
  /** What `/readyz` reports: 200 when `ready`, else 503, with the snapshot as JSON either way. */
  readiness(): Promise<HealthSnapshot>;
  metrics: Pick<Metrics, 'render' | 'contentType'>;
  /** What `/status` reports (what `casebot status` reads); absent: 404; undefined while starting: 503. */
  status?(): Promise<unknown>;
  logger: Logger;
}

export interface OpsServer {
  /** The port listened on (useful with port 0). */
  readonly port: number;
  /** Stops listening and ends every connection; called last in a stop, so `/readyz` answers 503 throughout. */
  close(): Promise<void>;
}

/**
 * The operations listener (OPS_PORT): `/healthz` (the process is alive), `/readyz` (ready to
 * take traffic), `/metrics` (Prometheus) and `/status`. GET and HEAD only; nothing here takes a
 * request body or changes anything, so it needs no authentication beyond not being exposed.
 */
export async function startOpsServer(options: OpsServerOptions): Promise<OpsServer> {
  const { logger } = options;
  const started = performance.now();
  const server = createServer((req, res) => {
    route(req, res).catch((err: unknown) => {
      logger.error({ err, path: req.url }, 'ops request failed');
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'internal error\n');
      else res.destroy();
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const known = (Object.values(OPS_PATHS) as string[]).includes(path);
    if (!known) return send(res, 404, 'text/plain; charset=utf-8', 'not found\n');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      return send(res, 405, 'text/plain; charset=utf-8', 'method not allowed\n');
    }
    switch (path) {
      case OPS_PATHS.health:
        return sendJson(res, 200, { status: 'alive', uptimeSeconds: uptime(started) });
      case OPS_PATHS.ready: {
        const snapshot = await options.readiness();
        return sendJson(res, snapshot.ready ? 200 : 503, snapshot);
      }
      case OPS_PATHS.metrics:
        return send(res, 200, options.metrics.contentType, await options.metrics.render());
      case OPS_PATHS.status: {
        if (!options.status) return send(res, 404, 'text/plain; charset=utf-8', 'not found\n');
        const report = await options.status();
        if (report === undefined) return sendJson(res, 503, { status: 'starting' });
        return sendJson(res, 200, report);
      }
      default:
        return send(res, 404, 'text/plain; charset=utf-8', 'not found\n');
    }
  }

  server.listen(options.port, options.host);
  await Promise.race([once(server, 'listening'), once(server, 'error').then(([err]) => Promise.reject(err))]);
  const port = (server.address() as AddressInfo).port;
  logger.info({ port, paths: Object.values(OPS_PATHS) }, 'ops listener ready');
  let closing: Promise<void> | undefined;
  return {
    port,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

function uptime(started: number): number {
  return Math.round((performance.now() - started) / 1000);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, 'application/json; charset=utf-8', `${JSON.stringify(body)}\n`);
}

function send(res: ServerResponse, status: number, contentType: string, body: string): void {
  res.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store' });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}
