import { once } from 'node:events';
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpDrain, type HttpDrain } from './http-drain.js';
import type { InFlight } from './in-flight.js';

/** Answers 404 to every path not listed, so that a scanner learns nothing. */
function routeByPath(routes: Record<string, RequestListener>): RequestListener {
  return (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const route = routes[path];
    if (route) return route(req, res);
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
  };
}

export interface ServedHttp extends HttpDrain {
  readonly port: number;
}

/**
 * Serves `routes` (by exact path) on their own port, each request counted on `inFlight` until
 * its response closes; `close` drains as Slack's receiver does. For Discord's interactions
 * endpoint when no Slack HTTP receiver serves it.
 */
export async function serveHttp(options: {
  port: number;
  host?: string;
  routes: Record<string, RequestListener>;
  inFlight: InFlight;
  kind: string;
}): Promise<ServedHttp> {
  const server = createServer(routeByPath(options.routes));
  server.listen(options.port, options.host);
  await Promise.race([once(server, 'listening'), once(server, 'error').then(([err]) => Promise.reject(err))]);
  const drain = createHttpDrain(server, options.inFlight, options.kind);
  return { port: (server.address() as AddressInfo).port, close: () => drain.close() };
}
