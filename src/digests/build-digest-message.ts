import type { Case } from '../knowledge/case.js';
import { shortenText } from '../shorten-text.js';
import { DIGEST_SUMMARY_MAX, type DigestCase, type DigestMessage } from './digest-poster.js';
import type { CountryLookup } from './parse-subscription.js';
import { describeSchedule } from './schedule.js';
import type { Subscription } from './subscription.js';
import { formatInZone } from './time-zone.js';

export function toDigestCase(item: Case, countries: CountryLookup): DigestCase {
  const digestCase: DigestCase = {
    id: item.id,
    title: item.title,
    // One glance long, on one line.
    summary: shortenText(item.summary.replace(/\s+/g, ' ').trim(), DIGEST_SUMMARY_MAX),
    countries: item.countries.map((code) => countries.getCountry(code) ?? { code, name: code, flag: '' }),
  };
  if (item.year !== undefined) digestCase.year = item.year;
  if (item.url !== undefined) digestCase.url = item.url;
  return digestCase;
}

/** The filters in words: `🇫🇷 France · topic: health`, or `all initiatives`. */
export function describeFilters(
  subscription: Pick<Subscription, 'country' | 'topic'>,
  countries: CountryLookup,
): string {
  const parts: string[] = [];
  if (subscription.country) {
    const country = countries.getCountry(subscription.country);
    parts.push(country ? `${country.flag} ${country.name}`.trim() : subscription.country);
  }
  if (subscription.topic) parts.push(`topic: ${subscription.topic}`);
  return parts.length > 0 ? parts.join(' · ') : 'all initiatives';
}

export interface DigestMessageInput {
  subscription: Subscription;
  deliveryId: string;
  scheduledAt: Date;
  late: boolean;
  newCases: readonly Case[];
  cases: readonly Case[];
  countries: CountryLookup;
}

/** The digest of one slot, as plain data for the adapters to render. */
export function buildDigestMessage(input: DigestMessageInput): DigestMessage {
  const { subscription, countries } = input;
  const zone = subscription.timezone;
  const filters = describeFilters(subscription, countries);
  const unsubscribeCommand = `digest unsubscribe ${subscription.id}`;
  const message: DigestMessage = {
    deliveryId: input.deliveryId,
    subscriptionId: subscription.id,
    heading: `Initiatives digest · ${formatInZone(input.scheduledAt, zone, { time: false })} · ${filters}`,
    // en-CA writes dates as YYYY-MM-DD.
    date: new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(input.scheduledAt),
    filters,
    newCases: input.newCases.map((item) => toDigestCase(item, countries)),
    cases: input.cases.map((item) => toDigestCase(item, countries)),
    footer: [
      `Digest ${subscription.id}`,
      describeSchedule(subscription.schedule, zone),
      `stop it with: ${unsubscribeCommand}`,
      `ref ${input.deliveryId}`,
    ].join(' · '),
    unsubscribeCommand,
  };
  if (input.late)
    message.notice = `Posted late: this digest was due ${formatInZone(input.scheduledAt, zone)}.`;
  return message;
}
