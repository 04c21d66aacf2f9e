import type { Case } from '../knowledge/case.js';
import { buildResultsReply, listedCases } from '../replies/build-results-reply.js';
import type { ReplyContent } from '../replies/reply.js';
import { type RelatedCase, wordsOfCase } from '../search/similar-cases.js';
import type { BotDeps } from './bot-deps.js';
import { describeWhere } from './describe-request.js';
import { findCaseById } from './find-case.js';
import { formatCommand } from './format-command.js';
import { noSuchCase } from './handle-show.js';
import type { Intent } from './intent.js';
import { caseFilter } from './select-cases.js';

type SimilarIntent = Extract<Intent, { type: 'similar' }>;

/** Readable shared words: the source's own spelling of each shared stem. */
function readableWords(deps: BotDeps, terms: readonly string[], own: ReadonlyMap<string, string>): string[] {
  return [...new Set(terms.map((t) => own.get(t) ?? deps.similar().wordFor(t)))];
}

function nothingLike(intent: SimilarIntent, heading: string): ReplyContent {
  return {
    type: 'not-found',
    intent,
    heading,
    message: 'Nothing else in the knowledge is much like it. Try a search on one of its topics.',
    suggestions: ['random', 'help'],
    cases: [],
    total: 0,
    actions: [],
  };
}

/**
 * Cases like a case, by content (see `createSimilarCases`), never the case itself, other
 * countries first ("who else did this?"), each with the topics and words they share; or cases
 * related to a text.
 */
export function handleSimilar(intent: SimilarIntent, deps: BotDeps): ReplyContent {
  const keep = caseFilter(deps, intent.filters);
  const where = describeWhere(intent.filters);
  let source: Case | undefined;
  let related: RelatedCase[];
  if (intent.id !== undefined) {
    source = findCaseById(deps, intent.id);
    if (!source) return noSuchCase(intent, intent.id);
    related = deps.similar().toCase(source.id);
  } else related = deps.similar().toText(intent.text ?? '');
  const own = wordsOfCase(source ? `${source.title} ${source.summary}` : (intent.text ?? ''));
  const tags = new Set(source?.tags ?? []);
  const home = new Set(source?.countries ?? []);
  const found: { case: Case; related: RelatedCase }[] = [];
  for (const r of related) {
    const c = deps.byId.get(r.id);
    if (c && keep(c)) found.push({ case: c, related: r });
  }
  // Who else did this: other countries first, each group best first (the sort is stable).
  const atHome = (c: Case) => Number(c.countries.some((x) => home.has(x)));
  found.sort((a, b) => atHome(a.case) - atHome(b.case));
  const ranked = listedCases(
    found.map((f) => ({
      case: f.case,
      related: {
        topics: f.case.tags.filter((t) => tags.has(t)),
        words: readableWords(deps, f.related.terms, own),
      },
    })),
  );
  const subject = source ? `“${source.title}”` : `“${intent.text ?? ''}”`;
  const heading = `Cases like ${subject}${where ? ` ${where}` : ''}${source ? ', other countries first' : ''}`;
  if (ranked.total === 0) return nothingLike(intent, `Nothing like ${subject}${where ? ` ${where}` : ''}`);
  const resolved: SimilarIntent = source ? { ...intent, id: source.id } : intent;
  return buildResultsReply({
    intent: resolved,
    heading,
    ranked,
    commandFor: (page) => formatCommand({ ...resolved, page }),
  });
}
