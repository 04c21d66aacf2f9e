import type { DigestCase, DigestMessage } from '../../src/index.js';
import { contextBlock, fitMrkdwn, headerBlock, sectionBlock } from './block-kit.js';
import { escapeAndTruncate, escapeMrkdwn } from './escape.js';
import {
  SLACK_MAX_BLOCKS,
  SLACK_MAX_CONTEXT_TEXT,
  SLACK_MAX_FALLBACK_TEXT,
  SLACK_MESSAGE_BUDGET,
} from './limits.js';
import type { SlackBlock, SlackMessage } from './payload.js';
import { renderTitleLine } from './render-case.js';

/** A digest case is compact: these bound each part of its section (the title's in render-case.ts). */
const FACTS_CHARS = 300;
/** The core cuts summaries at 200 characters; this only guards against a longer one. */
const SUMMARY_CHARS = 400;
const BLOCK_ID_COST = 30;

export interface SlackDigestRenderOptions {
  /** The slash command, so the footer says how to unsubscribe in Slack: `/initiatives`. */
  command?: string;
}

/**
 * The reference casebot looks for to recognise its own post of a delivery (as it appears in
 * the message's `text`, escaped like the rest).
 */
export function deliveryRef(deliveryId: string): string {
  return `ref ${escapeMrkdwn(deliveryId)}`;
}

/** Whether a message's text carries this delivery's reference (and not a longer id that starts the same). */
export function carriesDelivery(text: string | undefined, deliveryId: string): boolean {
  if (text === undefined) return false;
  const ref = deliveryRef(deliveryId);
  for (let at = text.indexOf(ref); at !== -1; at = text.indexOf(ref, at + 1)) {
    const next = text.charAt(at + ref.length);
    if (!/[\w-]/.test(next)) return true;
  }
  return false;
}

/**
 * The footer as escaped mrkdwn, with `ref <deliveryId>` kept whole at its end however long the
 * rest is, and the unsubscribe command written as Slack users type it.
 */
function footerText(message: DigestMessage, command: string | undefined, max: number): string {
  const ref = deliveryRef(message.deliveryId);
  let base = message.footer;
  const plainRef = `ref ${message.deliveryId}`;
  if (base.endsWith(plainRef)) base = base.slice(0, -plainRef.length).replace(/[\s·]+$/, '');
  if (command && message.unsubscribeCommand !== '')
    base = base.replace(message.unsubscribeCommand, `${command} ${message.unsubscribeCommand}`);
  // Engine ids are short (`dl-` and 10 characters); a longer one is cut rather than break a limit.
  if (ref.length > max) return fitMrkdwn(ref, max);
  const separator = ' · ';
  const room = max - ref.length - separator.length;
  if (base.trim() === '' || room <= 1) return ref;
  return `${escapeAndTruncate(base, room)}${separator}${ref}`;
}

function caseSection(item: DigestCase): SlackBlock {
  const where = item.countries.map((country) => `${country.flag} ${country.name}`.trim()).join(', ');
  const facts = [where, item.year === undefined ? '' : String(item.year)]
    .filter((fact) => fact.trim() !== '')
    .join(' · ');
  const summary = item.summary.replace(/\s+/g, ' ').trim();
  const lines = [
    renderTitleLine(item),
    escapeAndTruncate(facts, FACTS_CHARS),
    escapeAndTruncate(summary, SUMMARY_CHARS),
  ].filter((line) => line !== '');
  return sectionBlock(lines.join('\n'));
}

/** The cases as groups kept or dropped together; a heading travels with its first case. */
function caseGroups(message: DigestMessage): SlackBlock[][] {
  const groups: SlackBlock[][] = [];
  const add = (heading: string | undefined, items: DigestCase[]) => {
    items.forEach((item, i) => {
      groups.push(heading && i === 0 ? [sectionBlock(heading), caseSection(item)] : [caseSection(item)]);
    });
  };
  add(message.newCases.length > 0 ? '*New*' : undefined, message.newCases);
  add(message.newCases.length > 0 ? '*More initiatives*' : undefined, message.cases);
  return groups;
}

/** The plain-text fallback (notifications, screen readers, `conversations.history`'s `text`). */
function fallbackText(message: DigestMessage, footer: string): string {
  const titles = [...message.newCases, ...message.cases].map(
    (item) => `• ${item.title.replace(/\s+/g, ' ').trim() || item.id}`,
  );
  const body = [message.heading, message.notice ?? '', ...titles].filter((line) => line.trim() !== '');
  const room = SLACK_MAX_FALLBACK_TEXT - footer.length - 1;
  return `${escapeAndTruncate(body.join('\n'), room)}\n${footer}`.trimStart();
}

/**
 * A digest as a Slack message: a header with the date and filters, the late notice, the new
 * cases then the others (one compact section each: linked title, countries, year, summary),
 * and the footer. Pure. Whatever the message holds, the result stays within Slack's limits,
 * every text is escaped so nothing can ping anyone, and both the fallback `text` and the
 * footer end with `ref <deliveryId>`, which {@link carriesDelivery} finds.
 */
export function renderSlackDigest(
  message: DigestMessage,
  options: SlackDigestRenderOptions = {},
): SlackMessage {
  const footer = footerText(message, options.command, SLACK_MAX_CONTEXT_TEXT);
  const text = fallbackText(message, footer);
  const head: SlackBlock[] = [headerBlock(message.heading)];
  if (message.notice && message.notice.trim() !== '')
    head.push(contextBlock([escapeAndTruncate(message.notice, SLACK_MAX_CONTEXT_TEXT)]));
  const tail = [contextBlock([footer])];
  const groups = caseGroups(message);

  const size = (blocks: SlackBlock[]) =>
    blocks.reduce((n, block) => n + JSON.stringify(block).length + BLOCK_ID_COST, 0);
  const budget = SLACK_MESSAGE_BUDGET - JSON.stringify(text).length - 200;
  const kept: SlackBlock[] = [];
  let used = size(head) + size(tail) + 300;
  let dropped = 0;
  for (const group of groups) {
    const cost = size(group);
    const fits = kept.length + group.length + head.length + tail.length + 1 <= SLACK_MAX_BLOCKS;
    if (dropped > 0 || !fits || used + cost > budget) {
      dropped += 1;
      continue;
    }
    kept.push(...group);
    used += cost;
  }
  const note =
    dropped > 0
      ? [
          contextBlock([
            `_${dropped} more initiative${dropped === 1 ? '' : 's'} did not fit in this message._`,
          ]),
        ]
      : [];
  const blocks = [...head, ...kept, ...note, ...tail];
  blocks.forEach((block, i) => {
    block.block_id = `casebot_d${i}`;
  });
  return { text, blocks };
}
