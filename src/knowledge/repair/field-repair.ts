/** What was done to a field value that was not usable as given. */
export type FieldFix = 'repaired' | 'dropped';

/** One change to a field, for a warning: what was done and why. */
export interface FieldNote {
  fix: FieldFix;
  message: string;
}

/**
 * The outcome of repairing one optional field: the value to keep (absent when nothing usable is
 * left) and one note per change. A clean value has no notes.
 */
export interface FieldRepair<T> {
  value?: T;
  notes: FieldNote[];
}

export function kept<T>(value: T): FieldRepair<T> {
  return { value, notes: [] };
}

export function repaired<T>(value: T, message: string): FieldRepair<T> {
  return { value, notes: [{ fix: 'repaired', message }] };
}

export function dropped<T>(message: string): FieldRepair<T> {
  return { notes: [{ fix: 'dropped', message }] };
}

/** A value quoted for a message, cut short so that a pasted paragraph does not flood the report. */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const flat = text.replace(/\s+/gu, ' ').trim();
  return `"${flat.length > 60 ? `${flat.slice(0, 57)}…` : flat}"`;
}

/** What kind of JSON value this is, for a message ("a number", "an array"). */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Date) return 'a date';
  return `a ${typeof value}`;
}
