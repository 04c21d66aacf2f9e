import { describe, expect, it } from 'vitest';
import { createHealthRegistry } from '../../../adapters/shared/health-registry.js';

describe('createHealthRegistry', () => {
  it('is not ready while starting, even with every component ready', () => {
    const health = createHealthRegistry();
    health.set('slack', { ready: true });
    expect(health.snapshot()).toEqual({
      phase: 'starting',
      ready: false,
      components: { slack: { ready: true } },
    });
  });

  it('is ready once running with every component ready, and not when one is down', () => {
    const health = createHealthRegistry();
    health.set('slack', { ready: true });
    health.set('discord', { ready: true });
    health.running();
    expect(health.snapshot().ready).toBe(true);
    health.set('discord', { ready: false, reason: 'gateway closed with 4004' });
    expect(health.snapshot()).toEqual({
      phase: 'running',
      ready: false,
      components: { slack: { ready: true }, discord: { ready: false, reason: 'gateway closed with 4004' } },
    });
  });

  it('turns not ready the moment a stop begins, and stays so', () => {
    const health = createHealthRegistry();
    health.set('slack', { ready: true });
    health.running();
    health.stopping();
    expect(health.snapshot()).toMatchObject({ phase: 'stopping', ready: false });
    health.running();
    expect(health.phase).toBe('stopping');
  });
});
