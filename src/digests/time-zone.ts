/** Every IANA zone name this runtime knows, in its canonical spelling. */
function knownZones(): string[] {
  return Intl.supportedValuesOf('timeZone');
}

/**
 * The canonical spelling of an IANA time zone (`europe/paris` → `Europe/Paris`), or undefined
 * when the runtime does not know the zone. Offsets such as `+02:00` are refused: they do not
 * follow daylight-saving time, which a weekly post should.
 */
export function normalizeTimeZone(text: string): string | undefined {
  const wanted = text.trim();
  if (wanted === '' || /^[+-]\d/.test(wanted)) return undefined;
  try {
    const resolved = new Intl.DateTimeFormat('en-GB', { timeZone: wanted }).resolvedOptions().timeZone;
    const lower = wanted.toLowerCase();
    return knownZones().find((zone) => zone.toLowerCase() === lower) ?? resolved;
  } catch {
    return undefined;
  }
}

/** Zones whose city looks like the text (`paris` → `Europe/Paris`), for a helpful refusal. */
export function suggestTimeZones(text: string, limit = 3): string[] {
  const wanted = text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if (wanted.length < 3) return [];
  const city = (zone: string) => (zone.split('/').pop() ?? zone).toLowerCase();
  const zones = knownZones();
  const exact = zones.filter((zone) => city(zone) === wanted);
  const partial = zones.filter((zone) => city(zone) !== wanted && city(zone).startsWith(wanted));
  return [...exact, ...partial].slice(0, limit);
}

const DATE_TIME_PARTS = ['weekday', 'day', 'month', 'year', 'hour', 'minute'] as const;

/**
 * A date as people in `timeZone` read it: `Mon 30 Nov 2026 09:00` (en-GB words, 24-hour clock).
 * With `{ time: false }`, only the date: `Mon 30 Nov 2026`.
 */
export function formatInZone(date: Date, timeZone: string, options: { time?: boolean } = {}): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const value: Record<string, string> = {};
  for (const part of parts) value[part.type] = part.value;
  const [weekday, day, month, year, hour, minute] = DATE_TIME_PARTS.map((type) => value[type] ?? '');
  const datePart = `${weekday} ${day} ${month} ${year}`;
  return options.time === false ? datePart : `${datePart} ${hour}:${minute}`;
}
