import { describe, expect, it } from 'vitest';
import { buildDigestMessage } from '../../src/digests/build-digest-message.js';
import type { Subscription } from '../../src/digests/subscription.js';
import { makeCase, testCountries } from './digest-fixtures.js';

const subscription: Subscription = {
  id: 'k3m9xa',
  target: { platform: 'slack', teamId: 'T1', channelId: 'C1' },
  schedule: { type: 'weekly', day: 'mon', time: { hour: 9, minute: 0 } },
  timezone: 'Europe/Paris',
  country: 'FR',
  topic: 'health',
  count: 3,
  createdAt: new Date('2026-11-01T00:00:00Z'),
  activeSince: new Date('2026-11-01T00:00:00Z'),
};

describe('buildDigestMessage', () => {
  const message = buildDigestMessage({
    subscription,
    deliveryId: 'dl-abcdefghjk',
    scheduledAt: new Date('2026-11-30T08:00:00Z'),
    late: false,
    newCases: [makeCase('n1', { title: 'New clinic', year: 2025, url: 'https://example.org/n1' })],
    cases: [makeCase('o1', { title: 'Old clinic', countries: ['FR', 'DE'] })],
    countries: testCountries,
  });

  it('is plain data with heading, New cases, cases and a footer naming the subscription and delivery', () => {
    expect(message).toEqual({
      deliveryId: 'dl-abcdefghjk',
      subscriptionId: 'k3m9xa',
      heading: 'Initiatives digest · Mon 30 Nov 2026 · 🇫🇷 France · topic: health',
      date: '2026-11-30',
      filters: '🇫🇷 France · topic: health',
      newCases: [
        {
          id: 'n1',
          title: 'New clinic',
          summary: 'Summary of case n1.',
          countries: [{ code: 'FR', name: 'France', flag: '🇫🇷' }],
          year: 2025,
          url: 'https://example.org/n1',
        },
      ],
      cases: [
        {
          id: 'o1',
          title: 'Old clinic',
          summary: 'Summary of case o1.',
          countries: [
            { code: 'FR', name: 'France', flag: '🇫🇷' },
            { code: 'DE', name: 'Germany', flag: '🇩🇪' },
          ],
        },
      ],
      footer:
        'Digest k3m9xa · every Monday at 09:00 Europe/Paris · stop it with: digest unsubscribe k3m9xa · ref dl-abcdefghjk',
      unsubscribeCommand: 'digest unsubscribe k3m9xa',
    });
  });

  it('says when a digest is late, in the subscription’s zone', () => {
    const late = buildDigestMessage({
      subscription: { ...subscription, country: undefined, topic: undefined },
      deliveryId: 'dl-x',
      scheduledAt: new Date('2026-11-30T08:00:00Z'),
      late: true,
      newCases: [],
      cases: [makeCase('o1')],
      countries: testCountries,
    });
    expect(late.notice).toBe('Posted late: this digest was due Mon 30 Nov 2026 09:00.');
    expect(late.filters).toBe('all initiatives');
  });
});
