import { createHash } from 'node:crypto';

/** Crockford's base32 in lower case: no i, l, o or u, so an id survives being read aloud or retyped. */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** Long enough that 100k cases rarely collide (~0.5% chance of any collision), short enough to type. */
export const CASE_ID_LENGTH = 8;

/** 256 bits of sha256 give 51 whole base32 characters. */
const FULL_ID_LENGTH = 51;

function base32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(buffer >> bits) & 31];
    }
    buffer &= (1 << bits) - 1;
  }
  return out;
}

function fullId(key: string): string {
  return base32(createHash('sha256').update(key, 'utf8').digest());
}

/**
 * Stable ids for summary keys (see `summaryKey`): the first {@link CASE_ID_LENGTH} base32
 * characters of the key's sha256. Keys whose short ids collide all get the shortest longer
 * prefix that tells them apart, so the result depends only on the set of keys, never their order.
 * `options.length` exists for tests that need collisions.
 */
export function buildCaseIds(keys: Iterable<string>, options: { length?: number } = {}): Map<string, string> {
  const baseLength = options.length ?? CASE_ID_LENGTH;
  const byShortId = new Map<string, string[]>();
  const full = new Map<string, string>();
  for (const key of keys) {
    if (full.has(key)) continue;
    const id = fullId(key);
    full.set(key, id);
    const short = id.slice(0, baseLength);
    const group = byShortId.get(short);
    if (group) group.push(key);
    else byShortId.set(short, [key]);
  }
  const ids = new Map<string, string>();
  for (const [short, group] of byShortId) {
    if (group.length === 1) {
      ids.set(group[0]!, short);
      continue;
    }
    const hashes = group.map((key) => full.get(key)!);
    let length = baseLength + 1;
    // Distinct keys differ somewhere in their 256-bit hash; the bound only guards a sha256 collision.
    while (length < FULL_ID_LENGTH && new Set(hashes.map((h) => h.slice(0, length))).size < hashes.length) {
      length++;
    }
    group.forEach((key, i) => {
      ids.set(key, hashes[i]!.slice(0, length));
    });
  }
  return ids;
}
