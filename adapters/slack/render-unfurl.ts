import { type Case, countryLabel } from '../../src/index.js';
import { actionsBlocks, button, sectionBlock } from './block-kit.js';
import { escapeAndTruncate } from './escape.js';
import type { SlackBlock } from './payload.js';
import { renderTitleLine } from './render-case.js';

/** A card, not the whole case: `show <id>` gives the rest. */
const UNFURL_SUMMARY_CHARS = 300;
const UNFURL_FACT_CHARS = 300;

/** The preview of one case's page: what `chat.unfurl` puts under the link. */
export interface SlackUnfurl {
  blocks: SlackBlock[];
}

/**
 * A case's card for a link to its page: title (linked), countries and year, the start of the
 * summary, and a Similar button replaying `similar <id>` as any Similar button does.
 */
export function renderCaseUnfurl(c: Case): SlackUnfurl {
  const facts = [c.countries.map(countryLabel).join(', '), c.year === undefined ? '' : String(c.year)]
    .filter((f) => f !== '')
    .map((f) => escapeAndTruncate(f, UNFURL_FACT_CHARS))
    .join(' · ');
  const summary = escapeAndTruncate(c.summary.replace(/\s+/g, ' ').trim(), UNFURL_SUMMARY_CHARS);
  const lines = [renderTitleLine(c), facts, summary].filter((l) => l !== '');
  const similar = button('Similar cases', `similar ${c.id}`, 'casebot_similar_0');
  const blocks = [sectionBlock(lines.join('\n')), ...actionsBlocks(similar ? [similar] : [])];
  blocks.forEach((block, i) => {
    block.block_id = `casebot_u${i}`;
  });
  return { blocks };
}
