import { type APIButtonComponentWithCustomId, ButtonStyle, ComponentType } from 'discord.js';
import type { Reply } from '../../src/index.js';
import { truncate } from '../shared/truncate.js';
import type { ButtonIds, ButtonVerb } from './button-ids.js';
import { neutraliseMentions } from './escape.js';
import { DISCORD_MAX_BUTTON_LABEL, DISCORD_MAX_BUTTONS_PER_ROW, DISCORD_MAX_ROWS } from './limits.js';
import type { DiscordMessagePayload } from './payload.js';

/** How replies are rendered: their buttons' ids are encoded here. */
export interface RenderOptions {
  buttonIds: ButtonIds;
}

/**
 * The reply's actions as buttons: navigation (more, random, suggestions, Share) first, then one
 * "Details" per case. Duplicate commands are dropped (Discord refuses repeated ids); at most
 * five rows of five.
 */
export function renderButtons(reply: Reply, options: RenderOptions): DiscordMessagePayload['components'] {
  const seen = new Set<string>();
  const button = (
    verb: ButtonVerb,
    label: string,
    command: string,
    style: APIButtonComponentWithCustomId['style'],
  ) => {
    if (label.trim() === '' || command.trim() === '') return [];
    const customId = options.buttonIds.encode(verb, command);
    if (seen.has(customId)) return [];
    seen.add(customId);
    const result: APIButtonComponentWithCustomId = {
      type: ComponentType.Button,
      style,
      // A label never pings, but it is text Discord shows, like the rest: no mass mention in it.
      label: truncate(neutraliseMentions(label), DISCORD_MAX_BUTTON_LABEL),
      custom_id: customId,
    };
    return [result];
  };
  const titles = new Map(reply.cases.map((c) => [c.id, c.title]));
  const perCase = (kind: string) => kind === 'details' || kind === 'similar';
  // Moving through the answer stands out; other readings and broader questions are offers.
  const primary = new Set(['more', 'previous', 'random']);
  const navigation = reply.actions
    .filter((a) => !perCase(a.type))
    .flatMap((a) =>
      button('run', a.label, a.command, primary.has(a.type) ? ButtonStyle.Primary : ButtonStyle.Secondary),
    );
  if (reply.type === 'not-found') {
    navigation.push(...reply.suggestions.flatMap((s) => button('run', s, s, ButtonStyle.Secondary)));
  }
  if (reply.shareCommand !== undefined) {
    navigation.push(...button('share', 'Share', reply.shareCommand, ButtonStyle.Success));
  }
  // One row per case when there is room (Details, Similar), else its Details alone.
  const caseButtons = reply.actions
    .filter((a) => perCase(a.type))
    .flatMap((a) => {
      const id = a.caseId ?? /^(?:show|similar) (\S+)$/u.exec(a.command.trim())?.[1];
      const title = id === undefined ? undefined : titles.get(id);
      return button('run', title ? `${a.label}: ${title}` : a.label, a.command, ButtonStyle.Secondary);
    });
  const rows = [
    ...chunk(navigation, DISCORD_MAX_BUTTONS_PER_ROW),
    ...chunk(caseButtons, DISCORD_MAX_BUTTONS_PER_ROW),
  ];
  return rows.slice(0, DISCORD_MAX_ROWS).map((components) => ({ type: ComponentType.ActionRow, components }));
}

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
