import { isTruncated } from './summary-key.js';

/** One case summary read from a listing page, exactly as it appears on its line. */
export interface PageSummary {
  /** 1-based line of the file. */
  line: number;
  text: string;
  truncated: boolean;
}

/** A non-blank line that is not a summary, and why: logged, never a case. */
export interface SkippedLine {
  line: number;
  reason: 'header' | 'site-chrome' | 'too-short' | 'control-characters';
}

export interface ParsedListingPage {
  summaries: PageSummary[];
  skipped: SkippedLine[];
}

/**
 * The first summary must look like a paragraph; the site's header lines are short notices and
 * headings. OPSI summaries run 300–600 characters, its header notices under 140.
 */
const MIN_FIRST_SUMMARY_CHARS = 150;
const MIN_FIRST_SUMMARY_WORDS = 20;
/** Later lines are summaries unless they are as short as a footer link or heading. */
const MIN_SUMMARY_CHARS = 40;
const MIN_SUMMARY_WORDS = 6;

/** Short site chrome that can appear anywhere on a scraped page: navigation, paging, footers. */
const SITE_CHROME: readonly RegExp[] = [
  /^skip to (?:main )?content$/i,
  /^(?:menu|search|home|share|print|close|back to top|load more|read more|show more)$/i,
  /^(?:previous|next)(?: page)?$/i,
  /^page \d+(?: of \d+)?$/i,
  /^(?:showing )?\d+(?:\s*[-–]\s*\d+)? (?:of \d+ )?(?:results?|innovations?|cases?)$/i,
  /^(?:filter|sort) by\b/i,
  /^(?:©|copyright\b)/i,
  /^(?:this (?:web)?site uses cookies|we use cookies|accept (?:all )?cookies|cookie (?:settings|policy|preferences)|privacy (?:policy|settings|statement)|terms (?:and|&) conditions)\b/i,
];

/**
 * Notices about the site itself. Only trusted before the first summary, because a summary could
 * mention a website; in the header they mark the OECD's "official website" banner.
 */
const HEADER_CHROME: readonly RegExp[] = [
  /\b(?:this|an? official|our) (?:\w+ )?(?:web)?site\b/i,
  /\bauthenticity\b/i,
  /\bfind out more\b/i,
  /\bcreated by the\b/i,
  /\bjavascript\b/i,
];

/** Control characters other than tab, or U+FFFD: a line carrying them is garbled text, not a summary. */
const CONTROL_CHARACTERS = /(?!\t)[\p{Cc}\ufffd]/u;

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * Parses a scraped OPSI listing page: the site's boilerplate at the top (every line before the
 * first paragraph-like line, plus known site chrome anywhere), then one case summary per line.
 * Summary text is kept exactly; only a line's `\r` terminator is dropped.
 */
export function parseListingPage(text: string): ParsedListingPage {
  const summaries: PageSummary[] = [];
  const skipped: SkippedLine[] = [];
  let inHeader = true;
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    const content = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const trimmed = content.trim();
    if (trimmed === '') return;
    // A long line is content even when it mentions cookies or paging.
    if (trimmed.length < MIN_FIRST_SUMMARY_CHARS && SITE_CHROME.some((re) => re.test(trimmed))) {
      skipped.push({ line, reason: 'site-chrome' });
      return;
    }
    if (CONTROL_CHARACTERS.test(content)) {
      skipped.push({ line, reason: 'control-characters' });
      return;
    }
    const words = wordCount(trimmed);
    if (inHeader) {
      const paragraph =
        trimmed.length >= MIN_FIRST_SUMMARY_CHARS &&
        words >= MIN_FIRST_SUMMARY_WORDS &&
        !HEADER_CHROME.some((re) => re.test(trimmed));
      if (!paragraph) {
        skipped.push({ line, reason: 'header' });
        return;
      }
      inHeader = false;
    } else if (trimmed.length < MIN_SUMMARY_CHARS || words < MIN_SUMMARY_WORDS) {
      skipped.push({ line, reason: 'too-short' });
      return;
    }
    summaries.push({ line, text: content, truncated: isTruncated(content) });
  });
  return { summaries, skipped };
}
