import {
  type APIActionRowComponent,
  type APIAllowedMentions,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type APIEmbedField,
  MessageFlags,
} from 'discord.js';
import { type CaseHit, getCountry, type Reply } from '../../src/index.js';
import { truncate } from '../shared/truncate.js';
import type { ButtonIds } from './button-ids.js';
import { escapeMarkdown, neutraliseMentions } from './escape.js';
import {
  DISCORD_MAX_CONTENT,
  DISCORD_MAX_EMBED_DESCRIPTION,
  DISCORD_MAX_EMBED_FIELDS,
  DISCORD_MAX_EMBED_TITLE,
  DISCORD_MAX_EMBEDS,
  DISCORD_MAX_FIELD_NAME,
  DISCORD_MAX_FIELD_VALUE,
  DISCORD_MAX_FOOTER,
  DISCORD_MAX_URL,
  fitEmbedsTotal,
} from './limits.js';
import { renderButtons } from './render-buttons.js';

const EMBED_COLOR = 0x2f6fb3;

/** Nothing in a casebot message may ping anyone: no users, roles, @everyone or @here. */
export const NO_MENTIONS: APIAllowedMentions = { parse: [], replied_user: false };

/** A message as Discord's API takes it (create, edit, or interaction callback data). */
export interface DiscordMessagePayload {
  content: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponentWithCustomId>[];
  allowed_mentions: APIAllowedMentions;
  /** `MessageFlags.Ephemeral` when only the asker should see it. */
  flags?: number;
}

export interface RenderOptions {
  buttonIds: ButtonIds;
}

/**
 * Renders a core reply as a Discord message within every Discord limit: ephemeral when the
 * core made it private, with a "Share" button when it gave it a `shareCommand`. Pure.
 */
export function renderDiscordReply(reply: Reply, options: RenderOptions): DiscordMessagePayload {
  const embeds = fitEmbedsTotal(renderEmbeds(reply).slice(0, DISCORD_MAX_EMBEDS));
  const payload: DiscordMessagePayload = {
    content: renderContent(reply),
    embeds,
    components: renderButtons(reply, options),
    allowed_mentions: NO_MENTIONS,
  };
  if (reply.visibility === 'private') payload.flags = MessageFlags.Ephemeral;
  return payload;
}

function renderContent(reply: Reply): string {
  let heading = `**${escapeMarkdown(truncate(reply.heading, 300))}**`;
  // A random pick is one of many, not a result set: its total would read as a match count.
  if (reply.type === 'results' && reply.total > 0 && reply.intent.type !== 'random') {
    const count = `${reply.total} ${reply.total === 1 ? 'case' : 'cases'}`;
    heading += reply.pageCount > 1 ? ` · ${count}, page ${reply.page} of ${reply.pageCount}` : ` · ${count}`;
  }
  const notice = reply.notice ? `\n_${escapeMarkdown(reply.notice)}_` : '';
  // An apology is one short message, without an embed.
  const message = reply.type === 'error' ? `\n${escapeMarkdown(reply.message)}` : '';
  return truncate(heading + notice + message, DISCORD_MAX_CONTENT);
}

function renderEmbeds(reply: Reply): APIEmbed[] {
  switch (reply.type) {
    case 'results':
    case 'case':
      return reply.cases.map(renderCaseEmbed);
    case 'countries': {
      const lines = reply.countries.map(
        (c) => `${escapeMarkdown(`${c.flag} ${c.name}`)} — ${c.count} ${c.count === 1 ? 'case' : 'cases'}`,
      );
      return [{ color: EMBED_COLOR, description: joinLines(lines, DISCORD_MAX_EMBED_DESCRIPTION) }];
    }
    case 'help': {
      const fields = reply.commands.map((entry) =>
        field(
          escapeMarkdown(entry.usage),
          `${escapeMarkdown(entry.description)}\nExample: ${codeSpan(entry.example)}`,
        ),
      );
      return [{ color: EMBED_COLOR, fields: fields.slice(0, DISCORD_MAX_EMBED_FIELDS) }];
    }
    case 'not-found': {
      const embed: APIEmbed = { color: EMBED_COLOR, description: textOf(reply.message) };
      if (reply.suggestions.length > 0) {
        embed.fields = [
          field(
            'Try',
            joinLines(
              reply.suggestions.map((s) => `• ${codeSpan(s)}`),
              DISCORD_MAX_FIELD_VALUE,
            ),
          ),
        ];
      }
      return [embed];
    }
    case 'digest': {
      const lines = reply.lines.map(escapeMarkdown);
      return lines.length > 0
        ? [{ color: EMBED_COLOR, description: joinLines(lines, DISCORD_MAX_EMBED_DESCRIPTION) }]
        : [];
    }
    case 'error':
      return [];
    default: {
      const unreachable: never = reply;
      return unreachable;
    }
  }
}

function renderCaseEmbed(hit: CaseHit): APIEmbed {
  const embed: APIEmbed = {
    color: EMBED_COLOR,
    title: truncate(escapeMarkdown(hit.title), DISCORD_MAX_EMBED_TITLE),
    description: textOf(hit.summary),
    footer: { text: truncate(neutraliseMentions(`id ${hit.id} · show ${hit.id}`), DISCORD_MAX_FOOTER) },
  };
  const url = safeUrl(hit.url);
  if (url) embed.url = url;
  const fields: APIEmbedField[] = [];
  if (hit.countries.length > 0) {
    const names = hit.countries.map((code) => {
      const country = getCountry(code);
      return country ? `${country.flag} ${country.name}` : code;
    });
    fields.push(
      field(hit.countries.length === 1 ? 'Country' : 'Countries', escapeMarkdown(names.join(', ')), true),
    );
  }
  if (hit.year !== undefined) fields.push(field('Year', String(hit.year), true));
  if (hit.level) fields.push(field('Level', escapeMarkdown(hit.level), true));
  if (hit.organisation) fields.push(field('Organisation', escapeMarkdown(hit.organisation), true));
  if (hit.tags.length > 0) fields.push(field('Tags', escapeMarkdown(hit.tags.join(', '))));
  if (hit.matched && hit.matched.length > 0) {
    fields.push(field('Why it matched', hit.matched.map((term) => `“${escapeMarkdown(term)}”`).join(', ')));
  }
  if (fields.length > 0) embed.fields = fields;
  return embed;
}

function field(name: string, value: string, inline = false): APIEmbedField {
  const result: APIEmbedField = {
    name: truncate(name, DISCORD_MAX_FIELD_NAME) || '\u200b',
    value: truncate(value, DISCORD_MAX_FIELD_VALUE) || '\u200b',
  };
  if (inline) result.inline = true;
  return result;
}

function textOf(text: string): string {
  return truncate(escapeMarkdown(text), DISCORD_MAX_EMBED_DESCRIPTION);
}

/** Shows text as code when it can (commands to type); falls back to escaped text. */
function codeSpan(text: string): string {
  const single = text.replace(/\s+/g, ' ').trim();
  return single.includes('`') || single === '' ? escapeMarkdown(single) : `\`${neutraliseMentions(single)}\``;
}

/** Joins whole lines up to `max` characters, ending with how many were left out. */
function joinLines(lines: string[], max: number): string {
  const kept: string[] = [];
  let length = 0;
  for (const [i, line] of lines.entries()) {
    const after = lines.length - i - 1;
    const reserve = after > 0 ? `\n…and ${after} more`.length : 0;
    const separator = kept.length > 0 ? 1 : 0;
    if (length + separator + line.length + reserve <= max) {
      kept.push(line);
      length += separator + line.length;
    } else if (kept.length === 0) {
      const first = truncate(line, max - reserve);
      return after > 0 ? `${first}\n…and ${after} more` : first;
    } else {
      return [...kept, `…and ${lines.length - i} more`].join('\n');
    }
  }
  return kept.join('\n');
}

function safeUrl(url: string | undefined): string | undefined {
  if (!url || url.length > DISCORD_MAX_URL) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
