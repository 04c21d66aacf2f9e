import { describe, expect, it } from 'vitest';
import { normaliseRecordKeys } from '../src/knowledge/case-record-schema.js';
import { parseCsvRecords } from '../src/knowledge/parse-csv-records.js';
import { validateRecords } from '../src/knowledge/validate-records.js';
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

  it('keeps CSV columns named like prototype members as columns, reported as ignored like any other', () => {
    const text = 'title,summary,constructor,__proto__,toString,title\nA,one,x,y,z,B\n';
    const { records, problems } = parseCsvRecords(text, 'f.csv');
    expect(problems).toEqual([]);
    expect(records.map((r) => Object.entries(r.value as object))).toEqual([
      [
        ['title', 'A'],
        ['summary', 'one'],
        ['constructor', 'x'],
        ['__proto__', 'y'],
        ['toString', 'z'],
      ],
    ]);
    const valid = validateRecords(records, 'f.csv');
    expect(valid.records.map((r) => r.record)).toEqual([{ title: 'A', summary: 'one' }]);
    expect(valid.ignoredKeys).toEqual(['constructor', '__proto__', 'toString']);
  });
});
