import { randomInt } from 'node:crypto';

/** No 0/o, 1/l/i: ids are read off a screen and typed back. */
const ID_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/**
 * A random id of `length` characters from an unambiguous alphabet. `random` (returning [0, 1))
 * can be injected for reproducible tests.
 */
export function randomId(length: number, random?: () => number): string {
  let id = '';
  for (let i = 0; i < length; i += 1) {
    const index = random ? Math.floor(random() * ID_ALPHABET.length) : randomInt(ID_ALPHABET.length);
    id += ID_ALPHABET[index];
  }
  return id;
}
