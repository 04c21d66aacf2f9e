import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import {
  type App,
  type Logger as BoltLogger,
  type BufferedIncomingMessage,
  HTTPModuleFunctions,
  HTTPReceiver,
  type HTTPReceiverOptions,
  HTTPResponseAck,
  type ReceiverEvent,
} from '@slack/bolt';
import type { Logger } from 'pino';
import type { ClaimStore } from '../../src/index.js';
import { checkSlackRequest, type GateOptions, type RefusalReason } from './request-gate.js';

/** Bolt's options, less the two this receiver decides: it always verifies, and answers on ack(). */
export interface CasebotReceiverOptions
  extends Omit<HTTPReceiverOptions, 'signatureVerification' | 'processBeforeResponse'> {
  /** Bolt's logger, for the parts of Bolt this receiver still uses. */
  logger: BoltLogger;
  /** casebot's logger: every refused request is logged here at debug, with the reason. */
  log: Logger;
  /** Remembers the signatures of requests already received (replay protection). */
  claims: Pick<ClaimStore, 'claim'>;
  /** The clock the timestamp and replay checks use (milliseconds); injected in tests. */
  now?: () => number;
  /**
   * Other endpoints served on the same port, by exact path (Discord's interactions endpoint):
   * one public port for everything the platforms send.
   */
  routes?: Record<string, RequestListener>;
}

/**
 * Bolt's HTTP receiver (server, start, stop, other routes) with casebot's handling of the
 * events endpoint. Before anything is parsed for a handler, every request passes
 * {@link checkSlackRequest}: a timestamp within five minutes either way, a valid signature, a
 * body Slack could have sent, and no replay. A refusal is answered at once (401, 400 or 413)
 * and logged at debug with its reason. An admitted request goes to the app as Bolt would send
 * it; if no listener acknowledged it by the time the app is done (an unknown kind of payload),
 * it is answered 404 at once instead of after Bolt's 3-second timeout, and 400 if Bolt could not
 * read its shape.
 */
export class CasebotReceiver extends HTTPReceiver {
  #app: App | undefined;
  readonly #gate: GateOptions;
  readonly #log: Logger;
  readonly #boltLogger: BoltLogger;

  constructor(options: CasebotReceiverOptions) {
    const { now = Date.now, log, claims, routes = {}, ...boltOptions } = options;
    super(boltOptions);
    this.#log = log;
    this.#boltLogger = boltOptions.logger;
    this.#gate = { signingSecret: boltOptions.signingSecret, claims, now };
    if (boltOptions.bodyLimit !== undefined) this.#gate.bodyLimit = boltOptions.bodyLimit;
    // Bolt routes only exact paths, so an exact match covers every request it would handle.
    const endpoints = new Set([boltOptions.endpoints ?? '/slack/events'].flat());
    const boltListener = this.requestListener;
    this.requestListener = (req: IncomingMessage, res: ServerResponse) => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      const route = Object.hasOwn(routes, path) ? routes[path] : undefined;
      if (route) {
        route(req, res);
        return;
      }
      if (req.method !== 'POST' || !endpoints.has(path)) {
        boltListener(req, res);
        return;
      }
      this.#receive(req, res).catch((err: unknown) => {
        log.error({ err }, 'slack request could not be received');
        if (!res.headersSent) HTTPModuleFunctions.buildNoBodyResponse(res, 500);
      });
    };
  }

  override init(app: App): void {
    super.init(app);
    this.#app = app;
  }

  async #receive(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const decision = await checkSlackRequest(req, this.#gate);
    switch (decision.type) {
      case 'refused': {
        const { reason, status, skewSeconds } = decision;
        this.#refused(res, { reason, status, ...(skewSeconds === undefined ? {} : { skewSeconds }) });
        return;
      }
      case 'ssl-check':
        HTTPModuleFunctions.buildSSLCheckResponse(res);
        return;
      case 'admitted':
        if (decision.body.type === 'url_verification') {
          HTTPModuleFunctions.buildUrlVerificationResponse(res, decision.body);
          return;
        }
        await this.#dispatch(req, res, decision.request, decision.body);
        return;
      default: {
        const never: never = decision;
        throw new Error(`unknown gate decision ${JSON.stringify(never)}`);
      }
    }
  }

  /** Answers `status` with no body and logs why at debug; never the body or the signature. */
  #refused(
    res: ServerResponse,
    why: { reason: RefusalReason | 'no-handler'; status: number; [detail: string]: unknown },
  ): void {
    this.#log.debug(why, 'refused a Slack request');
    HTTPModuleFunctions.buildNoBodyResponse(res, why.status);
  }

  /** What Bolt's receiver does with a verified request, plus an answer at once when no listener acks. */
  async #dispatch(
    req: IncomingMessage,
    res: ServerResponse,
    request: BufferedIncomingMessage,
    body: Record<string, unknown>,
  ): Promise<void> {
    const app = this.#app;
    if (!app) throw new Error('CasebotReceiver received a request before Bolt initialised it');
    // casebot's listeners acknowledge first and answer later, so the response goes out on ack().
    const ack = new HTTPResponseAck({
      logger: this.#boltLogger,
      processBeforeResponse: false,
      httpRequest: request,
      httpRequestBody: body,
      httpResponse: res,
    });
    const event: ReceiverEvent = {
      body,
      ack: ack.bind(),
      retryNum: HTTPModuleFunctions.extractRetryNumFromHTTPRequest(req),
      retryReason: HTTPModuleFunctions.extractRetryReasonFromHTTPRequest(req),
      customProperties: {},
    };
    try {
      await app.processEvent(event);
    } catch (error) {
      // Listeners' errors go to app.error; what reaches here is Bolt failing to read the body's
      // shape (a view_submission without a view…) before any listener ran.
      if (res.headersSent) {
        this.#log.error({ err: error }, 'slack request failed after it was acknowledged');
        return;
      }
      ack.ack();
      const errorName = error instanceof Error ? error.name : typeof error;
      this.#refused(res, { reason: 'malformed-body', status: 400, errorName });
      return;
    }
    if (res.headersSent) return;
    // Every listener has finished and none acknowledged: nothing here handles this payload.
    ack.ack();
    this.#refused(res, { reason: 'no-handler', status: 404 });
  }
}
