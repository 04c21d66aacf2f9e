import { getCountry } from '../knowledge/countries/index.js';
import type { Intent } from './intent.js';

function countryName(code: string): string {
  return getCountry(code)?.name ?? code;
}

/**
 * The message text that asks for this intent again: what buttons replay and what replies
 * tell users to type. `parseIntent(formatCommand(i))` gives back `i` (up to spelling).
 */
export function formatCommand(intent: Intent): string {
  switch (intent.type) {
    case 'search': {
      const country = intent.country ? ` in ${countryName(intent.country)}` : '';
      const page = intent.page > 1 ? ` page ${intent.page}` : '';
      return `search ${intent.query}${country}${page}`;
    }
    case 'random':
      return ['random', intent.country ? countryName(intent.country) : intent.countryName, intent.topic]
        .filter(Boolean)
        .join(' ');
    case 'country': {
      const page = intent.page > 1 ? ` page ${intent.page}` : '';
      return `country ${intent.country ? countryName(intent.country) : intent.countryName}${page}`;
    }
    case 'countries':
      return 'countries';
    case 'show':
      return `show ${intent.id}`;
    case 'help':
      return 'help';
    case 'digest':
      return intent.command.type === 'subscribe'
        ? `digest subscribe ${intent.command.args}`
        : `digest ${intent.command.type}`;
    default: {
      const unreachable: never = intent;
      return unreachable;
    }
  }
}
