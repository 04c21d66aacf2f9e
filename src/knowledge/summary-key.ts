/** Trailing marks a listing page uses when it cut a summary off. */
const ELLIPSIS_AT_END = /\s*(?:…|\.\.\.)\s*$/u;

/** True when the source cut the summary off: it ends with "…" or "...". */
export function isTruncated(summary: string): boolean {
  return ELLIPSIS_AT_END.test(summary);
}

/** The summary without the trailing ellipsis of a cut-off copy. */
export function stripEllipsis(summary: string): string {
  return summary.replace(ELLIPSIS_AT_END, '');
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
