import { createPublicKey, type KeyObject, verify } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Discord's timestamp is checked like Slack's: anything further from our clock is refused. */
export const MAX_INTERACTION_SKEW_SECONDS = 5 * 60;
/** Far above any interaction (the message a button sits on is at most ~30 KB); a bound all the same. */
export const MAX_INTERACTION_BYTES = 1024 * 1024;

/** The interaction types casebot serves over HTTP; PING (1) is answered by the endpoint itself. */
export const INTERACTION_TYPES = { ping: 1, command: 2, component: 3, autocomplete: 4, modal: 5 } as const;

/** Why a request was refused: logged at debug, never with its body or signature. */
export type InteractionRefusal =
  | 'signature-missing'
  | 'timestamp-too-old'
  | 'timestamp-ahead'
  | 'bad-signature'
  | 'body-too-large'
  | 'malformed-body';

/** The fields of a raw interaction the endpoint reads; discord.js reads the rest. */
export interface RawInteraction {
  id: string;
  type: number;
  token: string;
  [field: string]: unknown;
}

export type InteractionGateDecision =
  | { type: 'refused'; status: 400 | 401 | 413; reason: InteractionRefusal; skewSeconds?: number }
  | { type: 'admitted'; interaction: RawInteraction };

export interface InteractionGateOptions {
  publicKey: KeyObject;
  /** Clock in milliseconds. */
  now: () => number;
  maxBytes?: number;
}

/**
 * The application's public key (DISCORD_PUBLIC_KEY: 64 hex digits, from the Developer Portal's
 * General Information) as a key node:crypto verifies Ed25519 signatures with. Throws on anything
 * else; the config check says what to fix before this runs.
 */
export function parseDiscordPublicKey(hex: string): KeyObject {
  if (!/^[0-9a-f]{64}$/i.test(hex)) throw new RangeError('a Discord public key is 64 hexadecimal digits');
  const x = Buffer.from(hex, 'hex').toString('base64url');
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' });
}

const refuse = (
  status: 400 | 401 | 413,
  reason: InteractionRefusal,
  extra: { skewSeconds?: number } = {},
): InteractionGateDecision => ({ type: 'refused', status, reason, ...extra });

/**
 * Checks one POST to the interactions endpoint, in this order: both signature headers present,
 * a timestamp within five minutes of our clock, a body within the size limit, a valid Ed25519
 * signature of timestamp + body by the application's key, and a body Discord could have sent
 * (an interaction with an id, a token and a type casebot knows). The signature covers the body
 * as bytes, so nothing is parsed before it is verified.
 */
export async function checkInteractionRequest(
  req: IncomingMessage,
  options: InteractionGateOptions,
): Promise<InteractionGateDecision> {
  const signature = req.headers['x-signature-ed25519'];
  const timestamp = req.headers['x-signature-timestamp'];
  if (
    typeof signature !== 'string' ||
    !/^[0-9a-f]{128}$/i.test(signature) ||
    typeof timestamp !== 'string' ||
    !/^\d{1,12}$/.test(timestamp)
  ) {
    req.resume();
    return refuse(401, 'signature-missing');
  }
  const skewSeconds = Math.floor(options.now() / 1000) - Number(timestamp);
  if (Math.abs(skewSeconds) > MAX_INTERACTION_SKEW_SECONDS) {
    req.resume();
    return refuse(401, skewSeconds > 0 ? 'timestamp-too-old' : 'timestamp-ahead', { skewSeconds });
  }
  const body = await readBody(req, options.maxBytes ?? MAX_INTERACTION_BYTES);
  if (body === undefined) return refuse(413, 'body-too-large');
  const signed = Buffer.concat([Buffer.from(timestamp, 'utf8'), body]);
  if (!verify(null, signed, options.publicKey, Buffer.from(signature, 'hex')))
    return refuse(401, 'bad-signature');
  const interaction = parseInteraction(body);
  return interaction ? { type: 'admitted', interaction } : refuse(400, 'malformed-body');
}

/** The body, or undefined once it passes `maxBytes` (the rest is drained, unread). */
async function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | undefined> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    req.resume();
    return undefined;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      req.resume();
      return undefined;
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const KNOWN_TYPES = new Set<number>(Object.values(INTERACTION_TYPES));

function parseInteraction(body: Buffer): RawInteraction | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const fields = parsed as Record<string, unknown>;
  const { id, type, token } = fields;
  if (typeof id !== 'string' || !/^\d{1,20}$/.test(id)) return undefined;
  if (typeof type !== 'number' || !KNOWN_TYPES.has(type)) return undefined;
  // Every interaction but a PING carries the token its answers are sent with.
  if (typeof token !== 'string' && type !== INTERACTION_TYPES.ping) return undefined;
  return { ...fields, id, type, token: typeof token === 'string' ? token : '' };
}
