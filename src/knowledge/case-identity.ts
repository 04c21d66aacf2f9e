import type { StructuredFields } from './repair/repair-record.js';
import { compareStrings } from './sorted-keys.js';

/**
 * What tells two records with the same summary apart: their title (compared regardless of case,
 * spacing and punctuation), their set of countries and their year. A value a record does not give
 * agrees with anything.
 */
export interface CaseIdentity {
  title?: string;
  countries?: string;
  year?: number;
}

export const IDENTITY_FIELDS = ['title', 'countries', 'year'] as const;
export type IdentityField = (typeof IDENTITY_FIELDS)[number];

export function titleKey(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function identityOf(fields: StructuredFields | undefined): CaseIdentity {
  const identity: CaseIdentity = {};
  if (fields?.title !== undefined) identity.title = titleKey(fields.title);
  if (fields?.countries !== undefined)
    identity.countries = [...fields.countries].sort(compareStrings).join(',');
  if (fields?.year !== undefined) identity.year = fields.year;
  return identity;
}

/** No field given by both with different values. */
export function compatible(a: CaseIdentity, b: CaseIdentity): boolean {
  return IDENTITY_FIELDS.every(
    (field) => a[field] === undefined || b[field] === undefined || a[field] === b[field],
  );
}

/** How many identity fields are given. */
export function specificity(identity: CaseIdentity): number {
  return IDENTITY_FIELDS.filter((field) => identity[field] !== undefined).length;
}

/** A string that is the same exactly for equal identities (absent and given values never collide). */
export function identitySignature(identity: CaseIdentity): string {
  return JSON.stringify(IDENTITY_FIELDS.map((field) => identity[field] ?? null));
}

/** `a` with the fields it lacks taken from `b`. */
export function combine(a: CaseIdentity, b: CaseIdentity): CaseIdentity {
  return { ...b, ...Object.fromEntries(Object.entries(a).filter(([, value]) => value !== undefined)) };
}
