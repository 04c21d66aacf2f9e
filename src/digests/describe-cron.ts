const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** `1-5` → [1,2,3,4,5], `1,3` → [1,3]; undefined for steps, names or anything else. */
function daysOf(field: string): number[] | undefined {
  const days: number[] = [];
  for (const part of field.split(',')) {
    const m = /^(\d)(?:-(\d))?$/u.exec(part);
    if (!m) return undefined;
    const from = Number(m[1]);
    const to = Number(m[2] ?? m[1]);
    if (to < from || to > 7) return undefined;
    for (let d = from; d <= to; d++) days.push(d % 7);
  }
  return [...new Set(days)].sort((a, b) => a - b);
}

function daysInWords(days: number[]): string {
  const key = days.join(',');
  if (key === '1,2,3,4,5') return 'weekdays';
  if (key === '0,6') return 'weekends';
  const names = days.map((d) => DAY_NAMES[d] ?? '');
  return `every ${names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0]}`;
}

/**
 * A cron schedule in words when it posts at one time of day on days people name ("weekdays at
 * 08:00", "on the 1st of each month at 09:00", "every Monday and Thursday at 09:00"); undefined
 * for any other expression, which is then shown as it was typed.
 */
export function describeCron(expression: string): string | undefined {
  const [minute, hour, dayOfMonth, month, dayOfWeek, ...rest] = expression.trim().split(/\s+/u);
  if (rest.length > 0 || !minute || !hour || !dayOfMonth || !month || !dayOfWeek) return undefined;
  if (!/^\d{1,2}$/u.test(minute) || !/^\d{1,2}$/u.test(hour) || month !== '*') return undefined;
  const at = `at ${hour.padStart(2, '0')}:${minute.padStart(2, '0')}`;
  if (dayOfMonth === '*' && dayOfWeek === '*') return `every day ${at}`;
  if (dayOfMonth === '*') {
    const days = daysOf(dayOfWeek);
    return days && days.length > 0 ? `${daysInWords(days)} ${at}` : undefined;
  }
  if (dayOfWeek === '*' && /^\d{1,2}$/u.test(dayOfMonth))
    return `on the ${ordinal(Number(dayOfMonth))} of each month ${at}`;
  return undefined;
}
