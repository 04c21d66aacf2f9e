import { type CaseHit, countryLabel, whyRelated } from '../../src/index.js';
import { contextBlock, sectionBlock } from './block-kit.js';
import { escapeAndTruncate, escapeMrkdwn, safeLinkUrl } from './escape.js';
import { SLACK_MAX_SECTION_TEXT } from './limits.js';
import type { SlackBlock, SlackButton } from './payload.js';

/** Room for one case in a list; `show <id>` (the Details button) gives the whole case. */
const LIST_SUMMARY_CHARS = 500;
const TITLE_CHARS = 250;
/** Longer URLs are not linked: a title linked to a 2 KB URL would eat the message budget. */
const MAX_LINK_URL = 500;

/**
 * A case's title in bold, whitespace flattened (its id when blank), linked when its URL is a
 * safe http(s) URL short enough. Shared by replies and digests.
 */
export function renderTitleLine(c: { id: string; title: string; url?: string }): string {
  const title = escapeAndTruncate(c.title.replace(/\s+/g, ' ').trim() || c.id, TITLE_CHARS);
  const url = safeLinkUrl(c.url);
  return url !== undefined && url.length <= MAX_LINK_URL ? `*<${url}|${title}>*` : `*${title}*`;
}

/**
 * A case: bold title (linked when its URL is known), countries and facts, summary (cut in a
 * list, whole as far as Slack allows when `full`); tags and why it matched as context.
 */
export function renderCaseBlocks(c: CaseHit, full: boolean, accessory?: SlackButton): SlackBlock[] {
  const titleLine = renderTitleLine(c);
  const facts = [
    c.countries.map(countryLabel).join(', '),
    c.year !== undefined ? String(c.year) : '',
    c.level ?? '',
    c.organisation ?? '',
  ]
    .filter((f) => f !== '')
    .map((f) => escapeAndTruncate(f, 300))
    .join(' · ');
  const head = [titleLine, facts].filter((l) => l !== '').join('\n');
  const room = SLACK_MAX_SECTION_TEXT - head.length - 2;
  const summary = escapeAndTruncate(c.summary, full ? room : Math.min(LIST_SUMMARY_CHARS, room));
  const blocks = [sectionBlock(`${head}\n${summary}`, accessory)];
  const context = [
    c.tags.length > 0 ? `Tags: ${escapeMrkdwn(c.tags.join(', '))}` : '',
    c.matched && c.matched.length > 0 ? `Matched: ${escapeMrkdwn(c.matched.join(', '))}` : '',
    c.related ? `Alike: ${escapeMrkdwn(whyRelated(c) ?? '')}` : '',
    full && c.truncated ? 'The source cut this summary short.' : '',
    `id \`${escapeMrkdwn(c.id)}\``,
  ].filter((t) => t !== '');
  blocks.push(contextBlock(context));
  return blocks;
}
