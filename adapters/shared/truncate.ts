/** Marks text that was cut to fit a platform's limit. */
export const ELLIPSIS = '…';

/**
 * The adapters' one truncate: cuts `text` to at most `max` UTF-16 code units (never fewer than
 * the characters Slack and Discord count), ending in "…". Never splits a surrogate pair (a flag,
 * an emoji), and drops a dangling backslash so that a Markdown escape cannot swallow the
 * ellipsis. Words are the core's business (`shortenText`); this only fits a limit.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let cut = text.slice(0, max - ELLIPSIS.length);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const trailing = /\\+$/.exec(cut)?.[0].length ?? 0;
  if (trailing % 2 === 1) cut = cut.slice(0, -1);
  return cut + ELLIPSIS;
}
