import {
  type APIActionRowComponent,
  type APISelectMenuOption,
  type APIStringSelectComponent,
  ComponentType,
} from 'discord.js';
import type { CaseMenu, FilterMenu } from '../../src/index.js';
import { menuPlaceholder } from '../shared/menu-placeholder.js';
import { truncate } from '../shared/truncate.js';
import type { ButtonIds } from './button-ids.js';
import { neutraliseMentions } from './escape.js';
import {
  DISCORD_MAX_OPTION_LABEL,
  DISCORD_MAX_OPTION_VALUE,
  DISCORD_MAX_PLACEHOLDER,
  DISCORD_MAX_ROWS,
  DISCORD_MAX_SELECT_OPTIONS,
} from './limits.js';
import type { DiscordMessagePayload } from './payload.js';

/** Filter menus' `custom_id`s: `filter:<n>`, which no button's id (`r:`, `r#`, `s:`…) starts with. */
export const MENU_ID_PREFIX = 'filter:';
/** A shown case's "Compare with…" menu; its values are encoded as filter menus' are. */
export const COMPARE_MENU_ID = 'compare';

type Row = DiscordMessagePayload['components'][number];

/**
 * One menu as a string select: its first 25 options (a filter's: most cases first), each value the
 * option's command encoded as a button's id is (`r:<command>`, or a key for a long command),
 * so choosing one replays the command as a click on a button would.
 */
function renderMenu(
  menu: FilterMenu | CaseMenu,
  customId: string,
  buttonIds: ButtonIds,
): APIStringSelectComponent | undefined {
  const options: APISelectMenuOption[] = [];
  const commands = new Set<string>();
  for (const o of menu.options) {
    if (options.length >= DISCORD_MAX_SELECT_OPTIONS) break;
    // Discord refuses repeated values, and a long command gets a new key each time it is encoded.
    if (o.command.trim() === '' || commands.has(o.command)) continue;
    const value = buttonIds.encode('run', o.command);
    if (value.length > DISCORD_MAX_OPTION_VALUE) continue;
    commands.add(o.command);
    const suffix = 'count' in o ? ` (${o.count})` : '';
    const label = truncate(neutraliseMentions(o.label).trim(), DISCORD_MAX_OPTION_LABEL - suffix.length);
    options.push({ label: `${label === '' ? '…' : label}${suffix}`, value });
  }
  if (options.length === 0) return undefined;
  const wanted = 'values' in menu ? menuPlaceholder(menu, options.length) : menu.placeholder;
  const placeholder = truncate(neutraliseMentions(wanted).trim(), DISCORD_MAX_PLACEHOLDER);
  return {
    type: ComponentType.StringSelect,
    custom_id: customId,
    ...(placeholder === '' ? {} : { placeholder }),
    options,
  };
}

/**
 * The message's rows with the filter menus placed in: the first row of buttons (paging, Share)
 * stays first, then one row per menu, then the other buttons (each case's own), cut at Discord's
 * five rows, so menus come before the per-case buttons they would otherwise crowd out.
 */
export function withMenuRows(
  buttonRows: readonly Row[],
  menus: { filters?: readonly FilterMenu[] | undefined; compare?: CaseMenu | undefined },
  buttonIds: ButtonIds,
): Row[] {
  const selects = [
    ...(menus.filters ?? []).map((menu, i) => renderMenu(menu, `${MENU_ID_PREFIX}${i}`, buttonIds)),
    ...(menus.compare ? [renderMenu(menus.compare, COMPARE_MENU_ID, buttonIds)] : []),
  ];
  const menuRows: APIActionRowComponent<APIStringSelectComponent>[] = selects.flatMap((select) =>
    select ? [{ type: ComponentType.ActionRow, components: [select] }] : [],
  );
  const [first, ...rest] = buttonRows;
  return [...(first ? [first] : []), ...menuRows, ...rest].slice(0, DISCORD_MAX_ROWS);
}
