import type { BotDeps } from '../intents/bot-deps.js';
import type { Intent } from '../intents/intent.js';
import type { Understanding } from '../understanding/understanding.js';
import type { ConversationState } from './conversation-store.js';
import { defaultSort } from './default-sort.js';
import { type ListIntent, listCount, randomPick, withCountry } from './refine-intent.js';

/** Another reading of a message, offered as a command (a button in Slack and Discord). */
export interface Alternative {
  label: string;
  intent: Intent;
}

/** What a message asks for in this conversation, and how it was read when that needs saying. */
export interface Decision {
  intent: Intent;
  notes: string[];
  alternatives: Alternative[];
  /** The message built on the last question ("only local ones"). */
  followed: boolean;
}

/** A reading of the message said in the answer, with its other readings as buttons. */
export function addReading(
  resolved: Decision,
  reading: { note: string; alternatives: readonly Alternative[] } | undefined,
): void {
  if (!reading) return;
  resolved.notes.push(reading.note);
  resolved.alternatives.push(...reading.alternatives);
}

export interface ResolveContext {
  state?: ConversationState;
  /** The knowledge, to find cases by name; without it names stay as typed. */
  deps?: BotDeps;
  /** Reads a remembered command back (the last question, an offer). */
  read: (command: string) => Intent;
}

export function decision(intent: Intent, extra: Partial<Decision> = {}): Decision {
  return { intent, notes: [], alternatives: [], followed: false, ...extra };
}

export function isListIntent(intent: Intent): intent is ListIntent {
  return (
    intent.type === 'search' ||
    intent.type === 'random' ||
    intent.type === 'count' ||
    intent.type === 'similar'
  );
}

/** The search, pick or count a message asks for on its own. */
export function freshIntent(u: Understanding): Intent {
  const page = typeof u.page === 'number' ? u.page : 1;
  switch (u.kind) {
    case 'random':
      return randomPick(u.subject, u.filters, u.count);
    case 'count':
      return withCountry({
        type: 'count',
        query: u.subject,
        filters: u.filters,
        ...(u.by ? { by: u.by } : {}),
        // "top 3 countries for AI": that many lines of the breakdown.
        ...(u.by && u.count !== undefined && u.count > 0 ? { top: u.count } : {}),
        ...(u.by && u.having ? { having: u.having } : {}),
      });
    default: {
      const search: Intent = withCountry({
        type: 'search',
        query: u.subject,
        filters: u.filters,
        sort: u.sort ?? defaultSort(u.subject, u.filters),
        page,
        ...listCount(u.count),
        ...(u.skip ? { skip: u.skip } : {}),
      });
      if (u.unknownPlace) search.unknownPlace = u.unknownPlace;
      return search;
    }
  }
}

export function queryOf(intent: ListIntent): string {
  return intent.type === 'similar' ? '' : intent.query;
}
