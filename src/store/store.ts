import type { DigestStore } from '../digests/digest-store.js';
import type { StoreError } from './store-error.js';

/** What a context or conversation holds: anything that survives `JSON.stringify`/`JSON.parse`. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * Claims of inbound events (a Slack `event_id`, a request signature, a Discord interaction id),
 * so that an event delivered again, to this process or another, is handled once.
 */
export interface ClaimStore {
  /**
   * True for exactly one caller per `key` across every process sharing the database, until
   * `ttlMs` after that claim; then the key may be claimed again.
   */
  claim(key: string, ttlMs: number): Promise<boolean>;
  /** Forgets a claim, so that a redelivery is handled after all (the first handling failed). */
  release(key: string): Promise<void>;
}

/** Contexts too long for a button's custom_id: kept under a short id that any process can read. */
export interface ContextStore {
  /** Keeps `value` for `ttlMs`; returns an unguessable id of at most {@link CONTEXT_ID_LENGTH} characters. */
  put(value: JsonValue, ttlMs: number): Promise<string>;
  /** The value, or undefined when the id is unknown or its time is up. */
  get(id: string): Promise<JsonValue | undefined>;
}

/**
 * What a conversation said last (issue 10 §7), so that follow-ups work on any process. Entries
 * live `ttlMs` from their last `set`; beyond `maxConversations` the least recently set go first.
 */
export interface ConversationStore {
  get(key: string): Promise<JsonValue | undefined>;
  set(key: string, value: JsonValue, ttlMs: number): Promise<void>;
  delete(key: string): Promise<void>;
}

/** Who holds a lease and until when. */
export interface LeaseHolder {
  holder: string;
  acquiredAt: Date;
  expiresAt: Date;
}

/**
 * Named leases: a job that one process at a time may do (the Discord gateway). A holder keeps a
 * lease by renewing it well within `ttlMs`; when it dies, another takes it once it expires.
 */
export interface LeaseStore {
  /** Takes the lease if it is free, expired or already `holder`'s (then extends it): true if `holder` holds it now. */
  acquire(name: string, holder: string, ttlMs: number): Promise<boolean>;
  /** Extends `holder`'s lease; false when it was taken over or released (the holder must stop its work). */
  renew(name: string, holder: string, ttlMs: number): Promise<boolean>;
  /** Gives the lease up, if `holder` holds it, so that another can take it at once. */
  release(name: string, holder: string): Promise<void>;
  /** The current holder, or undefined when the lease is free or expired. */
  holder(name: string): Promise<LeaseHolder | undefined>;
}

export type StoreBackend = 'sqlite' | 'postgres';

/** The answer to {@link Store.ping}, for readiness: tagged by `type`. */
export type StoreHealth =
  | { type: 'healthy'; backend: StoreBackend; latencyMs: number }
  | { type: 'unhealthy'; backend: StoreBackend; error: StoreError };

/**
 * All state that must outlive a request, owned by the core: SQLite for one process (the default)
 * or PostgreSQL shared by replicas. Every instant compared (expiry of claims, contexts,
 * conversations, leases) comes from the `now` clock the store was opened with, never the
 * database server's. Operations fail with a {@link StoreError}; `ping` never fails.
 */
export interface Store {
  readonly backend: StoreBackend;
  /** Where the data lives, fit for logs: the SQLite file, or the PostgreSQL URL without its password. */
  readonly location: string;
  /**
   * Digest subscriptions and deliveries. Its `close()` does nothing: the connection belongs to
   * the Store, which {@link Store.close} closes once everything else has stopped.
   */
  readonly digests: DigestStore;
  readonly claims: ClaimStore;
  readonly contexts: ContextStore;
  readonly conversations: ConversationStore;
  readonly leases: LeaseStore;
  /** Whether the database answers now; unhealthy while it is unreachable, healthy again once it is back. */
  ping(): Promise<StoreHealth>;
  /** Deletes expired claims, contexts, conversations and leases and trims conversations to their bound. */
  sweep(): Promise<SweepReport>;
  /** Closes the connection(s); later calls fail with `STORE_CLOSED`. Closing twice is harmless. */
  close(): Promise<void>;
}

/** Rows a sweep removed, per kind. */
export interface SweepReport {
  claims: number;
  contexts: number;
  conversations: number;
  leases: number;
}

/** Length of the ids {@link ContextStore.put} returns (base64url of 16 random bytes). */
export const CONTEXT_ID_LENGTH = 22;
