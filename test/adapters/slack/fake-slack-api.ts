import { EventEmitter } from 'node:events';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

/** One request the fake received: a Web API call or a post to a response_url. */
export interface RecordedCall {
  kind: 'api' | 'respond' | 'socket';
  /** Web API method (`chat.postMessage`), the response_url's id, or `ack` for Socket Mode acks. */
  name: string;
  body: Record<string, unknown>;
  headers: IncomingHttpHeaders;
  /** When it arrived, from `performance.now()` (the benchmark measures with it). */
  at: number;
}

export const FAKE_BOT_USER_ID = 'UCASEBOT';
export const FAKE_BOT_ID = 'BCASEBOT';
export const FAKE_TEAM_ID = 'T0TEAM';

/**
 * A small local stand-in for Slack: the Web API under `/api/<method>` and response_urls under
 * `/respond/<id>`, on 127.0.0.1. It records what the adapter sends; tests assert on it.
 */
export interface FakeSlackApi {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** The value for `SLACK_API_URL`. */
  apiUrl: string;
  /** A response_url for one request; posts to it are recorded under `name: id`. */
  responseUrl(id: string): string;
  calls: RecordedCall[];
  /** Resolves with the first call (already received or still to come) that matches. */
  waitFor(match: (call: RecordedCall) => boolean, timeoutMs?: number): Promise<RecordedCall>;
  /** The next call to this Web API method answers with this body instead. */
  failNext(method: string, body: Record<string, unknown>): void;
  /** Socket Mode: sends an envelope to the connected client (after its `hello`). */
  sendEnvelope(envelope: Record<string, unknown>): void;
  close(): Promise<void>;
}

function parseBody(raw: string, headers: IncomingHttpHeaders): Record<string, unknown> {
  if (raw === '') return {};
  if ((headers['content-type'] ?? '').includes('application/json'))
    return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    // The Web API client sends structured arguments (blocks) as JSON strings in the form.
    out[key] = key === 'blocks' || key === 'attachments' ? JSON.parse(value) : value;
  }
  return out;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startFakeSlackApi(options: { record?: boolean } = {}): Promise<FakeSlackApi> {
  const record = options.record ?? true;
  const calls: RecordedCall[] = [];
  const events = new EventEmitter();
  events.setMaxListeners(0);
  const failures = new Map<string, Record<string, unknown>[]>();
  let ts = 1_700_000_000;

  const apiResponse = (method: string, body: Record<string, unknown>): Record<string, unknown> => {
    const failure = failures.get(method)?.shift();
    if (failure) return failure;
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          user_id: FAKE_BOT_USER_ID,
          bot_id: FAKE_BOT_ID,
          team_id: FAKE_TEAM_ID,
          user: 'casebot',
        };
      case 'chat.postMessage':
        ts += 1;
        return { ok: true, channel: body.channel, ts: `${ts}.000100` };
      case 'chat.postEphemeral':
        ts += 1;
        return { ok: true, message_ts: `${ts}.000200` };
      case 'apps.connections.open':
        return { ok: true, url: `${url.replace('http', 'ws')}/socket` };
      default:
        return { ok: true };
    }
  };

  const server: Server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      const body = parseBody(raw, req.headers);
      const api = /^\/api\/([\w.]+)$/.exec(path);
      const respond = /^\/respond\/([\w-]+)$/.exec(path);
      const call: RecordedCall | undefined = api?.[1]
        ? { kind: 'api', name: api[1], body, headers: req.headers, at: performance.now() }
        : respond?.[1]
          ? { kind: 'respond', name: respond[1], body, headers: req.headers, at: performance.now() }
          : undefined;
      if (!call) {
        res.writeHead(404).end();
        return;
      }
      if (record) calls.push(call);
      events.emit('call', call);
      if (call.kind === 'api') {
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify(apiResponse(call.name, body)));
      } else {
        res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      }
    })().catch(() => {
      res.writeHead(500).end();
    });
  });
  // Socket Mode: Slack's side of the WebSocket, on the same port.
  const sockets = new WebSocketServer({ server, path: '/socket' });
  let client: WebSocket | undefined;
  sockets.on('connection', (ws) => {
    client = ws;
    ws.on('message', (data) => {
      const body = JSON.parse(String(data)) as Record<string, unknown>;
      const call: RecordedCall = { kind: 'socket', name: 'ack', body, headers: {}, at: performance.now() };
      if (record) calls.push(call);
      events.emit('call', call);
    });
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0CASEBOT' } }));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    apiUrl: `${url}/api/`,
    responseUrl: (id) => `${url}/respond/${id}`,
    calls,
    waitFor(match, timeoutMs = 5000) {
      const found = calls.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const onCall = (call: RecordedCall) => {
          if (!match(call)) return;
          clearTimeout(timer);
          events.off('call', onCall);
          resolve(call);
        };
        const timer = setTimeout(() => {
          events.off('call', onCall);
          reject(new Error(`fake Slack API: no matching call within ${timeoutMs} ms`));
        }, timeoutMs);
        events.on('call', onCall);
      });
    },
    failNext(method, body) {
      failures.set(method, [...(failures.get(method) ?? []), body]);
    },
    sendEnvelope(envelope) {
      if (!client) throw new Error('fake Slack API: no Socket Mode client connected');
      client.send(JSON.stringify(envelope));
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const ws of sockets.clients) ws.terminate();
        sockets.close();
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
