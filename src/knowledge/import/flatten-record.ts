/**
 * A JSON record with nested objects as one level of dotted keys, so that nested columns can be
 * mapped like any other: `{"organisation": {"name": "X"}}` → `{"organisation.name": "X"}`, and a
 * list of objects → a list per key: `{"countries": [{"code": "EE"}, {"code": "LV"}]}` →
 * `{"countries.code": ["EE", "LV"]}`. Lists of plain values stay lists.
 */
export function flattenRecord(
  value: Record<string, unknown>,
  prefix = '',
  into: Record<string, unknown> = Object.create(null),
): Record<string, unknown> {
  for (const [key, inner] of Object.entries(value)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (isPlainObject(inner)) {
      flattenRecord(inner, path, into);
    } else if (Array.isArray(inner) && inner.length > 0 && inner.every(isPlainObject)) {
      const lists: Record<string, unknown[]> = Object.create(null);
      for (const item of inner) {
        for (const [innerKey, innerValue] of Object.entries(flattenRecord(item))) {
          lists[innerKey] ??= [];
          lists[innerKey].push(innerValue);
        }
      }
      for (const [innerKey, list] of Object.entries(lists)) into[`${path}.${innerKey}`] = list.flat();
    } else {
      into[path] = inner;
    }
  }
  return into;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
