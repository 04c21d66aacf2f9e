import {
  type Bot,
  DigestPostError,
  type DigestPoster,
  type Logger,
  type Store,
  StoreError,
} from '../../src/index.js';
import type { Metrics } from './metrics.js';

/**
 * The bot, with every answer counted by platform and by the intent the core understood, and
 * timed. Everything else passes through unchanged (a Proxy, so that what the core adds to `Bot`
 * later passes through too).
 */
export function instrumentBot(bot: Bot, metrics: Pick<Metrics, 'answered'>): Bot {
  const answer: Bot['answer'] = async (text, ctx) => {
    const started = performance.now();
    const reply = await bot.answer(text, ctx);
    const intent = reply.intent?.type ?? reply.type;
    metrics.answered({ platform: ctx?.platform ?? 'cli', intent }, (performance.now() - started) / 1000);
    return reply;
  };
  return new Proxy(bot, {
    get: (target, property, receiver) =>
      property === 'answer' ? answer : Reflect.get(target, property, receiver),
  });
}

/**
 * A platform's digest poster, with every post and every crash recovery counted by outcome, and
 * each post logged as it starts (which replica posts which delivery).
 */
export function instrumentPoster(
  platform: string,
  poster: DigestPoster,
  metrics: Pick<Metrics, 'digestPost'>,
  logger?: Logger,
): DigestPoster {
  return {
    async post(target, message) {
      logger?.info(
        { platform, channelId: target.channelId, deliveryId: message.deliveryId },
        'posting a digest',
      );
      try {
        const posted = await poster.post(target, message);
        metrics.digestPost({ platform, outcome: 'posted' });
        return posted;
      } catch (err) {
        if (err instanceof DigestPostError) metrics.digestPost({ platform, outcome: err.kind });
        throw err;
      }
    },
    async findDelivery(target, deliveryId, since) {
      const found = await poster.findDelivery(target, deliveryId, since);
      if (found !== undefined) metrics.digestPost({ platform, outcome: 'found' });
      return found;
    },
  };
}

const STORE_PARTS = ['digests', 'claims', 'contexts', 'conversations', 'leases'] as const;

/** The store, with each operation that failed (and each failed ping) counted by its StoreError code. */
export function instrumentStore(store: Store, metrics: Pick<Metrics, 'storeError'>): Store {
  // A RangeError is the caller's bug (a TTL of -1), not the database's: only StoreErrors count.
  const count = (err: unknown) => {
    if (err instanceof StoreError) metrics.storeError(err.code);
  };
  const parts = Object.fromEntries(STORE_PARTS.map((name) => [name, countFailures(store[name], count)]));
  return {
    ...(parts as Pick<Store, (typeof STORE_PARTS)[number]>),
    backend: store.backend,
    location: store.location,
    sweep: () => store.sweep().catch((err: unknown) => Promise.reject(countAndPass(count, err))),
    close: () => store.close(),
    async ping() {
      const health = await store.ping();
      if (health.type === 'unhealthy') count(health.error);
      return health;
    },
  };
}

function countAndPass(count: (err: unknown) => void, err: unknown): unknown {
  count(err);
  return err;
}

/** The same object, whose async methods report their failures to `count` before rethrowing them. */
function countFailures<T extends object>(target: T, count: (err: unknown) => void): T {
  const wrapped: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(target)) {
    if (typeof value !== 'function') {
      wrapped[name] = value;
      continue;
    }
    const method = value as (...args: unknown[]) => unknown;
    wrapped[name] = async (...args: unknown[]) => {
      try {
        return await method.apply(target, args);
      } catch (err) {
        count(err);
        throw err;
      }
    };
  }
  return wrapped as T;
}
