import type { StoreBackend } from '../store/store.js';

/** One chat adapter and how it is doing, in words (`connected`, `standby: gateway held by …`). */
export interface AdapterStatus {
  name: string;
  ready: boolean;
  state: string;
}

/** The digests of this deployment: running with their subscriptions, disabled with why, or off. */
export type DigestStatus =
  | { type: 'running'; subscriptions: number; paused: number }
  | { type: 'disabled'; reason: string }
  | { type: 'off' };

/**
 * How a running casebot is, for people (`status` in chat, `casebot status`) and for tools
 * (`GET /status`). Plain data: the adapters fill it in, the core puts it in words.
 */
export interface StatusReport {
  knowledge: { version: string; cases: number; errors: number; warnings: number };
  adapters: AdapterStatus[];
  digests: DigestStatus;
  store: { backend: StoreBackend; healthy: boolean; reason?: string };
  uptimeSeconds: number;
  /** This process among the replicas (host/pid/…), where there can be several. */
  replica?: string;
}

/**
 * The running process's report, asked when someone says `status` in chat: the adapters give the
 * same one `GET /status` and `casebot status` show. May reject (the store went away): that is
 * answered with the usual apology.
 */
export type StatusProvider = () => Promise<StatusReport>;
