/** True when the source cut the summary off: it ends with "…" or "...". */
export function isTruncated(summary: string): boolean {
  const end = summary.trimEnd();
  return end.endsWith('…') || end.endsWith('...');
}

/**
 * The summary without the trailing ellipsis of a cut-off copy. String operations, because a regex
 * anchored at the end still tries every position of a 600-character summary.
 */
export function stripEllipsis(summary: string): string {
  const end = summary.trimEnd();
  if (end.endsWith('…')) return end.slice(0, -1).trimEnd();
  if (end.endsWith('...')) return end.slice(0, -3).trimEnd();
  return summary;
}

/**
 * The comparison key of a summary: two summaries with the same key are the same case.
 * Insensitive to case, runs of whitespace, quote and dash styles and a trailing ellipsis,
 * because the same case is copied between pages and files with different typography.
 */
export function summaryKey(summary: string): string {
  return stripEllipsis(summary)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛′`´]/gu, "'")
    .replace(/[“”„‟″«»]/gu, '"')
    .replace(/[‐‑‒–—―]/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim();
}
