import { readFileSync } from 'node:fs';
import { inferCountries } from '../../src/knowledge/countries/index.js';

/** One labelled case of the evaluation set: an OPSI-style summary and the countries it is from. */
export interface LabelledSummary {
  summary: string;
  countries: string[];
}

/** How country inference does on a labelled set. */
export interface CountryEvaluation {
  records: number;
  /** Inferred codes that are among the true countries, over all inferred codes. */
  precision: number;
  /** Records for which anything is inferred, over all records. */
  coverage: number;
  /** Records whose inference is exactly their true countries. */
  exact: number;
  wrong: { summary: string; inferred: string[]; expected: string[] }[];
}

export const COUNTRY_EVAL_SET = new URL('../fixtures/countries/country-eval.jsonl', import.meta.url);

export function readLabelledSummaries(url: URL = COUNTRY_EVAL_SET): LabelledSummary[] {
  return readFileSync(url, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledSummary);
}

export function evaluateCountryInference(
  set: readonly LabelledSummary[],
  infer: (text: string) => string[] = inferCountries,
): CountryEvaluation {
  let inferredCodes = 0;
  let correctCodes = 0;
  let covered = 0;
  let exact = 0;
  const wrong: CountryEvaluation['wrong'] = [];
  for (const { summary, countries } of set) {
    const inferred = infer(summary);
    inferredCodes += inferred.length;
    const correct = inferred.filter((code) => countries.includes(code)).length;
    correctCodes += correct;
    if (inferred.length > 0) covered += 1;
    if (correct < inferred.length) wrong.push({ summary, inferred, expected: countries });
    if (correct === inferred.length && inferred.length === countries.length) exact += 1;
  }
  return {
    records: set.length,
    precision: inferredCodes === 0 ? 1 : correctCodes / inferredCodes,
    coverage: covered / set.length,
    exact,
    wrong,
  };
}
