import { dropped, type FieldRepair, kept, kindOf, repaired } from './field-repair.js';

/**
 * A short text field (`title`, `level`, `organisation`): trimmed, with runs of whitespace and line
 * breaks made single spaces. A number is read as text, a list of texts is joined with "; ";
 * anything else is dropped with a note.
 */
export function repairText(field: string, value: unknown): FieldRepair<string> {
  if (typeof value === 'string') {
    const text = value.replace(/\s+/gu, ' ').trim();
    return text === '' ? { notes: [] } : kept(text);
  }
  if (typeof value === 'number' && Number.isFinite(value)) {
    return repaired(String(value), `${field} is a number; read as the text "${value}"`);
  }
  if (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string')) {
    const parts = value.map((item) => item.replace(/\s+/gu, ' ').trim()).filter((item) => item !== '');
    if (parts.length === 1) return kept(parts[0]!);
    if (parts.length > 1) return repaired(parts.join('; '), `${field} is a list; joined with "; "`);
    return { notes: [] };
  }
  return dropped(`${field} must be text, found ${kindOf(value)}; dropped`);
}
