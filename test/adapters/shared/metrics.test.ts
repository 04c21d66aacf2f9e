import { describe, expect, it } from 'vitest';
import { instrumentBot, instrumentPoster, instrumentStore } from '../../../adapters/shared/instrument.js';
import { createMetrics } from '../../../adapters/shared/metrics.js';
import { DigestPostError, openSqliteStore, StoreError } from '../../../src/index.js';
import { builtInBot } from '../../support/built-in-bot.js';

/** The value of one series in the exposition, or undefined when it is absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('metrics', () => {
  it('counts answers by platform and the intent the core understood, and times them', async () => {
    const metrics = createMetrics({ processMetrics: false });
    const bot = instrumentBot(await builtInBot(), metrics);
    await bot.answer('help', { platform: 'slack', surface: { type: 'mention' } });
    await bot.answer('cases from Korea', { platform: 'slack', surface: { type: 'mention' } });
    await bot.answer('cases from Korea', { platform: 'discord', surface: { type: 'mention' } });
    const text = await metrics.render();
    expect(sample(text, 'casebot_requests_total{platform="slack",intent="help"}')).toBe(1);
    expect(sample(text, 'casebot_requests_total{platform="discord",intent="search"}')).toBe(1);
    expect(sample(text, 'casebot_answer_duration_seconds_count{platform="slack"}')).toBe(2);
    expect(sample(text, 'casebot_answer_duration_seconds_bucket{le="+Inf",platform="discord"}')).toBe(1);
    // What else the bot offers passes through the wrapper.
    expect(bot.knowledge.cases.length).toBeGreaterThan(0);
    expect(bot.countries().length).toBeGreaterThan(0);
  });

  it('keeps one knowledge version series, the latest', async () => {
    const metrics = createMetrics({ processMetrics: false });
    metrics.knowledge({ cases: 18, version: 'aaa' });
    metrics.knowledge({ cases: 20, version: 'bbb' });
    const text = await metrics.render();
    expect(sample(text, 'casebot_knowledge_cases')).toBe(20);
    expect(sample(text, 'casebot_knowledge_info{version="bbb"}')).toBe(1);
    expect(sample(text, 'casebot_knowledge_info{version="aaa"}')).toBeUndefined();
  });

  it('counts digest posts by outcome, failures included, and passes errors through', async () => {
    const metrics = createMetrics({ processMetrics: false });
    const outcomes = [
      async () => ({ messageId: 'm1' }),
      async () => Promise.reject(new DigestPostError('rate-limited', 'slow down', { retryAfterMs: 10 })),
      async () => Promise.reject(new DigestPostError('permanent', 'channel_not_found')),
    ];
    const poster = instrumentPoster(
      'slack',
      {
        post: () => (outcomes.shift() ?? (async () => ({ messageId: 'x' })))(),
        findDelivery: async () => 'm0',
      },
      metrics,
    );
    const target = { platform: 'slack', workspaceId: 'T1', channelId: 'C1' } as const;
    const message = {} as Parameters<typeof poster.post>[1];
    await expect(poster.post(target, message)).resolves.toEqual({ messageId: 'm1' });
    await expect(poster.post(target, message)).rejects.toMatchObject({ kind: 'rate-limited' });
    await expect(poster.post(target, message)).rejects.toMatchObject({ kind: 'permanent' });
    await poster.findDelivery(target, 'd1', new Date(0));
    const text = await metrics.render();
    for (const outcome of ['posted', 'rate-limited', 'permanent', 'found'])
      expect(sample(text, `casebot_digest_posts_total{platform="slack",outcome="${outcome}"}`)).toBe(1);
  });

  it('counts store failures by code, the closed store and a failed ping included', async () => {
    const metrics = createMetrics({ processMetrics: false });
    const store = instrumentStore(openSqliteStore({ file: ':memory:' }), metrics);
    await expect(store.claims.claim('k', -1)).rejects.toBeInstanceOf(RangeError);
    expect(await store.claims.claim('k', 1000)).toBe(true);
    await store.close();
    await expect(store.claims.claim('k2', 1000)).rejects.toBeInstanceOf(StoreError);
    await expect(store.contexts.get('x')).rejects.toMatchObject({ code: 'STORE_CLOSED' });
    expect((await store.ping()).type).toBe('unhealthy');
    const text = await metrics.render();
    expect(sample(text, 'casebot_store_errors_total{code="STORE_CLOSED"}')).toBe(3);
    // A caller's bug (the RangeError) is not the store's failure.
    expect(text.match(/^casebot_store_errors_total\{/gm)).toHaveLength(1);
  });

  it('includes the process metrics by default', async () => {
    const text = await createMetrics().render();
    expect(text).toContain('casebot_process_cpu_user_seconds_total');
    expect(text).toContain('casebot_nodejs_heap_size_used_bytes');
  });
});
