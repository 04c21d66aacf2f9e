import type { CaseMenu, FilterMenu } from '../../src/index.js';
import { menuPlaceholder } from '../shared/menu-placeholder.js';
import { plainText } from './block-kit.js';
import {
  SLACK_MAX_OPTION_TEXT,
  SLACK_MAX_OPTION_VALUE,
  SLACK_MAX_PLACEHOLDER,
  SLACK_MAX_SELECT_OPTIONS,
} from './limits.js';
import type { PlainText, SlackBlock, SlackOption, SlackStaticSelect } from './payload.js';

/**
 * The menus' part of the message budget: three full menus of 100 options would take the room
 * of the cases they filter. Options are kept most cases first, so what is cut is the rarest.
 */
export const MENUS_BUDGET = 4500;

function option(label: string, count: number | undefined, command: string): SlackOption | undefined {
  // A cut command would run another question: an option too long to carry it is left out.
  if (command.length > SLACK_MAX_OPTION_VALUE || command.trim() === '') return undefined;
  const suffix = count === undefined ? '' : ` (${count})`;
  const text = plainText(label, SLACK_MAX_OPTION_TEXT - suffix.length);
  // Slack refuses an empty option text.
  const shown = text.text.trim() === '' ? '…' : text.text;
  return { text: { ...text, text: `${shown}${suffix}` }, value: command };
}

/** Slack refuses an empty placeholder; what is left after escaping decides. */
function placeholder(raw: string): PlainText {
  const text = plainText(raw, SLACK_MAX_PLACEHOLDER);
  return text.text.trim() === '' ? { ...text, text: 'Filter' } : text;
}

/**
 * The reply's filter menus as one actions block of `static_select`s: options most cases first,
 * at most 100 a menu and as many as the menus' budget holds, shared out between the menus; a
 * menu with no option that fits is left out. Choosing an option sends its command back.
 */
export function renderMenuBlocks(menus: readonly FilterMenu[]): SlackBlock[] {
  const selects: SlackStaticSelect[] = [];
  let room = MENUS_BUDGET;
  menus.forEach((menu, i) => {
    const share = Math.floor(room / (menus.length - i));
    const select: SlackStaticSelect = {
      type: 'static_select',
      // One per menu, distinct from every button's (`casebot_<kind>_<n>`).
      action_id: `casebot_filter_${i}`,
      // Room for the longest placeholder ("top <values> of <values + 1>"): the real one is said
      // once the options are known, and is never longer.
      placeholder: placeholder(menuPlaceholder({ ...menu, values: menu.values + 1 }, menu.values)),
      options: [],
    };
    let used = JSON.stringify(select).length;
    const values = new Set<string>();
    for (const o of menu.options) {
      if (select.options.length >= SLACK_MAX_SELECT_OPTIONS) break;
      const made = option(o.label, o.count, o.command);
      // Slack tells options apart by value: a repeated one would be ambiguous.
      if (made === undefined || values.has(made.value)) continue;
      const cost = JSON.stringify(made).length + 1;
      if (used + cost > share) break;
      select.options.push(made);
      values.add(made.value);
      used += cost;
    }
    if (select.options.length === 0) return;
    select.placeholder = placeholder(menuPlaceholder(menu, select.options.length));
    selects.push(select);
    room -= used;
  });
  return selects.length > 0 ? [{ type: 'actions', elements: selects }] : [];
}

/**
 * A shown case's "Compare with…" as one actions block with a `static_select` (`casebot_compare_0`):
 * each option a case, its value the command comparing the two, within the menus' budget.
 */
export function renderCompareBlocks(menu: CaseMenu): SlackBlock[] {
  const select: SlackStaticSelect = {
    type: 'static_select',
    action_id: 'casebot_compare_0',
    placeholder: placeholder(menu.placeholder),
    options: [],
  };
  let used = JSON.stringify(select).length;
  const values = new Set<string>();
  for (const o of menu.options) {
    if (select.options.length >= SLACK_MAX_SELECT_OPTIONS) break;
    const made = option(o.label, undefined, o.command);
    if (made === undefined || values.has(made.value)) continue;
    const cost = JSON.stringify(made).length + 1;
    if (used + cost > MENUS_BUDGET) break;
    select.options.push(made);
    values.add(made.value);
    used += cost;
  }
  return select.options.length > 0 ? [{ type: 'actions', elements: [select] }] : [];
}
