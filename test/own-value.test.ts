import { describe, expect, it } from 'vitest';
import { normaliseRecordKeys } from '../src/knowledge/case-record-schema.js';
import { ownValue } from '../src/own-value.js';

describe('ownValue', () => {
  it('finds own entries only', () => {
    const table = { mon: 1 };
    expect(ownValue(table, 'mon')).toBe(1);
    expect(ownValue(table, '__proto__')).toBeUndefined();
    expect(ownValue(table, 'constructor')).toBeUndefined();
  });

  it('keeps a record header named like a prototype member an unknown field', () => {
    const raw = JSON.parse('{"summary":"s","__proto__":"x","constructor":"y"}') as Record<string, unknown>;
    const normalised = normaliseRecordKeys(raw);
    expect(normalised.fields).toEqual({ summary: 's' });
    expect(normalised.unknown.map((u) => u.key)).toEqual(['__proto__', 'constructor']);
  });
});
