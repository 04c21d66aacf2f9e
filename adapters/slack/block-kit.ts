import { escapeAndTruncate } from './escape.js';
import {
  SLACK_MAX_ACTIONS_ELEMENTS,
  SLACK_MAX_BUTTON_TEXT,
  SLACK_MAX_BUTTON_VALUE,
  SLACK_MAX_CONTEXT_ELEMENTS,
  SLACK_MAX_CONTEXT_TEXT,
  SLACK_MAX_HEADER_TEXT,
  SLACK_MAX_ID,
  SLACK_MAX_SECTION_TEXT,
} from './limits.js';
import type { Mrkdwn, PlainText, SlackBlock, SlackButton } from './payload.js';

/** Plain text from users or cases: escaped (plain_text is never parsed, but stays consistent). */
export function plainText(raw: string, max: number): PlainText {
  return { type: 'plain_text', text: escapeAndTruncate(raw, max), emoji: true };
}

/** Already-escaped mrkdwn; the builders below cut it to its limit. */
function mrkdwn(text: string): Mrkdwn {
  return { type: 'mrkdwn', text, verbatim: true };
}

/** Slack refuses empty text; what is left after escaping decides. */
function nonEmpty(text: PlainText, fallback: string): PlainText {
  return text.text.trim() === '' ? { ...text, text: fallback } : text;
}

export function headerBlock(raw: string): SlackBlock {
  return { type: 'header', text: nonEmpty(plainText(raw, SLACK_MAX_HEADER_TEXT), 'casebot') };
}

/** A section from escaped mrkdwn, which the caller built to fit; cut as a last resort. */
export function sectionBlock(text: string, accessory?: SlackButton): SlackBlock {
  // Slack refuses an empty section text.
  const fitted = text.trim() === '' ? '…' : fitMrkdwn(text, SLACK_MAX_SECTION_TEXT);
  return accessory === undefined
    ? { type: 'section', text: mrkdwn(fitted) }
    : { type: 'section', text: mrkdwn(fitted), accessory };
}

export function contextBlock(texts: string[]): SlackBlock {
  const nonEmpty = texts.filter((t) => t.trim() !== '');
  // Slack refuses a context block without elements.
  const elements = (nonEmpty.length > 0 ? nonEmpty : ['…'])
    .slice(0, SLACK_MAX_CONTEXT_ELEMENTS)
    .map((t) => mrkdwn(fitMrkdwn(t, SLACK_MAX_CONTEXT_TEXT)));
  return { type: 'context', elements };
}

/** Buttons whose value would not fit are left out: a cut command would answer something else. */
export function button(
  label: string,
  value: string,
  actionId: string,
  primary = false,
): SlackButton | undefined {
  if (value.length > SLACK_MAX_BUTTON_VALUE || value.trim() === '') return undefined;
  const made: SlackButton = {
    type: 'button',
    action_id: actionId.slice(0, SLACK_MAX_ID),
    text: nonEmpty(plainText(label, SLACK_MAX_BUTTON_TEXT), '…'),
    value,
  };
  if (primary) made.style = 'primary';
  return made;
}

/** As many actions blocks as the buttons need. */
export function actionsBlocks(buttons: SlackButton[]): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  for (let i = 0; i < buttons.length; i += SLACK_MAX_ACTIONS_ELEMENTS) {
    blocks.push({ type: 'actions', elements: buttons.slice(i, i + SLACK_MAX_ACTIONS_ELEMENTS) });
  }
  return blocks;
}

/** Lines of escaped mrkdwn packed into as few sections as the section limit allows. */
export function sectionBlocks(lines: string[]): SlackBlock[] {
  const out: SlackBlock[] = [];
  let current = '';
  for (const line of lines) {
    const fitted = fitMrkdwn(line, SLACK_MAX_SECTION_TEXT);
    if (current !== '' && current.length + 1 + fitted.length > SLACK_MAX_SECTION_TEXT) {
      out.push(sectionBlock(current));
      current = '';
    }
    current = current === '' ? fitted : `${current}\n${fitted}`;
  }
  if (current !== '') out.push(sectionBlock(current));
  return out;
}

/**
 * Cuts escaped mrkdwn to `max` without breaking an entity (`&amp;`) or one of our own links
 * (`<url|label>`): the cut falls before either, and "…" marks it.
 */
export function fitMrkdwn(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  const lastOpenLink = text.lastIndexOf('<', cut);
  if (lastOpenLink !== -1 && text.indexOf('>', lastOpenLink) >= cut) cut = lastOpenLink;
  const lastAmp = text.lastIndexOf('&', cut);
  if (lastAmp !== -1 && text.indexOf(';', lastAmp) >= cut) cut = lastAmp;
  // Never end on the first half of a surrogate pair (a flag or an emoji).
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut).trimEnd()}…`;
}
