import { type CaseHit, type Reply, renderPlainText } from '../../src/index.js';
import { actionsBlocks, contextBlock, headerBlock, sectionBlock, sectionBlocks } from './block-kit.js';
import { escapeAndTruncate, escapeMrkdwn, isSlackUserId } from './escape.js';
import {
  SLACK_MAX_BLOCKS,
  SLACK_MAX_CONTEXT_TEXT,
  SLACK_MAX_FALLBACK_TEXT,
  SLACK_MAX_SECTION_TEXT,
  SLACK_MESSAGE_BUDGET,
} from './limits.js';
import type { SlackBlock, SlackButton, SlackMessage } from './payload.js';
import { createReplyButtons } from './render-buttons.js';
import { renderCaseBlocks } from './render-case.js';
import { renderCompareBlocks, renderMenuBlocks } from './render-menus.js';

const BLOCK_ID_COST = 30;

/** How each reply is rendered on top of the reply itself. */
export interface SlackRenderOptions {
  /** The Slack user id (from Slack's payload) who shared this answer into the channel. */
  sharedBy?: string;
  /** Prefix for typed examples in help, e.g. `/initiatives` or `@casebot`. */
  commandPrefix?: string;
}

/**
 * A reply as a Slack message: Block Kit `blocks` plus the plain-text `text` fallback, and
 * "Share in channel" when the core gave the reply a `shareCommand`. Pure. Whatever the reply
 * holds, the message stays within Slack's limits (see block-kit.ts), every user and case text
 * is escaped, and the only mention is `options.sharedBy`'s.
 */
export function renderSlackReply(reply: Reply, options: SlackRenderOptions = {}): SlackMessage {
  const buttons = createReplyButtons(reply);
  const head: SlackBlock[] = [headerBlock(reply.heading)];
  if (isSlackUserId(options.sharedBy)) head.push(contextBlock([`Shared by <@${options.sharedBy}>`]));
  if (reply.notice) head.push(contextBlock([escapeAndTruncate(reply.notice, SLACK_MAX_CONTEXT_TEXT)]));

  const groups = bodyGroups(reply, options, (c, kind) => buttons.forCase(c, kind));

  const tail: SlackBlock[] = [];
  if (reply.type === 'results')
    tail.push(contextBlock([escapeAndTruncate(resultsLine(reply), SLACK_MAX_CONTEXT_TEXT)]));
  if (reply.type === 'results' && reply.menus) tail.push(...renderMenuBlocks(reply.menus));
  if (reply.type === 'case' && reply.compare) tail.push(...renderCompareBlocks(reply.compare));
  tail.push(...buttons.blocks());

  const plain = escapeAndTruncate(renderPlainText(reply), SLACK_MAX_FALLBACK_TEXT);
  // Notifications and screen readers show `text`; like the header, it is never blank.
  const text = plain.trim() === '' ? 'casebot' : plain;
  const blocks = fitBlocks(head, groups, tail, SLACK_MESSAGE_BUDGET - JSON.stringify(text).length - 200);
  blocks.forEach((block, i) => {
    block.block_id = `casebot_b${i}`;
  });
  return { text, blocks };
}

function resultsLine(reply: Extract<Reply, { type: 'results' }>): string {
  if (reply.intent.type === 'random')
    return `Picked from ${reply.total} matching case${reply.total === 1 ? '' : 's'}.`;
  const pages = reply.pageCount > 1 ? `Page ${reply.page} of ${reply.pageCount} · ` : '';
  return `${pages}${reply.total} matching case${reply.total === 1 ? '' : 's'}`;
}

/** The reply's content as groups of blocks that are kept or dropped together. */
function bodyGroups(
  reply: Reply,
  options: SlackRenderOptions,
  caseButton: (c: CaseHit, kind: 'details' | 'similar') => SlackButton | undefined,
): SlackBlock[][] {
  const listed = (c: CaseHit) => {
    const blocks = renderCaseBlocks(c, false, caseButton(c, 'details'));
    const similar = caseButton(c, 'similar');
    return similar ? [...blocks, ...actionsBlocks([similar])] : blocks;
  };
  switch (reply.type) {
    case 'results':
      return reply.cases.map(listed);
    case 'case':
      return reply.cases.map((c) => renderCaseBlocks(c, true));
    case 'counts':
      return sectionBlocks(
        reply.groups.map((g) => `*${escapeMrkdwn(g.label.trim() || g.key)}* — ${g.count}`),
      ).map((s) => [s]);
    case 'compare':
      return [
        ...sectionBlocks(
          reply.cases.map(
            (c, i) => `${i + 1}. *${escapeAndTruncate(c.title, 250)}* — id \`${escapeMrkdwn(c.id)}\``,
          ),
        ).map((s) => [s]),
        ...sectionBlocks(
          reply.rows.map(
            (r) =>
              `*${escapeMrkdwn(r.label)}:* ${r.values.map((v) => escapeAndTruncate(v, 600)).join('  |  ')}`,
          ),
        ).map((s) => [s]),
        ...sectionBlocks(reply.shared.map(escapeMrkdwn)).map((s) => [s]),
      ];
    case 'message':
      return sectionBlocks(reply.lines.map(escapeMrkdwn)).map((s) => [s]);
    case 'help': {
      const prefix = options.commandPrefix ? `${options.commandPrefix} ` : '';
      const lines = reply.commands.map(
        (c) =>
          `*${escapeMrkdwn(prefix + c.usage)}* — ${escapeMrkdwn(c.description)}\n      e.g. \`${escapeMrkdwn(prefix + c.example)}\``,
      );
      return sectionBlocks(lines).map((s) => [s]);
    }
    case 'not-found': {
      const groups = [[sectionBlock(escapeAndTruncate(reply.message, SLACK_MAX_SECTION_TEXT))]];
      if (reply.suggestions.length > 0)
        groups.push(sectionBlocks(['*Try:*', ...reply.suggestions.map((s) => `• ${escapeMrkdwn(s)}`)]));
      return groups;
    }
    case 'digest':
      return [...sectionBlocks(reply.lines.map(escapeMrkdwn)).map((s) => [s]), ...reply.cases.map(listed)];
    case 'error':
      return [[sectionBlock(escapeAndTruncate(reply.message, SLACK_MAX_SECTION_TEXT))]];
    default: {
      const unreachable: never = reply;
      return unreachable;
    }
  }
}

/** What {@link fitBlocks} counts for `blocks`, from one `JSON.stringify` of all of them. */
function serialisedSize(blocks: SlackBlock[]): number {
  if (blocks.length === 0) return 0;
  // The array's brackets and commas are not part of any block.
  return JSON.stringify(blocks).length - 2 - (blocks.length - 1) + blocks.length * BLOCK_ID_COST;
}

/**
 * Keeps the head and the tail (buttons) and as many whole groups as fit both the block
 * limit and the size budget; says so when some did not.
 */
function fitBlocks(
  head: SlackBlock[],
  groups: SlackBlock[][],
  tail: SlackBlock[],
  budget: number,
): SlackBlock[] {
  // Each block also gets `"block_id":"casebot_bNN",` once kept.
  const size = (blocks: SlackBlock[]) =>
    blocks.reduce((n, b) => n + JSON.stringify(b).length + BLOCK_ID_COST, 0);
  const note = contextBlock(['_Part of this answer did not fit in one Slack message._']);
  const reserved = head.length + tail.length + 1;
  const all = [...head, ...groups.flat(), ...tail];
  // Most answers fit whole: then one serialisation measures them (the same sum as block by block).
  if (all.length + 1 <= SLACK_MAX_BLOCKS && serialisedSize(all) + size([note]) <= budget) return all;
  let used = size(head) + size(tail) + size([note]);
  const kept: SlackBlock[] = [];
  let dropped = false;
  for (const group of groups) {
    const cost = size(group);
    if (dropped || kept.length + group.length + reserved > SLACK_MAX_BLOCKS || used + cost > budget) {
      dropped = true;
      continue;
    }
    kept.push(...group);
    used += cost;
  }
  return [...head, ...kept, ...(dropped ? [note] : []), ...tail].slice(0, SLACK_MAX_BLOCKS);
}
