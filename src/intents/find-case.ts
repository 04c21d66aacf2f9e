import type { Case } from '../knowledge/case.js';
import { isCommonWord } from '../knowledge/countries/common-words.js';
import { findCountryInQuery, resolveCountry } from '../knowledge/countries/index.js';
import { type QueryToken, tokenizeQuery } from '../search/tokenize.js';
import type { BotDeps } from './bot-deps.js';

/** An unambiguous start of an id is enough: people copy ids by hand. */
const MIN_PREFIX = 4;
/** A word cut short this long may stand for a title's word it starts ("telerehab"). */
const MIN_CUT_WORD = 6;
/** A runner-up this close to the best match makes a name ambiguous. */
const CLOSE_SCORE = 0.8;

/** The case with this id, or the only one whose id starts with it. */
export function findCaseById(deps: BotDeps, typed: string): Case | undefined {
  const id = typed.replace(/[^\p{L}\p{N}-]/gu, '').toLowerCase();
  const exact = deps.byId.get(id);
  if (exact || id.length < MIN_PREFIX) return exact;
  let found: Case | undefined;
  for (const c of deps.cases) {
    if (!c.id.startsWith(id)) continue;
    if (found) return undefined;
    found = c;
  }
  return found;
}

/** A case named by words: the best match, a close runner-up, and whether its title holds every word. */
export interface NamedCase {
  best: Case;
  runnerUp?: Case;
  /** Every word of the name is in the title ("ACE", "Connectoo Training"): surely this case. */
  byTitle: boolean;
}

function titleHolds(c: Case, words: readonly QueryToken[]): boolean {
  // A hyphenated word is one word to the index ("gwanakgu") and its parts to a person ("Gwanak").
  const parts = c.title.replace(/[-‐–]/gu, ' ');
  const tokens = [...tokenizeQuery(c.title), ...tokenizeQuery(parts)];
  const title = new Set(tokens.map((t) => t.stem));
  // A long word cut short is still its word ("cardiac telerehab" is Cardiac Telerehabilitation),
  // when it is no English word: "health" does not stand for "Healthcare".
  const cut = (w: QueryToken) =>
    w.typed.length >= MIN_CUT_WORD &&
    !isCommonWord(w.typed.toLowerCase()) &&
    tokens.some((t) => t.typed.toLowerCase().startsWith(w.typed.toLowerCase()));
  return words.length > 0 && words.every((w) => title.has(w.stem) || cut(w));
}

/** How far down the ranking a case from the country a name mentions is looked for. */
const COUNTRY_DEPTH = 50;

/** The best-ranked hit that is a case among `shown` (any case without it) and passes `fits`. */
function firstFitting(
  deps: BotDeps,
  hits: { length: number; at(i: number): { id: string } },
  fits: (c: Case) => boolean,
  shown?: ReadonlySet<string>,
): Case | undefined {
  const depth = shown ? hits.length : Math.min(hits.length, COUNTRY_DEPTH);
  for (let i = 0; i < depth; i++) {
    const c = deps.byId.get(hits.at(i).id);
    if (c !== undefined && (shown === undefined || shown.has(c.id)) && fits(c)) return c;
  }
  return undefined;
}

/**
 * The case a name points at ("AI Friends", "the Bogotá one", "ACE", an id). Among `among` (the
 * cases just shown) first, where a country name also counts ("the Korean one"); then among all.
 */
export function findCaseByName(
  deps: BotDeps,
  text: string,
  among: readonly string[] = [],
): NamedCase | undefined {
  const byId = text.trim().includes(' ') ? undefined : findCaseById(deps, text);
  if (byId) return { best: byId, byTitle: true };
  const typedWords = tokenizeQuery(text);
  // Ranked only as far as read: the best two, or down to the first case that was shown.
  const matches = deps.index.match(text);
  const hits = { length: matches.total, at: (i: number) => matches.at(i) };
  // "the Australian mental health one": a country the name mentions is where its case is from.
  const mentioned = findCountryInQuery(text)?.code;
  const fits = (c: Case) => mentioned === undefined || c.countries.includes(mentioned);
  if (among.length > 0) {
    const shown = new Set(among);
    const country = resolveCountry(text);
    const inShown = country
      ? among.map((id) => deps.byId.get(id)).find((c) => c?.countries.includes(country))
      : firstFitting(deps, hits, fits, shown);
    if (inShown) return { best: inShown, byTitle: titleHolds(inShown, typedWords) };
  }
  const first = hits.length > 0 ? hits.at(0) : undefined;
  const second = hits.length > 1 ? hits.at(1) : undefined;
  const fitting = mentioned === undefined ? undefined : firstFitting(deps, hits, fits);
  if (fitting && fitting.id !== first?.id) return { best: fitting, byTitle: titleHolds(fitting, typedWords) };
  const best = first && deps.byId.get(first.id);
  if (!best) return undefined;
  const named: NamedCase = { best, byTitle: titleHolds(best, typedWords) };
  const runnerUp = second && second.score >= first.score * CLOSE_SCORE ? deps.byId.get(second.id) : undefined;
  if (runnerUp && !(named.byTitle && !titleHolds(runnerUp, typedWords))) named.runnerUp = runnerUp;
  return named;
}
