import { createHash, randomBytes } from 'node:crypto';
import type { JsonValue } from './store.js';

/** Keys up to this length are stored as they are; longer ones by their hash. */
export const MAX_PLAIN_KEY_LENGTH = 200;
/** Largest context or conversation, as JSON: far above what a reply's state needs, far below a row's limits. */
export const MAX_VALUE_BYTES = 64 * 1024;
/** Longest time-to-live accepted: anything longer is a unit mistake (seconds for ms twice over). */
export const MAX_TTL_MS = 30 * 24 * 60 * 60 * 1000;
/** Conversations kept at most (the least recently set go first), whatever the traffic. */
export const DEFAULT_MAX_CONVERSATIONS = 10_000;
/** Writes of claims, contexts and conversations between two automatic sweeps. */
export const SWEEP_EVERY_WRITES = 500;
/** Longest lease name or holder. */
export const MAX_NAME_LENGTH = 200;

const HASHED_PREFIX = '#';
/** In a `u` regex, a surrogate matches only when it is not half of a pair. */
const LONE_SURROGATE = /\p{Cs}/u;

/** Whether a string is stored as it is: no NUL (PostgreSQL refuses it) and no lone surrogate (UTF-8 would blur it). */
function storable(text: string): boolean {
  return !text.includes('\0') && !LONE_SURROGATE.test(text);
}

/**
 * The key as stored. PostgreSQL refuses NUL in text and limits index entries; both databases
 * store lone surrogates as U+FFFD, so two keys would become one. Keys that are long, not
 * storable, or could pass for a hash are stored as `#` + SHA-256 of their UTF-16 code units:
 * any string is a key, the same key in both databases, and no two keys meet.
 */
export function storageKey(key: string): string {
  if (key.length <= MAX_PLAIN_KEY_LENGTH && storable(key) && !key.startsWith(HASHED_PREFIX)) return key;
  return HASHED_PREFIX + createHash('sha256').update(Buffer.from(key, 'utf16le')).digest('hex');
}

/** Refuses a time-to-live that is not a whole number of milliseconds in (0, MAX_TTL_MS]: a bug, not input. */
export function checkTtl(ttlMs: number): void {
  if (!Number.isInteger(ttlMs) || ttlMs <= 0 || ttlMs > MAX_TTL_MS) {
    throw new RangeError(
      `ttlMs must be a whole number of milliseconds from 1 to ${MAX_TTL_MS}, got ${ttlMs}`,
    );
  }
}

/** Refuses a lease name or holder that no database could keep as it is. */
export function checkName(what: 'lease name' | 'holder', text: string): void {
  if (text.length === 0 || text.length > MAX_NAME_LENGTH || !storable(text)) {
    throw new RangeError(
      `${what} must be 1 to ${MAX_NAME_LENGTH} characters of well-formed text without NUL`,
    );
  }
}

/** The value as JSON text; RangeError past {@link MAX_VALUE_BYTES} or when it is not JSON at all. */
export function encodeValue(value: JsonValue): string {
  const text = JSON.stringify(value) as string | undefined;
  if (text === undefined) throw new RangeError('the value is not JSON');
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_VALUE_BYTES) {
    throw new RangeError(`the value is ${bytes} bytes of JSON; at most ${MAX_VALUE_BYTES} are kept`);
  }
  return text;
}

export function decodeValue(text: string): JsonValue {
  return JSON.parse(text) as JsonValue;
}

/** An id no one can guess: a custom_id could be forged, the context behind it must not be found by trying. */
export function newContextId(): string {
  return randomBytes(16).toString('base64url');
}

const CONTEXT_ID = /^[A-Za-z0-9_-]{22}$/;

/** Whether `id` could be one {@link newContextId} made: anything else is not looked up at all. */
export function isContextId(id: string): boolean {
  return CONTEXT_ID.test(id);
}
