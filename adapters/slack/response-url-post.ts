import type { SlackMessage } from './payload.js';

/** How long one post to a response_url may take before it counts as failed (and may be retried). */
export const RESPONSE_URL_TIMEOUT_MS = 10_000;
/** Slack's answer text is short (`expired_url`, `invalid_blocks`); anything longer is cut for the log. */
const MAX_ERROR_TEXT = 100;

/** A message for a response_url: a rendered reply or an instruction about the original message. */
export type ResponseMessage = Partial<SlackMessage> & {
  response_type?: 'ephemeral' | 'in_channel';
  replace_original?: boolean;
  delete_original?: boolean;
  unfurl_links?: boolean;
  unfurl_media?: boolean;
};

/**
 * What one post to a response_url came to. `transient`: worth another try (429, 408, 5xx, the
 * connection failed or timed out). `permanent`: the URL will not take this message, ever
 * (404 `expired_url`/`used_url`, 400 invalid payload, 403, 410).
 */
export type PostOutcome =
  | { type: 'delivered'; status: number }
  | { type: 'transient'; status?: number; retryAfterMs?: number; error: string }
  | { type: 'permanent'; status: number; error: string };

/** Posts one message to one response_url, once. Never throws. */
export type ResponseUrlPost = (url: string, message: ResponseMessage) => Promise<PostOutcome>;

/**
 * `Retry-After` in milliseconds: delay-seconds or an HTTP date (RFC 9110), relative to `nowMs`.
 * `undefined` when absent or unreadable.
 */
export function parseRetryAfter(header: string | null, nowMs: number): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/** Classifies Slack's HTTP answer to a response_url post. Pure. */
export function classifyResponseUrlAnswer(
  status: number,
  bodyText: string,
  retryAfterMs: number | undefined,
): PostOutcome {
  if (status >= 200 && status < 300) return { type: 'delivered', status };
  const error = bodyText.trim().slice(0, MAX_ERROR_TEXT) || `HTTP ${status}`;
  if (status === 429 || status === 408 || status >= 500) {
    return retryAfterMs === undefined
      ? { type: 'transient', status, error }
      : { type: 'transient', status, retryAfterMs, error };
  }
  return { type: 'permanent', status, error };
}

/** The code of a network failure (`ECONNRESET`, `UND_ERR_SOCKET`, `TimeoutError`), never a URL. */
function networkError(err: unknown): string {
  const cause = err instanceof Error ? err.cause : undefined;
  if (cause instanceof Error && 'code' in cause && typeof cause.code === 'string') return cause.code;
  if (err instanceof Error) return err.name === 'Error' ? err.message.slice(0, MAX_ERROR_TEXT) : err.name;
  return 'network error';
}

/**
 * A {@link ResponseUrlPost} over `fetch` (what Bolt's own `respond` uses), with a timeout per
 * post. The URL is a credential for the conversation: it never appears in an outcome.
 */
export function createResponseUrlPost(
  fetchFn: typeof fetch = globalThis.fetch,
  now: () => number = Date.now,
): ResponseUrlPost {
  return async (url, message) => {
    // A timer cleared on the answer, rather than AbortSignal.timeout's, alive for the full 10 s.
    const timeout = new AbortController();
    const timer = setTimeout(
      () => timeout.abort(new DOMException('response_url post timed out', 'TimeoutError')),
      RESPONSE_URL_TIMEOUT_MS,
    );
    try {
      const res = await fetchFn(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(message),
        signal: timeout.signal,
      });
      // The status decides. Slack's error text is read for the log; a success's body is not
      // (reading it cost about 0.5 ms of CPU per answer), and a body cut short does not undo it.
      const text = res.ok ? '' : await res.text().catch(() => '');
      const retryAfterMs = parseRetryAfter(res.headers.get('retry-after'), now());
      return classifyResponseUrlAnswer(res.status, text, retryAfterMs);
    } catch (err) {
      return { type: 'transient', error: networkError(err) };
    } finally {
      clearTimeout(timer);
    }
  };
}
