/** A cut that would end on one of these small words drops it: "…Care Centre…", not "…Care Centre as…". */
const DANGLING_WORD = /\s+(?:a|an|the|as|of|in|on|to|for|and|or|with|by|at|from|that|which)$/iu;

/**
 * The core's one text shortener (titles, list summaries, digest summaries): text longer than
 * `max` characters is cut at a word boundary when one falls in its second half, without a
 * dangling small word or trailing punctuation, and ends with "…"; the result is never longer
 * than `max`. Shorter text comes back as it is. Adapters fit their own limits with `truncate`.
 */
export function shortenText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  // The cut may fall right before a space: then the last word is whole.
  const boundary = /\s/u.test(text[max - 1] ?? '') ? cut.length : cut.lastIndexOf(' ');
  let kept = boundary > max / 2 ? cut.slice(0, boundary) : cut;
  while (DANGLING_WORD.test(kept)) kept = kept.replace(DANGLING_WORD, '');
  return `${kept.replace(/[\s,;:.–—-]+$/u, '')}…`;
}
