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
  /**
   * A response_url post the fake refused as scripted with `failRespond` (`'500'`, `'429'`,
   * `'404'`, `'dropped'`): not shown to anyone. Absent for posts that were taken.
   */
  failure?: string;
}

/** How a response_url answers one post instead of taking it (see `failRespond`). */
export type RespondFailure =
  | { type: 'status'; status: number; body?: string; headers?: Record<string, string> }
  /** The connection is closed after the request arrived, with no answer. */
  | { type: 'drop' };

/** A message as `conversations.history` returns it. */
export interface FakeMessage {
  type: 'message';
  ts: string;
  text?: string;
  blocks?: unknown;
  user?: string;
  bot_id?: string;
}

/** A conversation as `users.conversations` lists it (the fields casebot reads). */
export interface FakeConversation {
  id: string;
  name?: string;
  is_channel?: boolean;
  is_group?: boolean;
  is_im?: boolean;
  is_mpim?: boolean;
  is_private?: boolean;
}

/** How the fake answers one call instead of its usual answer. */
export interface FakeFailure {
  body: Record<string, unknown>;
  /** HTTP status (default 200: Slack reports most errors as `ok: false` in a 200). */
  status?: number;
  headers?: Record<string, string>;
}

/** A call the fake holds without answering (a process dying mid-call); see `hangNext`. */
export interface HeldCall {
  /** Resolves once the held call arrived (and, for `chat.postMessage`, reached the channel). */
  arrived: Promise<void>;
  /** Answers the held call as usual. */
  release(): void;
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
  /**
   * Resolves with the first call (already received or still to come) that matches; rejects
   * after `timeoutMs`, or at once when `signal` aborts (the answer came another way).
   */
  waitFor(
    match: (call: RecordedCall) => boolean,
    timeoutMs?: number,
    signal?: AbortSignal,
  ): Promise<RecordedCall>;
  /**
   * The next call to this Web API method answers with this body instead (and, with `options`,
   * this HTTP status and headers: `{ status: 429, headers: { 'retry-after': '30' } }`).
   */
  failNext(method: string, body: Record<string, unknown>, options?: Omit<FakeFailure, 'body'>): void;
  /**
   * The next posts to the response_url `id` fail, one failure per post, in order (a 500, a 429
   * with Retry-After, a 404 `expired_url`, a dropped connection); later posts are taken.
   */
  failRespond(id: string, ...failures: RespondFailure[]): void;
  /** The posts to the response_url `id` that were taken (not failed as scripted): what people see. */
  taken(id: string): RecordedCall[];
  /**
   * The next call to this method is carried out (a `chat.postMessage` reaches the channel) but
   * not answered until `release()`: what Slack sees when casebot dies between post and reply.
   */
  hangNext(method: string): HeldCall;
  /**
   * From now on every response_url post is recorded when it arrives but answered only at
   * `release()`: answers still being delivered when the app is told to stop.
   */
  holdResponses(): { release(): void };
  /**
   * The response_url ids whose post the fake answered while the app was still connected: the
   * answers the app knows were delivered (a post cut off by the app's exit is not in it).
   */
  delivered: Set<string>;
  /** Resolves once the response_url post named `id` is in `delivered`. */
  waitForDelivered(id: string, timeoutMs?: number): Promise<void>;
  /** Each channel's messages, oldest first: what `chat.postMessage` posted and `addMessage` added. */
  channels: Map<string, FakeMessage[]>;
  /** Which conversations each user is in, for `users.conversations`: set by tests. */
  memberships: Map<string, FakeConversation[]>;
  /** The App Home view last published for each user (`views.publish`). */
  homes: Map<string, unknown>;
  /** Puts a message in a channel, as if someone posted it; returns its `ts`. */
  addMessage(channel: string, message: Omit<FakeMessage, 'type' | 'ts'>): string;
  /** Socket Mode: sends an envelope to the connected client (after its `hello`). */
  sendEnvelope(envelope: Record<string, unknown>): void;
  /** Socket Mode: cuts the connection as a network fault would; the client reconnects. */
  dropSocket(): void;
  close(): Promise<void>;
}

function parseBody(raw: string, headers: IncomingHttpHeaders): Record<string, unknown> {
  if (raw === '') return {};
  if ((headers['content-type'] ?? '').includes('application/json'))
    return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    // The Web API client sends structured arguments (blocks) as JSON strings in the form.
    out[key] = ['blocks', 'attachments', 'unfurls', 'view'].includes(key) ? JSON.parse(value) : value;
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

export interface FakeSlackApiOptions {
  record?: boolean;
  /**
   * Stamps messages' `ts` with this clock (tests of digests inject theirs, so that
   * `conversations.history`'s `oldest` means what it would in Slack). Without it, `ts` counts up
   * from 1700000001.
   */
  now?: () => Date;
}

/** A page of what `users.conversations` returns for the user (the cursor is an offset). */
function userConversations(
  conversations: FakeConversation[],
  body: Record<string, unknown>,
): Record<string, unknown> {
  const types = String(body.types ?? 'public_channel').split(',');
  const typeOf = (c: FakeConversation) =>
    c.is_im ? 'im' : c.is_mpim ? 'mpim' : c.is_private ? 'private_channel' : 'public_channel';
  const listed = conversations.filter((c) => types.includes(typeOf(c)));
  const limit = Math.min(Number(body.limit ?? 100) || 100, 1000);
  const offset = Number(body.cursor ?? 0) || 0;
  const more = offset + limit < listed.length;
  return {
    ok: true,
    channels: listed.slice(offset, offset + limit),
    response_metadata: { next_cursor: more ? String(offset + limit) : '' },
  };
}

/** The messages after `oldest`, newest first, a page at a time (the cursor is an offset). */
function history(messages: FakeMessage[], body: Record<string, unknown>): Record<string, unknown> {
  const oldest = body.oldest === undefined ? Number.NEGATIVE_INFINITY : Number(body.oldest);
  const inclusive = body.inclusive === 'true' || body.inclusive === true;
  const after = messages
    .filter((m) => (inclusive ? Number(m.ts) >= oldest : Number(m.ts) > oldest))
    .reverse();
  const limit = Math.min(Number(body.limit ?? 100) || 100, 999);
  const offset = Number(body.cursor ?? 0) || 0;
  const page = after.slice(offset, offset + limit);
  const more = offset + limit < after.length;
  return {
    ok: true,
    messages: page,
    has_more: more,
    response_metadata: { next_cursor: more ? String(offset + limit) : '' },
  };
}

export async function startFakeSlackApi(options: FakeSlackApiOptions = {}): Promise<FakeSlackApi> {
  const record = options.record ?? true;
  const calls: RecordedCall[] = [];
  const events = new EventEmitter();
  events.setMaxListeners(0);
  const failures = new Map<string, FakeFailure[]>();
  const respondFailures = new Map<string, RespondFailure[]>();
  const holds = new Map<string, Array<{ arrived: () => void; released: Promise<void> }>>();
  let responsesReleased: Promise<void> | undefined;
  const delivered = new Set<string>();
  const channels = new Map<string, FakeMessage[]>();
  const memberships = new Map<string, FakeConversation[]>();
  const homes = new Map<string, unknown>();
  let ts = 1_700_000_000;
  let seq = 0;
  const nextTs = () => {
    if (!options.now) {
      ts += 1;
      return `${ts}.000100`;
    }
    seq += 1;
    return `${Math.floor(options.now().getTime() / 1000)}.${String(seq).padStart(6, '0')}`;
  };
  const addMessage = (channel: string, message: Omit<FakeMessage, 'type' | 'ts'>): string => {
    const stamped: FakeMessage = { type: 'message', ts: nextTs(), ...message };
    channels.set(channel, [...(channels.get(channel) ?? []), stamped]);
    return stamped.ts;
  };

  const apiResponse = (method: string, body: Record<string, unknown>): Record<string, unknown> => {
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          user_id: FAKE_BOT_USER_ID,
          bot_id: FAKE_BOT_ID,
          team_id: FAKE_TEAM_ID,
          user: 'casebot',
        };
      case 'chat.postMessage': {
        const message: Omit<FakeMessage, 'type' | 'ts'> = {
          user: FAKE_BOT_USER_ID,
          bot_id: FAKE_BOT_ID,
        };
        if (typeof body.text === 'string') message.text = body.text;
        if (body.blocks !== undefined) message.blocks = body.blocks;
        const posted = addMessage(String(body.channel), message);
        return { ok: true, channel: body.channel, ts: posted };
      }
      case 'chat.unfurl':
        // Slack refuses an unfurl that names neither a message nor a link in the composer.
        return (body.channel !== undefined && body.ts !== undefined) ||
          (body.unfurl_id !== undefined && body.source !== undefined)
          ? { ok: true }
          : { ok: false, error: 'invalid_arguments' };
      case 'views.open':
        // A trigger_id opens one view, within three seconds of the interaction that gave it.
        return body.trigger_id !== undefined && body.view !== undefined
          ? { ok: true, view: { id: `V${nextTs().replace('.', '')}` } }
          : { ok: false, error: 'invalid_arguments' };
      case 'views.publish': {
        // Slack publishes a home tab for one user: both arguments are required.
        if (typeof body.user_id !== 'string' || body.view === undefined)
          return { ok: false, error: 'invalid_arguments' };
        homes.set(body.user_id, body.view);
        return { ok: true, view: { id: `V${nextTs().replace('.', '')}`, type: 'home' } };
      }
      case 'users.conversations':
        return userConversations(memberships.get(String(body.user)) ?? [], body);
      case 'conversations.open':
        // One user: their DM with the app, the same id every time.
        return typeof body.users === 'string' && !body.users.includes(',')
          ? { ok: true, channel: { id: `D${body.users.slice(1)}` } }
          : { ok: false, error: 'invalid_arguments' };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: nextTs() };
      case 'conversations.history':
        return history(channels.get(String(body.channel)) ?? [], body);
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
      const respondFailure = call.kind === 'respond' ? respondFailures.get(call.name)?.shift() : undefined;
      if (respondFailure)
        call.failure = respondFailure.type === 'drop' ? 'dropped' : String(respondFailure.status);
      if (record) calls.push(call);
      events.emit('call', call);
      if (respondFailure?.type === 'drop') {
        req.socket.destroy();
      } else if (respondFailure) {
        res
          .writeHead(respondFailure.status, { 'content-type': 'text/plain', ...respondFailure.headers })
          .end(respondFailure.body ?? '');
      } else if (call.kind === 'api') {
        const failure = failures.get(call.name)?.shift();
        const answer = failure?.body ?? apiResponse(call.name, body);
        const hold = holds.get(call.name)?.shift();
        if (hold) {
          hold.arrived();
          await hold.released;
        }
        res
          .writeHead(failure?.status ?? 200, { 'content-type': 'application/json', ...failure?.headers })
          .end(JSON.stringify(answer));
      } else {
        await responsesReleased;
        // An app that exited while its post was held is gone: nothing to answer.
        if (req.socket.destroyed) return;
        res.once('finish', () => {
          delivered.add(call.name);
          events.emit('delivered', call.name);
        });
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
    waitFor(match, timeoutMs = 5000, signal) {
      const found = calls.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const stop = () => {
          clearTimeout(timer);
          events.off('call', onCall);
          signal?.removeEventListener('abort', onAbort);
        };
        const onCall = (call: RecordedCall) => {
          if (!match(call)) return;
          stop();
          resolve(call);
        };
        const onAbort = () => {
          stop();
          reject(new Error('fake Slack API: no longer waiting'));
        };
        const timer = setTimeout(() => {
          stop();
          reject(new Error(`fake Slack API: no matching call within ${timeoutMs} ms`));
        }, timeoutMs);
        events.on('call', onCall);
        signal?.addEventListener('abort', onAbort);
      });
    },
    failRespond(id, ...scripted) {
      respondFailures.set(id, [...(respondFailures.get(id) ?? []), ...scripted]);
    },
    taken: (id) => calls.filter((c) => c.kind === 'respond' && c.name === id && c.failure === undefined),
    failNext(method, body, failure = {}) {
      failures.set(method, [...(failures.get(method) ?? []), { ...failure, body }]);
    },
    hangNext(method) {
      let arrived = () => {};
      let release = () => {};
      const held = {
        arrived: new Promise<void>((resolve) => {
          arrived = resolve;
        }),
        release: () => release(),
      };
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      holds.set(method, [...(holds.get(method) ?? []), { arrived, released }]);
      return held;
    },
    holdResponses() {
      let release = () => {};
      responsesReleased = new Promise<void>((resolve) => {
        release = resolve;
      });
      return {
        release: () => {
          responsesReleased = undefined;
          release();
        },
      };
    },
    delivered,
    waitForDelivered(id, timeoutMs = 5000) {
      if (delivered.has(id)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const onDelivered = (name: string) => {
          if (name !== id) return;
          clearTimeout(timer);
          events.off('delivered', onDelivered);
          resolve();
        };
        const timer = setTimeout(() => {
          events.off('delivered', onDelivered);
          reject(new Error(`fake Slack API: response ${id} not delivered within ${timeoutMs} ms`));
        }, timeoutMs);
        events.on('delivered', onDelivered);
      });
    },
    channels,
    memberships,
    homes,
    addMessage,
    sendEnvelope(envelope) {
      if (!client) throw new Error('fake Slack API: no Socket Mode client connected');
      client.send(JSON.stringify(envelope));
    },
    dropSocket() {
      client?.terminate();
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
