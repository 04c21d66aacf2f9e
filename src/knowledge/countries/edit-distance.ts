/** Three rows of the table, reused by every call (the function never runs inside itself). */
let rows = new Int32Array(3 * 64);

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
 * neighbouring letters ("Urugay" → "Uruguay" is 1, "Koraea" → "Korea" is 1).
 *
 * With `max`, any distance above it comes back as `max + 1`, found as soon as a whole row of
 * the table exceeds it (no row after can come back under), so comparing a long text with a
 * short name stops after a few rows instead of filling the table. Every misspelt word of a
 * message is compared with hundreds of names: no call allocates.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (!a.length || !b.length) return a.length + b.length;
  const width = b.length + 1;
  if (rows.length < 3 * width) rows = new Int32Array(3 * width);
  // Row offsets into `rows`, rotated after each letter of `a`.
  let beforePrevious = 0;
  let previous = width;
  let current = 2 * width;
  for (let j = 0; j < width; j += 1) rows[previous + j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    const letter = a.charCodeAt(i - 1);
    rows[current] = i;
    let least = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = letter === b.charCodeAt(j - 1) ? 0 : 1;
      let best = Math.min(
        rows[previous + j]! + 1,
        rows[current + j - 1]! + 1,
        rows[previous + j - 1]! + cost,
      );
      if (i > 1 && j > 1 && letter === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        best = Math.min(best, rows[beforePrevious + j - 2]! + 1);
      }
      rows[current + j] = best;
      if (best < least) least = best;
    }
    if (least > max) return max + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return Math.min(rows[previous + b.length]!, max + 1);
}
