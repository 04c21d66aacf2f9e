import type { BotDeps } from '../intents/bot-deps.js';
import type { Facet, Intent } from '../intents/intent.js';
import { selectedCases } from '../intents/select-cases.js';
import { getCountry } from '../knowledge/countries/index.js';
import { tokenizeQuery } from '../search/tokenize.js';

/** At most this many shared words are named: more reads as a list, not what the cases share. */
const MAX_WORDS = 5;

/** The breakdowns offered beside the one shown, in this order. */
const OTHER_FACETS: readonly Facet[] = ['topic', 'year', 'country', 'level'];

const CASES_USING = new WeakMap<readonly unknown[], { total: number; counts: Map<string, number> }>();

/** How many cases of the whole collection use each stem, counted once per collection. */
function casesUsing(deps: BotDeps): { total: number; counts: Map<string, number> } {
  const known = CASES_USING.get(deps.cases);
  if (known) return known;
  const counts = new Map<string, number>();
  for (const c of deps.cases)
    for (const stem of new Set(tokenizeQuery(`${c.title} ${c.summary}`).map((t) => t.stem)))
      counts.set(stem, (counts.get(stem) ?? 0) + 1);
  const made = { total: deps.cases.length, counts };
  CASES_USING.set(deps.cases, made);
  return made;
}

/**
 * The words most of the cases use that the question did not already ask for: "citizens (3 of 4)".
 * A word counts when at least two cases, and a third of them, use it.
 */
function sharedWords(intent: Extract<Intent, { type: 'count' }>, deps: BotDeps): string[] {
  const cases = selectedCases(deps, intent.query, intent.filters);
  if (cases.length < 2) return [];
  const asked = new Set(tokenizeQuery(`${intent.query} ${intent.filters.topic ?? ''}`).map((t) => t.stem));
  const counts = new Map<string, { typed: string; n: number }>();
  for (const c of cases) {
    const places = new Set(
      c.countries.flatMap((code) => tokenizeQuery(getCountry(code)?.name ?? code).map((t) => t.stem)),
    );
    const seen = new Set<string>();
    for (const token of tokenizeQuery(`${c.title} ${c.summary}`)) {
      if (seen.has(token.stem) || asked.has(token.stem) || places.has(token.stem) || /\d/u.test(token.stem))
        continue;
      seen.add(token.stem);
      const entry = counts.get(token.stem) ?? { typed: token.typed.toLowerCase(), n: 0 };
      entry.n += 1;
      counts.set(token.stem, entry);
    }
  }
  const least = Math.max(2, Math.ceil(cases.length / 3));
  const all = casesUsing(deps);
  // A word the whole collection uses as often says nothing of these cases ("public", "develop").
  const telling = (stem: string, n: number) =>
    n / cases.length >= (2 * (all.counts.get(stem) ?? 0)) / Math.max(1, all.total);
  return [...counts.entries()]
    .filter(([stem, w]) => w.n >= least && telling(stem, w.n))
    .map(([, w]) => w)
    .sort((a, b) => b.n - a.n)
    .slice(0, MAX_WORDS)
    .map((w) => `${w.typed} (${w.n} of ${cases.length})`);
}

/**
 * "what do the Korean cases have in common?", "main themes in the health cases", "summarise the AI
 * cases in 3 bullets": casebot has no language model and writes no summary, so it says so and
 * answers with what its data can say: the cases counted by topic (by year for trends), the words
 * most of them share, and the other breakdowns as buttons.
 */
export function readingOfSynthesis(
  intent: Intent,
  deps: BotDeps | undefined,
): { note: string; alternatives: { label: string; intent: Intent }[] } | undefined {
  if (intent.type !== 'count' || intent.by === undefined) return undefined;
  const by = intent.by;
  // Asked by year ("changed over the years", "trends in health", "has AI grown?"), the question is
  // whether it changed, which the years answer; the words shared answer what is typical.
  const change = by === 'year';
  const words = deps && !change ? sharedWords(intent, deps) : [];
  const shared = words.length > 0 ? `; the words most of them share: ${words.join(', ')}` : '';
  const others = OTHER_FACETS.filter((f) => f !== by).slice(0, 2);
  return {
    note: `${change ? 'Whether it changed shows in how many cases each year has' : "I can't write a summary or draw lessons myself, so here is what the data says"}: these cases by ${by}${shared}. By ${others.join(' and by ')} are buttons below.`,
    alternatives: others.map((facet) => ({ label: `By ${facet}`, intent: { ...intent, by: facet } })),
  };
}
