import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** Every metric name starts with this, so that casebot's are found among others on a dashboard. */
export const METRIC_PREFIX = 'casebot_';

/**
 * Buckets of the answer latency (seconds): an answer takes milliseconds, a slow one (the first
 * question builds the place-name tables) a second, and Slack and Discord give up at 3 s.
 */
export const ANSWER_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10];

/** How a digest post ended, as the adapters' posters report it. */
export type DigestPostOutcome = 'posted' | 'found' | 'rate-limited' | 'transient' | 'permanent';

/** What the adapters record; the ops server serves it in Prometheus's text format. */
export interface Metrics {
  /** One answered message or command, with how long the core took (seconds). */
  answered(labels: { platform: string; intent: string }, seconds: number): void;
  digestPost(labels: { platform: string; outcome: DigestPostOutcome }): void;
  /** A store operation failed with this StoreError code (or `unknown`). */
  storeError(code: string): void;
  /** The knowledge loaded: its case count and version (a hash of its files). */
  knowledge(info: { cases: number; version: string }): void;
  /** The exposition, for `GET /metrics`. */
  render(): Promise<string>;
  readonly contentType: string;
}

/**
 * casebot's metrics in a registry of their own (not prom-client's global one, so that tests and
 * several instances in one process never collide), with Node's process metrics.
 */
export function createMetrics(options: { processMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: METRIC_PREFIX });
  const requests = new Counter({
    name: `${METRIC_PREFIX}requests_total`,
    help: 'Messages and commands answered, by platform and by the intent the core understood.',
    labelNames: ['platform', 'intent'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: `${METRIC_PREFIX}answer_duration_seconds`,
    help: 'Time the core took to answer a message or command, by platform.',
    labelNames: ['platform'] as const,
    buckets: ANSWER_BUCKETS,
    registers: [registry],
  });
  const digestPosts = new Counter({
    name: `${METRIC_PREFIX}digest_posts_total`,
    help: 'Digest posts by platform and outcome (posted, found after a crash, rate-limited, transient or permanent failure).',
    labelNames: ['platform', 'outcome'] as const,
    registers: [registry],
  });
  const storeErrors = new Counter({
    name: `${METRIC_PREFIX}store_errors_total`,
    help: 'Store operations that failed, by StoreError code.',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  const cases = new Gauge({
    name: `${METRIC_PREFIX}knowledge_cases`,
    help: 'Cases in the loaded knowledge.',
    registers: [registry],
  });
  const version = new Gauge({
    name: `${METRIC_PREFIX}knowledge_info`,
    help: 'The loaded knowledge: 1, labelled with its version (a hash of the knowledge files).',
    labelNames: ['version'] as const,
    registers: [registry],
  });
  return {
    answered(labels, seconds) {
      requests.inc(labels);
      latency.observe({ platform: labels.platform }, seconds);
    },
    digestPost(labels) {
      digestPosts.inc(labels);
    },
    storeError(code) {
      storeErrors.inc({ code });
    },
    knowledge(info) {
      cases.set(info.cases);
      // One series at a time: a reload replaces the version rather than adding one.
      version.reset();
      version.set({ version: info.version }, 1);
    },
    render: () => registry.metrics(),
    contentType: registry.contentType,
  };
}
