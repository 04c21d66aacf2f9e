import type { FilterMenu } from '../../src/index.js';

/**
 * A filter menu's placeholder, saying so when the menu shows fewer values than there are
 * ("Filter by country: top 25 of 163 countries"): the rest are there, only not in the menu.
 */
export function menuPlaceholder(menu: FilterMenu, shown: number): string {
  return shown < menu.values
    ? `${menu.placeholder}: top ${shown} of ${menu.values} ${menu.noun}`
    : menu.placeholder;
}
