import { StoreError } from './store-error.js';

/**
 * The same object, each of whose methods fails only with a StoreError (made by `toStoreError`
 * from whatever the driver threw), or STORE_CLOSED once `isClosed()`. RangeErrors pass through:
 * they are the caller's bugs (a TTL of -1, a value too large), not the database's.
 */
export function guardErrors<T extends object>(
  target: T,
  toStoreError: (err: unknown) => StoreError,
  isClosed: () => boolean,
): T {
  const guarded: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(target)) {
    if (typeof value !== 'function') {
      guarded[name] = value;
      continue;
    }
    const method = value as (...args: unknown[]) => unknown;
    guarded[name] = async (...args: unknown[]) => {
      if (isClosed()) throw new StoreError('STORE_CLOSED', 'the store is closed');
      try {
        return await method.apply(target, args);
      } catch (err) {
        if (err instanceof StoreError || err instanceof RangeError) throw err;
        throw toStoreError(err);
      }
    };
  }
  return guarded as T;
}
