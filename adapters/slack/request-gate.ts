import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { type BufferedIncomingMessage, HTTPModuleFunctions, isValidSlackRequest } from '@slack/bolt';
import type { ClaimStore } from '../../src/index.js';

/** Slack signs each request with its time; anything further from ours is refused (replay). */
export const MAX_TIMESTAMP_SKEW_SECONDS = 5 * 60;

/** Why a request was refused: logged at debug, never with its body or signature. */
export type RefusalReason =
  | 'timestamp-missing'
  | 'timestamp-too-old'
  | 'timestamp-ahead'
  | 'bad-signature'
  | 'body-too-large'
  | 'malformed-body'
  | 'replay';

/** What the gate decided about one request to the events endpoint. */
export type GateDecision =
  | { type: 'refused'; status: 400 | 401 | 413; reason: RefusalReason; skewSeconds?: number }
  /** Slack's unsigned SSL check: answered 200, nothing else runs. */
  | { type: 'ssl-check' }
  | { type: 'admitted'; request: BufferedIncomingMessage; body: Record<string, unknown> };

export interface GateOptions {
  signingSecret: string;
  claims: Pick<ClaimStore, 'claim'>;
  /** Clock in milliseconds. */
  now: () => number;
  bodyLimit?: number | string;
}

/**
 * Why `x-slack-request-timestamp` is not within five minutes of `nowMs` (either direction), or
 * `undefined` when it is. Bolt refuses only old timestamps; one from the future would let a
 * captured request be replayed for as long as it stays ahead.
 */
export function timestampProblem(
  header: string | string[] | undefined,
  nowMs: number,
): { reason: RefusalReason; skewSeconds?: number } | undefined {
  if (typeof header !== 'string' || !/^\d{1,12}$/.test(header)) return { reason: 'timestamp-missing' };
  const skewSeconds = Math.floor(nowMs / 1000) - Number(header);
  if (skewSeconds > MAX_TIMESTAMP_SKEW_SECONDS) return { reason: 'timestamp-too-old', skewSeconds };
  if (skewSeconds < -MAX_TIMESTAMP_SKEW_SECONDS) return { reason: 'timestamp-ahead', skewSeconds };
  return undefined;
}

/**
 * How long a signed request stays acceptable from `nowMs`: until its timestamp leaves the window,
 * plus a second for the rounding to whole seconds. A replay cannot arrive later than that.
 */
export function replayWindowMs(timestampSeconds: number, nowMs: number): number {
  return (timestampSeconds + MAX_TIMESTAMP_SKEW_SECONDS + 1) * 1000 - nowMs;
}

/** The key a request is remembered by: a hash, so neither the signature nor the body is kept. */
export function replayKey(timestamp: string, signature: string): string {
  return `slack:request:${createHash('sha256').update(`${timestamp}:${signature}`).digest('base64url')}`;
}

const refuse = (status: 400 | 401 | 413, reason: RefusalReason): GateDecision => ({
  type: 'refused',
  status,
  reason,
});

/** Every request Slack sends names its kind: a `type`, or a slash command's `command`. */
function isSlackPayload(body: unknown): body is Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const fields = body as Record<string, unknown>;
  return typeof fields.type === 'string' || typeof fields.command === 'string';
}

/**
 * Checks one request to the events endpoint before Bolt sees it, in this order: timestamp
 * within five minutes, body within the size limit, signature, a body Slack could have sent
 * (an object with a `type` or a `command`), and not seen before (the same signature within its
 * window is a replay). Uses Bolt's own body reading, signature check and parsing.
 */
export async function checkSlackRequest(req: IncomingMessage, options: GateOptions): Promise<GateDecision> {
  const timestamp = req.headers['x-slack-request-timestamp'];
  const stale = timestampProblem(timestamp, options.now());
  if (stale || typeof timestamp !== 'string') {
    // Drain the body so the connection can be reused.
    req.resume();
    return { type: 'refused', status: 401, reason: 'timestamp-missing', ...stale };
  }
  let request: BufferedIncomingMessage;
  try {
    request = await HTTPModuleFunctions.bufferIncomingMessage(
      req,
      options.bodyLimit ?? HTTPModuleFunctions.defaultBodyLimit,
    );
  } catch (err) {
    const tooLarge = HTTPModuleFunctions.isRawBodyError(err) && err.statusCode === 413;
    return tooLarge ? refuse(413, 'body-too-large') : refuse(400, 'malformed-body');
  }
  const raw = request.rawBody.toString();
  // As in Bolt: Slack's SSL check is a form body `ssl_check=1`, not signed.
  if (
    req.headers['content-type'] === 'application/x-www-form-urlencoded' &&
    new URLSearchParams(raw).get('ssl_check') === '1'
  )
    return { type: 'ssl-check' };
  const signature = req.headers['x-slack-signature'];
  const signed =
    typeof signature === 'string' &&
    isValidSlackRequest({
      signingSecret: options.signingSecret,
      body: raw,
      headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': Number(timestamp) },
      nowMilliseconds: options.now(),
    });
  if (!signed) return refuse(401, 'bad-signature');
  let body: unknown;
  try {
    body = HTTPModuleFunctions.parseHTTPRequestBody(request);
  } catch {
    return refuse(400, 'malformed-body');
  }
  if (!isSlackPayload(body)) return refuse(400, 'malformed-body');
  const windowMs = replayWindowMs(Number(timestamp), options.now());
  if (!(await options.claims.claim(replayKey(timestamp, signature), windowMs))) return refuse(401, 'replay');
  return { type: 'admitted', request, body };
}
