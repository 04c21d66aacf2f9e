import { type APIEmbed, MessageFlags } from 'discord.js';
import type { Reply } from '../../src/index.js';
import { truncate } from '../shared/truncate.js';
import { escapeMarkdown, neutraliseMentions } from './escape.js';
import {
  DISCORD_MAX_CONTENT,
  DISCORD_MAX_EMBED_DESCRIPTION,
  DISCORD_MAX_EMBED_FIELDS,
  DISCORD_MAX_EMBEDS,
  DISCORD_MAX_FIELD_VALUE,
  fitEmbedsTotal,
} from './limits.js';
import { type DiscordMessagePayload, NO_MENTIONS } from './payload.js';
import { type RenderOptions, renderButtons } from './render-buttons.js';
import { EMBED_COLOR, field, renderCaseEmbed, textOf } from './render-case.js';
import { withMenuRows } from './render-menus.js';

/**
 * Renders a core reply as a Discord message within every Discord limit: ephemeral when the
 * core made it private, with a "Share" button when it gave it a `shareCommand`. Pure.
 */
export function renderDiscordReply(reply: Reply, options: RenderOptions): DiscordMessagePayload {
  const embeds = fitEmbedsTotal(renderEmbeds(reply).slice(0, DISCORD_MAX_EMBEDS));
  const payload: DiscordMessagePayload = {
    content: renderContent(reply),
    embeds,
    components: withMenuRows(
      renderButtons(reply, options),
      {
        filters: reply.type === 'results' ? reply.menus : undefined,
        compare: reply.type === 'case' ? reply.compare : undefined,
      },
      options.buttonIds,
    ),
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
    case 'counts': {
      if (reply.groups.length === 0) return [];
      const lines = reply.groups.map(
        (g) => `${escapeMarkdown(g.label)} — ${g.count} ${g.count === 1 ? 'case' : 'cases'}`,
      );
      return [{ color: EMBED_COLOR, description: joinLines(lines, DISCORD_MAX_EMBED_DESCRIPTION) }];
    }
    case 'compare': {
      const fields = [
        ...reply.rows.map((r) =>
          field(escapeMarkdown(r.label), r.values.map((v, i) => `${i + 1}. ${escapeMarkdown(v)}`).join('\n')),
        ),
        ...(reply.shared.length > 0 ? [field('In common', reply.shared.map(escapeMarkdown).join('\n'))] : []),
      ];
      const titles = reply.cases.map(
        (c, i) => `${i + 1}. ${escapeMarkdown(c.title)} (id ${escapeMarkdown(c.id)})`,
      );
      const embed: APIEmbed = { color: EMBED_COLOR, fields: fields.slice(0, DISCORD_MAX_EMBED_FIELDS) };
      // Discord refuses an empty description.
      if (titles.length > 0) embed.description = joinLines(titles, DISCORD_MAX_EMBED_DESCRIPTION);
      return [embed];
    }
    case 'message': {
      const lines = reply.lines.map(escapeMarkdown);
      return lines.length > 0
        ? [{ color: EMBED_COLOR, description: joinLines(lines, DISCORD_MAX_EMBED_DESCRIPTION) }]
        : [];
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
