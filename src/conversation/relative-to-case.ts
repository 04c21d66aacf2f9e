import type { BotDeps } from '../intents/bot-deps.js';
import { describeRequest } from '../intents/describe-request.js';
import type { Filters, Intent, YearRange } from '../intents/intent.js';
import { caseFilter } from '../intents/select-cases.js';
import type { Case } from '../knowledge/case.js';
import type { RelationFacet, Understanding, YearRelation } from '../understanding/understanding.js';
import type { ConversationState } from './conversation-store.js';
import { defaultSort } from './default-sort.js';
import { withCountry } from './refine-intent.js';
import { resolveRef } from './resolve-refs.js';

/** Cases asked for relative to a case, how that was read, and the other facts it could share. */
export interface RelativeReading {
  intent: Intent;
  note: string;
  alternatives: { label: string; intent: Intent }[];
}

function yearsOf(year: number, relation: YearRelation): YearRange {
  switch (relation) {
    case 'same':
      return { from: year, to: year };
    case 'around':
      return { from: year - 1, to: year + 1 };
    case 'before':
      return { to: year - 1 };
    case 'after':
      return { from: year + 1 };
    default: {
      const unreachable: never = relation;
      return unreachable;
    }
  }
}

/** The filter a fact of the case makes, `undefined` when the case does not record it. */
function filterOf(
  c: Case,
  facet: RelationFacet,
  years: YearRelation,
  deps: BotDeps,
): Partial<Filters> | undefined {
  switch (facet) {
    case 'country':
      return c.countries.length > 0 ? { countries: c.countries } : undefined;
    case 'year':
      return c.year === undefined ? undefined : { years: yearsOf(c.year, years) };
    case 'level': {
      const level = deps.levels.get(c.id);
      return level === undefined ? undefined : { level };
    }
    case 'topic':
      if (c.tags.length === 0) return undefined;
      return c.tags.length === 1 ? { topic: c.tags[0]! } : { topics: { labels: c.tags } };
    default: {
      const unreachable: never = facet;
      return unreachable;
    }
  }
}

const FACET_NAMES: Record<RelationFacet, string> = {
  country: 'country',
  year: 'year',
  level: 'level of government',
  topic: 'topics',
};

function search(query: string, filters: Filters): Intent {
  return withCountry({ type: 'search', query, filters, sort: defaultSort(query, filters), page: 1 });
}

/**
 * Words of doing that only ask for cases beside a relation ("who else worked with the same
 * organisation as ACE", "what came out before it"): the relation says what is asked, not they.
 */
const DOING =
  /\b(?:worked|working|works|work|came\s+out|come\s+out|comes\s+out|launched|started|done|did|do|does|made|ran|run|happened|built|tried|going\s+on)\b/giu;

function subjectOf(rest: Understanding): string {
  if (rest.literal) return '';
  return rest.subject.replace(DOING, ' ').replace(/\s+/gu, ' ').trim();
}

function shortTitle(c: Case): string {
  return c.title.length > 60 ? `${c.title.slice(0, 57).trimEnd()}…` : c.title;
}

/** The case the relation is to (named, pointed at, or the one in focus), and how it was taken. */
function caseOf(
  u: Understanding,
  state: ConversationState | undefined,
  deps: BotDeps,
): { case: Case; note?: string } | undefined {
  const found = resolveRef(u.relation!.ref, state, deps);
  const c = found.type === 'case' ? deps.byId.get(found.id) : undefined;
  return c && found.type === 'case' ? { case: c, ...(found.note ? { note: found.note } : {}) } : undefined;
}

/**
 * Cases relative to a case ("others from the same country as the first", "anything earlier than
 * it", "what else did Serbia do" after a Serbian case): the case's facts as filters beside the
 * message's own, never the case itself, the reading said. `undefined` when the words name no case,
 * so the message is read as it was ("before covid").
 */
export function relativeToCase(
  u: Understanding,
  state: ConversationState | undefined,
  deps: BotDeps | undefined,
): RelativeReading | undefined {
  const relation = u.relation;
  if (!relation || !deps) return undefined;
  const taken = caseOf(u, state, deps);
  if (!taken) return undefined;
  const c = taken.case;
  const rest = relation.rest;
  const own: Filters = { ...rest.filters };
  const query = subjectOf(rest);
  const title = `“${shortTitle(c)}”`;
  if (relation.other) {
    // "what else did Serbia do": only when the case in focus is among what the rest asks for.
    if (Object.keys(own).length === 0 || !caseFilter(deps, own)(c)) return undefined;
    const filters: Filters = { ...own, besides: [c.id] };
    return {
      intent: search(query, filters),
      note: `${describeRequest(query, filters)} other than ${title}.`,
      alternatives: [],
    };
  }
  const lent: Filters = {};
  const missing: string[] = [];
  for (const facet of relation.facets) {
    const made = filterOf(c, facet, relation.years ?? 'same', deps);
    if (made) Object.assign(lent, made);
    else missing.push(FACET_NAMES[facet]);
  }
  const filters: Filters = { ...own, ...lent };
  // "the same country" after a list: which case it was taken as ("Taking that as the first case shown").
  const notes: string[] = taken.note ? [taken.note] : [];
  if (relation.unrecorded)
    notes.push(`The ${relation.unrecorded} behind a case is not recorded, so I can't match on it.`);
  if (missing.length > 0) notes.push(`${title} has no ${missing.join(' or ')} recorded.`);
  const shared = Object.keys(filters).length > Object.keys(own).length;
  // Nothing the case records was asked for ("more from that team"): its country, the nearest fact.
  const instead = !shared && c.countries.length > 0;
  if (instead) filters.countries = c.countries;
  if (Object.keys(filters).length === 0) return undefined;
  // "that country" after a list whose cases all share it (the Korean cases): the list's, none left out.
  const keep = caseFilter(deps, lent);
  const ofList =
    taken.note !== undefined &&
    shared &&
    (state?.shown ?? []).every((id) => {
      const shownCase = deps.byId.get(id);
      return shownCase !== undefined && keep(shownCase);
    });
  if (ofList) notes.shift();
  else filters.besides = [c.id];
  const intent = search(query, filters);
  const read = describeRequest(query, filters);
  const like = ofList ? '' : `, like ${title}`;
  notes.push(`${instead ? `Instead, ${read.charAt(0).toLowerCase()}${read.slice(1)}` : read}${like}.`);
  const alternatives: RelativeReading['alternatives'] = [];
  if (!shared || missing.length > 0)
    for (const facet of ['level', 'topic'] as const) {
      const made = relation.facets.includes(facet) ? undefined : filterOf(c, facet, 'same', deps);
      if (made)
        alternatives.push({
          label: `Same ${FACET_NAMES[facet]} as ${shortTitle(c)}`.slice(0, 75),
          intent: search(query, { ...own, ...made, ...(ofList ? {} : { besides: [c.id] }) }),
        });
    }
  return { intent, note: notes.join(' '), alternatives };
}
