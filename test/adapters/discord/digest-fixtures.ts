import type { DigestCase, DigestMessage } from '../../../src/index.js';

export const FRANCE = { code: 'FR', name: 'France', flag: '🇫🇷' };

export function digestCase(id: string, fields: Partial<DigestCase> = {}): DigestCase {
  return { id, title: `Case ${id}`, summary: `Summary of case ${id}.`, countries: [FRANCE], ...fields };
}

/** A digest as the core builds it for subscription k3m9xa, delivery dl-abcdefghij. */
export function digestMessage(fields: Partial<DigestMessage> = {}): DigestMessage {
  return {
    deliveryId: 'dl-abcdefghij',
    subscriptionId: 'k3m9xa',
    heading: 'Initiatives digest · Mon 30 Nov 2026 · 🇫🇷 France · topic: health',
    date: '2026-11-30',
    filters: '🇫🇷 France · topic: health',
    newCases: [],
    cases: [digestCase('a')],
    footer:
      'Digest k3m9xa · every Monday at 09:00 Europe/Paris · stop it with: digest unsubscribe k3m9xa · ref dl-abcdefghij',
    unsubscribeCommand: 'digest unsubscribe k3m9xa',
    ...fields,
  };
}
