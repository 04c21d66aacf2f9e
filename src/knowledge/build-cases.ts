import type { Case, KnowledgeMerge, KnowledgeProblem } from './case.js';
import { buildCaseIds } from './case-ids.js';
import { inferCountries } from './countries/index.js';
import { inferTitle } from './infer-title.js';
import { listMerges } from './list-merges.js';
import type { MergedCase, StructuredFields } from './merge-cases.js';
import type { CuratedEntry } from './parse-curation.js';
import { compareStrings, keysWithPrefix } from './sorted-keys.js';
import { summaryKey } from './summary-key.js';
import { TAXONOMY, tagsFor } from './taxonomy.js';

/** A structured tag naming a taxonomy tag by label or id takes the label's spelling. */
function canonicalTag(tag: string): string {
  const lower = tag.toLowerCase();
  return TAXONOMY.find((t) => t.id === lower || t.label.toLowerCase() === lower)?.label ?? tag;
}

function uniqueCaseInsensitive(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((tag) => !seen.has(tag.toLowerCase()) && Boolean(seen.add(tag.toLowerCase())));
}

/**
 * Matches curated entries to cases by summary start. An entry that matches no case, several
 * cases, or a case another entry already curates is a problem and is not applied.
 */
function matchCuration(
  cases: readonly MergedCase[],
  entries: readonly CuratedEntry[],
): { curated: Map<string, StructuredFields>; problems: KnowledgeProblem[] } {
  const bySummary = new Map<string, string[]>();
  for (const c of cases) bySummary.set(c.summaryKey, [...(bySummary.get(c.summaryKey) ?? []), c.key]);
  const summaryKeys = [...bySummary.keys()].sort(compareStrings);
  const curated = new Map<string, StructuredFields>();
  const problems: KnowledgeProblem[] = [];
  for (const entry of entries) {
    const at = { file: entry.file, line: entry.line, field: 'summaryStartsWith', severity: 'error' as const };
    const matches = keysWithPrefix(summaryKeys, summaryKey(entry.summaryStartsWith));
    const caseKeys = matches.length === 1 ? (bySummary.get(matches[0]!) ?? []) : [];
    if (matches.length !== 1) {
      const message =
        matches.length === 0
          ? `no case summary starts with "${entry.summaryStartsWith}"`
          : `${matches.length} case summaries start with "${entry.summaryStartsWith}"; quote more of the summary`;
      problems.push({ ...at, message });
    } else if (caseKeys.length !== 1) {
      problems.push({
        ...at,
        message: `${caseKeys.length} distinct cases share this summary (their titles, countries or years differ); curation cannot tell which`,
      });
    } else if (curated.has(caseKeys[0]!)) {
      problems.push({ ...at, message: 'another curated entry already describes this case' });
    } else {
      curated.set(caseKeys[0]!, entry.fields);
    }
  }
  return { curated, problems };
}

/**
 * Turns merged cases into `Case`s: ids, then each value from curation, else from structured
 * records, else inferred from the text. Tags are the exception: curated tags replace all others,
 * but structured tags are kept beside the inferred taxonomy tags, because topic filters look for
 * taxonomy labels and a record's own tags rarely use them.
 */
export function buildCases(
  merged: readonly MergedCase[],
  curation: readonly CuratedEntry[],
): { cases: Case[]; problems: KnowledgeProblem[]; merges: KnowledgeMerge[] } {
  const ids = buildCaseIds(merged.map((c) => c.key));
  const { curated, problems } = matchCuration(merged, curation);
  const cases = merged.map((m): Case => {
    const chosen: StructuredFields = { ...m.fields, ...(curated.get(m.key) ?? {}) };
    const given = (chosen.title ?? '').trim();
    const title = given === '' ? inferTitle(m.summary) : given;
    const text = given === '' ? m.summary : `${given}\n${m.summary}`;
    const curatedTags = curated.get(m.key)?.tags;
    const tags = curatedTags ?? [
      ...(m.fields.tags ?? []).map(canonicalTag),
      ...tagsFor(`${title}\n${m.summary}`),
    ];
    const result: Case = {
      id: ids.get(m.key)!,
      title,
      summary: m.summary,
      truncated: m.truncated,
      countries: chosen.countries ?? inferCountries(text),
      tags: uniqueCaseInsensitive(tags),
      sources: m.sources,
    };
    if (chosen.year !== undefined) result.year = chosen.year;
    if (chosen.url !== undefined) result.url = chosen.url;
    if (chosen.level !== undefined) result.level = chosen.level;
    if (chosen.organisation !== undefined) result.organisation = chosen.organisation;
    return result;
  });
  return { cases, problems, merges: listMerges(merged, ids) };
}
