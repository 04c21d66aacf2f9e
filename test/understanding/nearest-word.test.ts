import { describe, expect, it } from 'vitest';
import { createCorrector, nearestOf } from '../../src/understanding/nearest-word.js';

describe('nearestOf', () => {
  it('takes the nearest word within the edits allowed', () => {
    expect(nearestOf('serch', ['search', 'perch'], 1, true)).toBe('search');
    expect(nearestOf('sxxrch', ['search'], 1, true)).toBeUndefined();
  });

  it('reads letters in another order as a slip one edit further', () => {
    expect(nearestOf('wtha', ['what'], 1, true)).toBe('what');
  });

  it('between words equally near, takes the likelier slip, then refuses or takes the first', () => {
    expect(nearestOf('waht', ['want', 'what'], 1, true)).toBe('what');
    expect(nearestOf('cat', ['bat', 'hat'], 1, true)).toBeUndefined();
    expect(nearestOf('cat', ['bat', 'hat'], 1, false)).toBe('bat');
  });
});

describe('createCorrector', () => {
  const correct = createCorrector({
    words: () => ['compare', 'countries', 'search'],
    sameFirstLetter: true,
    minLength: 4,
    correctable: (word) => word !== 'comparing',
  });

  it('allows two edits in long words, one in short ones, from the same first letter', () => {
    expect(correct('compair')).toBe('compare');
    expect(correct('serch')).toBe('search');
    expect(correct('verch')).toBeUndefined();
    expect(correct('cmp')).toBeUndefined();
  });

  it('leaves alone a word the list says is no slip', () => {
    expect(correct('comparing')).toBeUndefined();
  });
});
