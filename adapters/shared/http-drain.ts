import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import type { InFlight } from './in-flight.js';

/** What a client is told to do with a request that arrives while the server drains. */
const RETRY_AFTER_SECONDS = '5';

export interface HttpDrain {
  /**
   * Stops taking requests: no new connection is accepted, a request arriving on a kept-alive
   * connection gets 503 with `Connection: close`, and every connection closes once its response
   * is done. Resolves when the last connection closed. Calling it again returns the same promise.
   */
  close(): Promise<void>;
}

/**
 * Puts `server`'s request handling under `inFlight`: each request counts as `kind` from its
 * arrival until its response closes, so a stop cannot miss one that arrived but has not
 * reached its handler yet. Wraps the listeners the server already has (Bolt's receiver).
 */
export function createHttpDrain(server: Server, inFlight: InFlight, kind: string): HttpDrain {
  const handlers = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  const open = new Set<ServerResponse>();
  let closing: Promise<void> | undefined;

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (closing) {
      req.resume();
      res.writeHead(503, { connection: 'close', 'retry-after': RETRY_AFTER_SECONDS }).end();
      return;
    }
    const done = inFlight.begin(kind);
    open.add(res);
    res.once('close', () => {
      open.delete(res);
      done();
      // A response that was already under way when the drain began kept its connection alive.
      if (closing) setImmediate(() => server.closeIdleConnections());
    });
    for (const handler of handlers) handler.call(server, req, res);
  });

  return {
    close() {
      closing ??= new Promise<void>((resolve) => {
        // Node already ended idle kept-alive connections in close(); these end after their response.
        for (const res of open) if (!res.headersSent) res.setHeader('connection', 'close');
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      return closing;
    },
  };
}
