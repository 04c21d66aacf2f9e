const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/**
 * Milliseconds in a duration such as `30m`, `6h`, `1d` or `90s` (`0` alone is zero), or
 * undefined when the text is not one.
 */
export function parseDuration(text: string): number | undefined {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === '0') return 0;
  const match = /^(\d+)\s*([smhd])$/.exec(trimmed);
  if (!match) return undefined;
  const unit = match[2] as keyof typeof UNIT_MS;
  return Number(match[1]) * UNIT_MS[unit];
}
