import { describe, expect, it } from 'vitest';
import { percentile, summariseLatencies } from '../../bench/stats.js';

describe('percentile', () => {
  it('is the nearest-rank sample, never an interpolation', () => {
    const samples = [5, 1, 4, 2, 3];
    expect(percentile(samples, 50)).toBe(3);
    expect(percentile(samples, 20)).toBe(1);
    expect(percentile(samples, 21)).toBe(2);
    expect(percentile(samples, 100)).toBe(5);
  });

  it('takes the second-largest of 200 samples as p99', () => {
    const samples = Array.from({ length: 200 }, (_, i) => i + 1);
    expect(percentile(samples, 99)).toBe(198);
    expect(percentile(samples, 50)).toBe(100);
  });

  it('refuses no samples and percentiles outside (0, 100]', () => {
    expect(() => percentile([], 50)).toThrow(RangeError);
    expect(() => percentile([1], 0)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});

describe('summariseLatencies', () => {
  it('gives count, p50, p99, mean and max without reordering the input', () => {
    const samples = [10, 2, 6, 4, 8];
    expect(summariseLatencies(samples)).toEqual({ count: 5, p50: 6, p99: 10, mean: 6, max: 10 });
    expect(samples).toEqual([10, 2, 6, 4, 8]);
  });
});
