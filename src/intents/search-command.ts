import { defaultSort } from '../conversation/default-sort.js';
import { formatCommand } from './format-command.js';
import type { Filters } from './intent.js';
import { parseIntent } from './parse-intent.js';

const QUOTE_MARKS = /["“”„«»]/gu;

/** The filters actually chosen: a key left undefined by a form does not erase a typed one. */
function chosenOnly(filters: Filters): Filters {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as Filters;
}

/**
 * The search a form asks for (words typed, filters chosen from menus) as a command the bot
 * answers like any message. The words are understood as a message would be ("health in Korea
 * since 2020"), then a filter chosen in the form replaces the typed one of its kind; words that
 * are not a search ("help", "next", "digest list") are searched for as written, since the form
 * asked for a search.
 */
export function searchCommand(text: string, chosen: Filters): string {
  const typed = text.trim();
  const picked = chosenOnly(chosen);
  const parsed = typed === '' ? undefined : parseIntent(typed);
  if (parsed?.type === 'search' && parsed.unknownPlace === undefined) {
    const filters: Filters = { ...parsed.filters, ...picked };
    // A country chosen from the menu is the place asked about, not one more within a typed region.
    if (picked.countries !== undefined) delete filters.region;
    const wasDefault = parsed.sort === defaultSort(parsed.query, parsed.filters);
    const sort = wasDefault ? defaultSort(parsed.query, filters) : parsed.sort;
    return formatCommand({ type: 'search', query: parsed.query, filters, sort, page: 1 });
  }
  // Searched as written, so quoted: a quote mark inside would end the quote early ('#"000A00'
  // read as "show 000a00"), and quote marks are no words.
  const words = typed.replace(QUOTE_MARKS, ' ').replace(/\s+/gu, ' ').trim();
  return formatCommand({
    type: 'search',
    query: words,
    filters: picked,
    sort: defaultSort(words, picked),
    page: 1,
  });
}
