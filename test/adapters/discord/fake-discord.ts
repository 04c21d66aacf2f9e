import { generateKeyPairSync, sign } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import {
  BOT_USER,
  botMessage,
  guildCreate,
  nextSnowflake,
  TEST_APPLICATION_ID,
  TEST_TOKEN,
} from './discord-payloads.js';

/** A request the bot made to the fake REST API. */
export interface RecordedRequest {
  method: string;
  /** Path after `/api/v10`, e.g. `/channels/123/messages`. */
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
  /** `performance.now()` when it arrived. */
  at: number;
}

/** A frame the bot sent over the gateway. */
export interface GatewayFrame {
  op: number;
  d: unknown;
  at: number;
}

interface Waiter<T> {
  predicate(item: T): boolean;
  resolve(item: T): void;
}

export interface FakeDiscordOptions {
  /** HELLO's heartbeat interval; short so that tests see heartbeats. */
  heartbeatIntervalMs?: number;
  /** How long `waitFor*` waits before failing with a readable message. */
  waitTimeoutMs?: number;
  /** The clock of message timestamps, e.g. a test's fake clock; real time by default. */
  now?: () => Date;
}

/** An answer a test scripts in place of the usual one (an error, a rate limit). */
export interface ScriptedResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A message the fake holds in a channel, as `GET /channels/:id/messages` returns it. */
export interface StoredMessage {
  id: string;
  channel_id: string;
  author: { id: string };
  content: string;
  timestamp: string;
  embeds: { footer?: { text: string } }[];
}

type Script =
  | { type: 'respond'; match: (r: RecordedRequest) => boolean; response: ScriptedResponse }
  | { type: 'drop'; match: (r: RecordedRequest) => boolean }
  | {
      type: 'hold';
      match: (r: RecordedRequest) => boolean;
      takeEffect: boolean;
      held: (() => void)[];
      released: boolean;
    };

/** Discord's most messages per `GET /channels/:id/messages`, and its default. */
const MAX_MESSAGES_PAGE = 100;
const DEFAULT_MESSAGES_PAGE = 50;

const API_PREFIX = '/api/v10';

/**
 * A small Discord for the tests, on 127.0.0.1: the REST routes discord.js uses and a gateway
 * speaking the real JSON protocol (HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats,
 * RESUME → replay + RESUMED). Tests dispatch events and assert on what the bot sends back.
 */
export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  /** Requests the fake answered while the bot was still connected: what the bot saw delivered. */
  readonly answered: RecordedRequest[] = [];
  readonly frames: GatewayFrame[] = [];
  /** Query strings the client connected with (`v`, `encoding`, `compress`). */
  readonly connectQueries: URLSearchParams[] = [];
  private readonly server: Server;
  private readonly wss = new WebSocketServer({ noServer: true });
  private socket: WebSocket | undefined;
  /** Sessions that identified and are still open: each gets every event, as on Discord. */
  private readonly sessions = new Set<WebSocket>();
  private seq = 0;
  private readonly history: { s: number; t: string; d: unknown }[] = [];
  private readonly sessionId = `session-${nextSnowflake()}`;
  private requestWaiters: Waiter<RecordedRequest>[] = [];
  private frameWaiters: Waiter<GatewayFrame>[] = [];
  private answerWaiters: Waiter<RecordedRequest>[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private port = 0;
  /** The application's signing key pair: Discord signs every interaction it POSTs with it. */
  private readonly keys = generateKeyPairSync('ed25519');
  /** Answer GET /gateway/bot with 401, as Discord does for a bad token. */
  rejectToken = false;
  /**
   * Close the gateway with this code when the bot identifies, as Discord does for a token it
   * no longer accepts (4004) or a privileged intent the bot may not use (4014).
   */
  refuseIdentify: number | undefined;
  /** Messages posted per channel, oldest first, with the nonce each was sent with. */
  private readonly channels = new Map<string, { message: StoredMessage; nonce?: string }[]>();
  private scripts: Script[] = [];
  /** Answers of held requests, until released. */
  private readonly heldAnswers: (() => void)[] = [];
  /** While set, an IDENTIFY waits here for its READY: the bot is still connecting. */
  private identifyHold: { held: (() => void)[] } | undefined;

  constructor(private readonly options: FakeDiscordOptions = {}) {
    this.server = createServer((req, res) => void this.onRequest(req, res));
    this.server.on('upgrade', (req, socket, head) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (url.pathname !== '/gateway') {
        socket.destroy();
        return;
      }
      this.connectQueries.push(url.searchParams);
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws, url.searchParams));
    });
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  /** DISCORD_PUBLIC_KEY: the application's public key as the Developer Portal shows it (64 hex digits). */
  get publicKeyHex(): string {
    const jwk = this.keys.publicKey.export({ format: 'jwk' });
    return Buffer.from(jwk.x ?? '', 'base64url').toString('hex');
  }

  /**
   * POSTs an interaction to an Interactions Endpoint URL as Discord does: the body signed with
   * Ed25519 over timestamp + body (`X-Signature-Ed25519`, `X-Signature-Timestamp`). `tamper`
   * sends what an impostor or a stale replay would. Resolves with the endpoint's answer.
   */
  async postInteraction(
    url: string,
    interaction: unknown,
    tamper: { signature?: 'bad' | 'missing'; timestamp?: number; body?: string } = {},
  ): Promise<{ status: number; contentType: string | null; body: unknown }> {
    const body = JSON.stringify(interaction);
    const timestamp = String(tamper.timestamp ?? Math.floor(this.now().getTime() / 1000));
    const signature = sign(null, Buffer.from(timestamp + body), this.keys.privateKey).toString('hex');
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'x-signature-timestamp': timestamp,
    };
    if (tamper.signature !== 'missing')
      headers['x-signature-ed25519'] =
        tamper.signature === 'bad' ? signature.replace(/^./, (c) => (c === '0' ? '1' : '0')) : signature;
    const res = await fetch(url, { method: 'POST', headers, body: tamper.body ?? body });
    const text = await res.text();
    const contentType = res.headers.get('content-type');
    return {
      status: res.status,
      contentType,
      body: text && contentType?.includes('json') ? JSON.parse(text) : text,
    };
  }

  /** Sends a dispatch event (op 0) with the next sequence number; returns when it was sent. */
  dispatch(t: string, d: unknown, only?: WebSocket): number {
    const s = ++this.seq;
    this.history.push({ s, t, d });
    const frame = JSON.stringify({ op: 0, t, s, d });
    const sessions = only ? [only] : new Set([...this.sessions, ...(this.socket ? [this.socket] : [])]);
    for (const socket of sessions) socket.send(frame);
    return performance.now();
  }

  /** How many gateway sessions are open and identified: how many processes hear every event. */
  get openSessions(): number {
    return this.sessions.size;
  }

  /**
   * Closes the gateway connection as a network fault or Discord would: 4000 and the like are
   * resumed; 4004 and 4010–4014 are fatal, and discord.js does not reconnect after them.
   */
  dropConnection(code = 4000): void {
    this.socket?.close(code, 'fake: dropped');
  }

  waitForRequest(predicate: (r: RecordedRequest) => boolean, what = 'a request'): Promise<RecordedRequest> {
    return this.waitFor(this.requests, this.requestWaiters, predicate, what);
  }

  /** The bot's first response to an interaction (POST /interactions/<id>/<token>/callback). */
  callbackOf(interaction: { id: string }): Promise<RecordedRequest> {
    return this.waitForRequest(
      (r) => r.method === 'POST' && r.path.startsWith(`/interactions/${interaction.id}/`),
      `the callback of interaction ${interaction.id}`,
    );
  }

  /** Resolves once the fake answered a matching request while the bot was still connected. */
  waitForAnswer(
    predicate: (r: RecordedRequest) => boolean,
    what = 'an answered request',
  ): Promise<RecordedRequest> {
    return this.waitFor(this.answered, this.answerWaiters, predicate, what);
  }

  waitForFrame(predicate: (f: GatewayFrame) => boolean, what = 'a gateway frame'): Promise<GatewayFrame> {
    return this.waitFor(this.frames, this.frameWaiters, predicate, what);
  }

  /** The messages in a channel, oldest first. */
  messagesIn(channelId: string): StoredMessage[] {
    return (this.channels.get(channelId) ?? []).map((entry) => entry.message);
  }

  /** Puts a message in a channel as if someone had posted it (at the fake's clock unless given). */
  addMessage(channelId: string, fields: Partial<StoredMessage> = {}): StoredMessage {
    const message = { ...(botMessage(channelId, {}, this.now()) as StoredMessage), ...fields };
    this.storeMessage(channelId, message);
    return message;
  }

  /** The next request matching `match` gets `response` instead of the usual answer. */
  respondOnce(match: (r: RecordedRequest) => boolean, response: ScriptedResponse): void {
    this.scripts.push({ type: 'respond', match, response });
  }

  /** The next request matching `match` loses its connection: no answer, and nothing takes effect. */
  dropOnce(match: (r: RecordedRequest) => boolean): void {
    this.scripts.push({ type: 'drop', match });
  }

  /**
   * The next request matching `match` takes effect (a message is created) but is not answered
   * until `release()`: a process that dies between sending a post and hearing back. With
   * `takeEffect: false` it is lost on the way instead, and `release()` drops the connection.
   */
  hold(match: (r: RecordedRequest) => boolean, what = 'the held request', options = { takeEffect: true }) {
    const script: Script = { type: 'hold', match, takeEffect: options.takeEffect, held: [], released: false };
    this.scripts.push(script);
    return {
      reached: this.waitForRequest(match, what),
      release: () => {
        script.released = true;
        for (const answer of script.held.splice(0)) {
          this.heldAnswers.splice(this.heldAnswers.indexOf(answer), 1);
          answer();
        }
      },
    };
  }

  /**
   * Holds the READY that answers the bot's IDENTIFY until `release()`: discord.js's login
   * (and so casebot's start) waits, as it does while Discord is slow to accept a session.
   */
  holdIdentify(): { reached: Promise<GatewayFrame>; release: () => void } {
    const hold = { held: [] as (() => void)[] };
    this.identifyHold = hold;
    return {
      reached: this.waitForFrame((f) => f.op === 2, 'the IDENTIFY'),
      release: () => {
        if (this.identifyHold === hold) this.identifyHold = undefined;
        for (const ready of hold.held.splice(0)) ready();
      },
    };
  }

  /** Answers (or drops) every held request and forgets unused scripts: for a test's clean-up. */
  releaseAll(): void {
    for (const script of this.scripts.splice(0)) if (script.type === 'hold') script.released = true;
    for (const answer of this.heldAnswers.splice(0)) answer();
    const identify = this.identifyHold;
    this.identifyHold = undefined;
    for (const ready of identify?.held.splice(0) ?? []) ready();
  }

  /** Requests other than the gateway discovery: what the bot said. */
  sent(method: string, pathPattern: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && pathPattern.test(r.path));
  }

  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private waitFor<T>(
    items: T[],
    waiters: Waiter<T>[],
    predicate: (item: T) => boolean,
    what: string,
  ): Promise<T> {
    const found = items.find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        waiters.splice(waiters.indexOf(waiter), 1);
        reject(new Error(`fake Discord: timed out waiting for ${what}`));
      }, this.options.waitTimeoutMs ?? 8000);
      this.timers.add(timer);
      const waiter: Waiter<T> = {
        predicate,
        resolve: (item) => {
          clearTimeout(timer);
          this.timers.delete(timer);
          resolve(item);
        },
      };
      waiters.push(waiter);
    });
  }

  private notify<T>(item: T, waiters: Waiter<T>[]): Waiter<T>[] {
    const remaining: Waiter<T>[] = [];
    for (const waiter of waiters) {
      if (waiter.predicate(item)) waiter.resolve(item);
      else remaining.push(waiter);
    }
    return remaining;
  }

  private onConnection(ws: WebSocket, query: URLSearchParams): void {
    if (query.get('v') !== '10' || query.get('encoding') !== 'json' || query.has('compress')) {
      ws.close(4012, 'fake: only v=10, encoding=json, no compression');
      return;
    }
    this.socket = ws;
    ws.on('close', () => {
      this.sessions.delete(ws);
      if (this.socket === ws) this.socket = undefined;
    });
    ws.on('message', (raw) => this.onFrame(ws, JSON.parse(String(raw)) as { op: number; d: unknown }));
    ws.send(
      JSON.stringify({ op: 10, d: { heartbeat_interval: this.options.heartbeatIntervalMs ?? 45_000 } }),
    );
  }

  private onFrame(ws: WebSocket, frame: { op: number; d: unknown }): void {
    const recorded = { ...frame, at: performance.now() };
    this.frames.push(recorded);
    switch (frame.op) {
      case 1:
        ws.send(JSON.stringify({ op: 11 }));
        break;
      case 2: {
        const d = frame.d as { token?: string };
        if (d.token !== TEST_TOKEN) {
          ws.close(4004, 'Authentication failed.');
          break;
        }
        if (this.refuseIdentify !== undefined) {
          ws.close(this.refuseIdentify, 'fake: identify refused');
          break;
        }
        if (this.identifyHold) {
          this.identifyHold.held.push(() => this.ready(ws));
          break;
        }
        this.ready(ws);
        break;
      }
      case 6: {
        const d = frame.d as { session_id?: string; seq?: number };
        if (d.session_id !== this.sessionId) {
          ws.send(JSON.stringify({ op: 9, d: false }));
          break;
        }
        for (const event of this.history.filter((e) => e.s > (d.seq ?? 0))) {
          ws.send(JSON.stringify({ op: 0, ...event }));
        }
        this.sessions.add(ws);
        this.dispatch('RESUMED', {}, ws);
        break;
      }
      default:
        break;
    }
    this.frameWaiters = this.notify(recorded, this.frameWaiters);
  }

  /** The gateway's answer to a valid IDENTIFY: a new session, and the guild. */
  /** READY and GUILD_CREATE to the session that identified, which from now on gets every event. */
  private ready(ws: WebSocket): void {
    this.history.length = 0;
    this.sessions.add(ws);
    this.dispatch(
      'READY',
      {
        v: 10,
        user: BOT_USER,
        guilds: [{ id: guildCreate().id, unavailable: true }],
        session_id: this.sessionId,
        resume_gateway_url: this.gatewayUrl,
        shard: [0, 1],
        application: { id: TEST_APPLICATION_ID, flags: 0 },
      },
      ws,
    );
    this.dispatch('GUILD_CREATE', guildCreate(), ws);
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // discord.js encodes `@original` and `@me` as `%40…`.
    const pathname = decodeURIComponent(url.pathname);
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path: pathname.startsWith(API_PREFIX) ? pathname.slice(API_PREFIX.length) : pathname,
      query: url.searchParams,
      headers: req.headers,
      body: text && req.headers['content-type']?.includes('json') ? JSON.parse(text) : text || undefined,
      at: performance.now(),
    };
    this.requests.push(recorded);
    const index = this.scripts.findIndex((script) => script.match(recorded));
    const script = index === -1 ? undefined : this.scripts.splice(index, 1)[0];
    if (script?.type === 'drop') {
      res.destroy();
      this.requestWaiters = this.notify(recorded, this.requestWaiters);
      return;
    }
    if (script?.type === 'hold' && !script.takeEffect) {
      const drop = () => res.destroy();
      script.held.push(drop);
      this.heldAnswers.push(drop);
      this.requestWaiters = this.notify(recorded, this.requestWaiters);
      return;
    }
    const { status, body, headers } =
      script?.type === 'respond' ? script.response : { ...this.route(recorded), headers: {} };
    const answer = () => {
      if (res.destroyed || res.writableEnded) return;
      res.once('finish', () => {
        this.answered.push(recorded);
        this.answerWaiters = this.notify(recorded, this.answerWaiters);
      });
      const contentType: Record<string, string> =
        body === undefined ? {} : { 'content-type': 'application/json' };
      res.writeHead(status, { ...contentType, ...headers });
      res.end(body === undefined ? undefined : JSON.stringify(body));
    };
    if (script?.type === 'hold' && !script.released) {
      script.held.push(answer);
      this.heldAnswers.push(answer);
    } else answer();
    this.requestWaiters = this.notify(recorded, this.requestWaiters);
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private storeMessage(channelId: string, message: StoredMessage, nonce?: string): void {
    const messages = this.channels.get(channelId) ?? [];
    messages.push(nonce === undefined ? { message } : { message, nonce });
    this.channels.set(channelId, messages);
  }

  /** Creates a message; with `enforce_nonce`, a nonce seen before returns that message, as Discord does. */
  private createMessage(channelId: string, body: unknown): StoredMessage {
    const b = (body ?? {}) as { nonce?: unknown; enforce_nonce?: unknown };
    const nonce = typeof b.nonce === 'string' ? b.nonce : undefined;
    const existing = this.channels.get(channelId)?.find((entry) => nonce && entry.nonce === nonce);
    if (existing && b.enforce_nonce === true) return existing.message;
    const message = botMessage(channelId, body, this.now()) as StoredMessage;
    this.storeMessage(channelId, message, nonce);
    return message;
  }

  /** Newest first, like Discord: `limit` (1–100, default 50) and `before` a message id. */
  private listMessages(channelId: string, query: URLSearchParams): StoredMessage[] {
    const limit = Math.min(Number(query.get('limit') ?? DEFAULT_MESSAGES_PAGE), MAX_MESSAGES_PAGE);
    const before = query.get('before');
    return this.messagesIn(channelId)
      .filter((m) => before === null || BigInt(m.id) < BigInt(before))
      .reverse()
      .slice(0, limit);
  }

  private route(r: RecordedRequest): { status: number; body?: unknown } {
    const { method, path } = r;
    const authorised = r.headers.authorization === `Bot ${TEST_TOKEN}`;
    if (method === 'GET' && path === '/gateway/bot') {
      if (this.rejectToken || !authorised)
        return { status: 401, body: { message: '401: Unauthorized', code: 0 } };
      return {
        status: 200,
        body: {
          url: this.gatewayUrl,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 60_000, max_concurrency: 1 },
        },
      };
    }
    if (/^\/interactions\/\d+\/[^/]+\/callback$/.test(path) && method === 'POST') {
      const modalProblem = modalProblemIn(r.body);
      if (modalProblem !== undefined)
        return { status: 400, body: { message: 'Invalid Form Body', code: 50035, errors: modalProblem } };
      return { status: 204 };
    }
    if (/^\/channels\/\d+\/messages$/.test(path) && method === 'POST' && authorised) {
      return { status: 200, body: this.createMessage(path.split('/')[2] ?? '', r.body) };
    }
    if (/^\/channels\/\d+\/messages$/.test(path) && method === 'GET' && authorised) {
      return { status: 200, body: this.listMessages(path.split('/')[2] ?? '', r.query) };
    }
    if (path === '/users/@me' && method === 'GET') {
      if (this.rejectToken || !authorised)
        return { status: 401, body: { message: '401: Unauthorized', code: 0 } };
      return { status: 200, body: BOT_USER };
    }
    if (path === '/users/@me/channels' && method === 'POST' && authorised) {
      const recipient = (r.body as { recipient_id: string }).recipient_id;
      return {
        status: 200,
        body: { id: nextSnowflake(), type: 1, recipients: [{ id: recipient, username: 'user' }] },
      };
    }
    const webhook = /^\/webhooks\/\d+\/[^/]+(\/messages\/(@original|\d+))?$/.exec(path);
    if (webhook && (method === 'POST' || method === 'PATCH')) {
      return { status: 200, body: botMessage('0', r.body, this.now()) };
    }
    if (/^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path) && method === 'PUT' && authorised) {
      const commands = (r.body as object[]).map((c) => ({
        ...c,
        id: nextSnowflake(),
        application_id: TEST_APPLICATION_ID,
        version: '1',
      }));
      return { status: 200, body: commands };
    }
    return { status: 404, body: { message: `fake Discord: no route ${method} ${path}`, code: 0 } };
  }
}

/**
 * Why Discord would refuse a modal response (type 9) with 400 Invalid Form Body: more than five
 * components, a title or label over 45 characters, a custom_id over 100, a value over 4000 or
 * over its own max_length. Undefined for anything else.
 */
function modalProblemIn(body: unknown): string | undefined {
  const callback = body as { type?: number; data?: ModalData } | undefined;
  if (callback?.type !== 9) return undefined;
  const data = callback.data;
  if (!data?.title || data.title.length > 45) return 'title';
  if (!data.custom_id || data.custom_id.length > 100) return 'custom_id';
  if (!Array.isArray(data.components) || data.components.length < 1 || data.components.length > 5)
    return 'components';
  for (const [i, top] of data.components.entries()) {
    const input = top.type === 18 ? top.component : top.components?.[0];
    const label = top.type === 18 ? top.label : input?.label;
    if (!label || label.length > 45) return `components.${i}.label`;
    if (top.type === 18 && (top.description?.length ?? 0) > 100) return `components.${i}.description`;
    if (input?.type !== 4 || !input.custom_id || input.custom_id.length > 100)
      return `components.${i}.custom_id`;
    const max = Math.min(input.max_length ?? 4000, 4000);
    if ((input.value?.length ?? 0) > max) return `components.${i}.value`;
    if ((input.placeholder?.length ?? 0) > 100) return `components.${i}.placeholder`;
  }
  return undefined;
}

interface ModalInput {
  type: number;
  custom_id?: string;
  label?: string;
  value?: string;
  placeholder?: string;
  max_length?: number;
}
interface ModalData {
  custom_id?: string;
  title?: string;
  components?: {
    type: number;
    label?: string;
    description?: string;
    component?: ModalInput;
    components?: ModalInput[];
  }[];
}
