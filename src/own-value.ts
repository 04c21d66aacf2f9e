/**
 * `table[key]` for a key that came from outside (a user's word, a file's header): only the
 * table's own entries count, so "__proto__" or "constructor" find nothing instead of
 * Object.prototype's members.
 */
export function ownValue<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
