import type { Delivery } from './subscription.js';
import { formatInZone } from './time-zone.js';

/** A delivery's outcome in words for `digest list`: `Mon 23 Nov 2026 09:00, sent late`. */
export function describeDelivery(delivery: Delivery, timezone: string): string {
  const when = formatInZone(delivery.scheduledAt, timezone);
  switch (delivery.status) {
    case 'sent':
      return `${when}, sent${delivery.late ? ' late' : ''}`;
    case 'claimed':
      return `${when}, posting now`;
    case 'retrying': {
      const next = delivery.nextAttemptAt ? ` at ${formatInZone(delivery.nextAttemptAt, timezone)}` : '';
      return `${when}, retrying${next} (${delivery.error ?? 'error'})`;
    }
    case 'failed':
      return `${when}, failed: ${delivery.error ?? 'unknown error'}`;
    case 'skipped':
      return `${when}, skipped: ${delivery.error ?? 'no reason recorded'}`;
    default: {
      const unknown: never = delivery.status;
      throw new Error(`unknown delivery status ${String(unknown)}`);
    }
  }
}
