/**
 * A memory of recent one-off things (a request's signature, an event's id), so that each is
 * acted on once. In memory for one process today; a shared database for several replicas
 * implements the same contract.
 */
export interface Claims {
  /**
   * Claims `key` for `ttlMs`: resolves `true` when nobody holds it (the caller goes ahead),
   * `false` while an earlier claim still holds (a repeat). Async, so that a database can
   * implement it.
   */
  claim(key: string, ttlMs: number): Promise<boolean>;
}
