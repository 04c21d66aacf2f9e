import { describe, expect, it } from 'vitest';
import { truncate } from '../../../adapters/shared/truncate.js';

describe('truncate', () => {
  it('leaves short text alone and ends cut text with an ellipsis', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('abcdefghij', 5)).toBe('abcd…');
  });

  it('never splits a surrogate pair', () => {
    const cut = truncate('ab😀😀😀', 4);
    expect(cut).toBe('ab…');
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('drops a dangling escape so it cannot swallow the ellipsis', () => {
    expect(truncate('ab\\*cdef', 4)).toBe('ab…');
    expect(truncate('a\\\\bcdef', 4)).toBe('a\\\\…');
  });
});
