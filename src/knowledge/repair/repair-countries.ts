import { getCountry, resolveCountry, suggestCountries } from '../countries/index.js';
import { placeTable } from '../countries/place-table.js';
import { nameKey } from '../countries/tokenize.js';
import { type FieldNote, type FieldRepair, quote } from './field-repair.js';

// Lists come as arrays or as text: "EE; LV", "EE, LV", "Estonia | Latvia", "Estonia and Latvia".
const MAIN_SEPARATORS = /[;|\n]/u;
const MINOR_SEPARATORS = /\s*,\s*(?:and\s+|&\s*)?|\s*\/\s*|\s+(?:and|&)\s+/iu;

function describe(code: string): string {
  return getCountry(code)?.name ?? code;
}

/** A whole item as one country, or a city or region that lies in exactly one ("Bogotá" → CO). */
function resolveItem(item: string): { code: string; note?: FieldNote } | undefined {
  // "Korea, Republic of" is how ISO lists write "Republic of Korea".
  const inverted = /^([^,]+),\s*([^,]+)$/u.exec(item);
  const code =
    resolveCountry(item) ?? (inverted ? resolveCountry(`${inverted[2]} ${inverted[1]}`) : undefined);
  if (code !== undefined) return { code };
  const place = placeTable().places.get(nameKey(item));
  if (place === undefined) return undefined;
  return {
    code: place.code,
    note: {
      fix: 'repaired',
      message: `"${item}" is a place in ${describe(place.code)}; read as ${place.code}`,
    },
  };
}

/**
 * An item that is no country may be a list written with commas or "and" ("EE, LV", "Estonia and
 * Latvia"); it is split only when every part is a country, so "Korea, Republic of" and "Bosnia and
 * Herzegovina" stay whole.
 */
function resolveList(item: string): { code: string; note?: FieldNote }[] | undefined {
  const whole = resolveItem(item);
  if (whole !== undefined) return [whole];
  const parts = item.split(MINOR_SEPARATORS).filter((part) => part.trim() !== '');
  if (parts.length < 2) return undefined;
  const resolved = parts.map((part) => resolveItem(part.trim()));
  return resolved.every((r) => r !== undefined)
    ? (resolved as { code: string; note?: FieldNote }[])
    : undefined;
}

function unknownCountry(item: string): FieldNote {
  const near = suggestCountries(item, { limit: 1 })[0];
  const hint = near === undefined ? '' : ` (did you mean ${describe(near)}?)`;
  return { fix: 'dropped', message: `unknown country ${quote(item)}${hint}; dropped` };
}

/**
 * A case's `countries` as ISO 3166-1 alpha-2 codes, from codes (alpha-2 or alpha-3), names,
 * spellings and demonyms in any mix and list form. Each item that names no country is dropped
 * with a note and the others are kept; when none is left, the field is absent (and inferred).
 */
export function repairCountries(value: unknown): FieldRepair<string[]> {
  const items: unknown[] =
    typeof value === 'string' ? value.split(MAIN_SEPARATORS) : Array.isArray(value) ? value : [value];
  const codes: string[] = [];
  const notes: FieldNote[] = [];
  for (const raw of items) {
    if (typeof raw !== 'string') {
      notes.push({
        fix: 'dropped',
        message: `a country must be text, found ${JSON.stringify(raw)}; dropped`,
      });
      continue;
    }
    const item = raw.trim();
    if (item === '') continue;
    const resolved = resolveList(item);
    if (resolved === undefined) {
      notes.push(unknownCountry(item));
      continue;
    }
    for (const { code, note } of resolved) {
      if (note !== undefined) notes.push(note);
      if (!codes.includes(code)) codes.push(code);
    }
  }
  return codes.length > 0 ? { value: codes, notes } : { notes };
}
