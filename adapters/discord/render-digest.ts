import type { APIEmbed, APIEmbedField, APIMessage } from 'discord.js';
import type { DigestCase, DigestMessage } from '../../src/index.js';
import { truncate } from '../shared/truncate.js';
import { COMMAND_NAME } from './commands.js';
import { escapeMarkdown, neutraliseMentions } from './escape.js';
import {
  DISCORD_MAX_CONTENT,
  DISCORD_MAX_EMBED_FIELDS,
  DISCORD_MAX_EMBED_TITLE,
  DISCORD_MAX_EMBEDS_TOTAL,
  DISCORD_MAX_FIELD_NAME,
  DISCORD_MAX_FIELD_VALUE,
  DISCORD_MAX_FOOTER,
  fitEmbedsTotal,
} from './limits.js';
import type { DiscordDigestPayload } from './payload.js';
import { EMBED_COLOR } from './render-case.js';

/** Discord accepts nonces of at most 25 characters. */
export const DISCORD_MAX_NONCE = 25;
/** Links longer than this would crowd out the summary in a field value. */
const MAX_LINK = 400;
const MAX_HEADING = 300;
const MAX_NOTICE = 500;
const MAX_FACTS = 200;

/** The way to unsubscribe on Discord, in place of the core's message command. */
function slashUnsubscribe(subscriptionId: string): string {
  return `/${COMMAND_NAME} digest unsubscribe id:${subscriptionId}`;
}

/** The footer with its `ref <deliveryId>` kept whole at the end, however long the rest is. */
function footerText(message: DigestMessage): string {
  const ref = `ref ${message.deliveryId}`;
  let base = message.footer.replace(message.unsubscribeCommand, slashUnsubscribe(message.subscriptionId));
  if (base.endsWith(ref)) base = base.slice(0, -ref.length).replace(/[\s·]+$/, '');
  base = neutraliseMentions(base);
  if (base === '') return truncate(ref, DISCORD_MAX_FOOTER);
  const separator = ' · ';
  const room = DISCORD_MAX_FOOTER - ref.length - separator.length;
  return room > 0 ? `${truncate(base, room)}${separator}${ref}` : truncate(ref, DISCORD_MAX_FOOTER);
}

/** An http(s) link safe inside `[text](url)`: parentheses and spaces encoded. */
function markdownLink(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
    const href = parsed.href.replace(/[()<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    return href.length <= MAX_LINK ? `[Read the case study](${href})` : undefined;
  } catch {
    return undefined;
  }
}

function caseField(item: DigestCase): APIEmbedField {
  const where = item.countries.map((country) => `${country.flag} ${country.name}`.trim()).join(', ');
  const facts = [where, item.year === undefined ? '' : String(item.year), `id ${item.id}`]
    .filter((fact) => fact !== '')
    .join(' · ');
  const head = truncate(escapeMarkdown(facts), MAX_FACTS);
  const link = markdownLink(item.url);
  const reserved = head.length + 1 + (link ? link.length + 1 : 0);
  const summary = truncate(
    escapeMarkdown(item.summary.replace(/\s+/g, ' ').trim()),
    DISCORD_MAX_FIELD_VALUE - reserved,
  );
  const value = [head, summary, link].filter((line): line is string => Boolean(line)).join('\n');
  return {
    name:
      truncate(escapeMarkdown(item.title.replace(/\s+/g, ' ').trim()), DISCORD_MAX_FIELD_NAME) || '\u200b',
    value: truncate(value, DISCORD_MAX_FIELD_VALUE) || '\u200b',
  };
}

/** One embed per section; more cases than fields end with a count of the rest. */
function sectionEmbed(title: string | undefined, cases: DigestCase[]): APIEmbed {
  const fields = cases.map(caseField);
  if (fields.length > DISCORD_MAX_EMBED_FIELDS) {
    const rest = fields.length - (DISCORD_MAX_EMBED_FIELDS - 1);
    fields.splice(DISCORD_MAX_EMBED_FIELDS - 1, rest, {
      name: `…and ${rest} more`,
      value: 'See them with /initiatives search.',
    });
  }
  const embed: APIEmbed = { color: EMBED_COLOR };
  if (fields.length > 0) embed.fields = fields;
  if (title) embed.title = truncate(title, DISCORD_MAX_EMBED_TITLE);
  return embed;
}

function renderContent(message: DigestMessage): string {
  let content = `**${escapeMarkdown(truncate(message.heading.replace(/\s+/g, ' ').trim(), MAX_HEADING))}**`;
  if (message.notice) content += `\n_${escapeMarkdown(truncate(message.notice, MAX_NOTICE))}_`;
  return truncate(content, DISCORD_MAX_CONTENT);
}

/**
 * Renders a digest as one Discord message: the heading (and a late notice) as text, then an
 * embed per section ("New", then the others) with a field per case, and the footer with the
 * subscription, how to unsubscribe and the delivery ref. Within every Discord limit; pings no
 * one. Pure.
 */
export function renderDigestMessage(message: DigestMessage): DiscordDigestPayload {
  const embeds: APIEmbed[] = [];
  if (message.newCases.length > 0) {
    embeds.push(sectionEmbed('New since the last digest', message.newCases));
    if (message.cases.length > 0) embeds.push(sectionEmbed('More initiatives', message.cases));
  } else {
    embeds.push(sectionEmbed(undefined, message.cases));
  }
  const footer = footerText(message);
  // The footer is left out of the fitting so that the ref is never cut.
  fitEmbedsTotal(embeds, DISCORD_MAX_EMBEDS_TOTAL - footer.length);
  const last = embeds.at(-1);
  if (last) last.footer = { text: footer };
  const payload: DiscordDigestPayload = {
    content: renderContent(message),
    embeds,
    allowed_mentions: { parse: [] },
  };
  if (message.deliveryId.length > 0 && message.deliveryId.length <= DISCORD_MAX_NONCE) {
    payload.nonce = message.deliveryId;
    payload.enforce_nonce = true;
  }
  return payload;
}

/** Whether a message in the channel is the digest of this delivery (its ref in a footer or the text). */
export function carriesDelivery(
  message: Pick<APIMessage, 'content' | 'embeds'>,
  deliveryId: string,
): boolean {
  const ref = `ref ${deliveryId}`;
  return message.content.includes(ref) || message.embeds.some((embed) => embed.footer?.text.includes(ref));
}
