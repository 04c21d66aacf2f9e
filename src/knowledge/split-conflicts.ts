import {
  type CaseIdentity,
  combine,
  compatible,
  IDENTITY_FIELDS,
  type IdentityField,
  identityOf,
  identitySignature,
  specificity,
} from './case-identity.js';
import type { CaseInput } from './case-input.js';
import { compareStrings } from './sorted-keys.js';

/** Records of one summary that are one case, and the identity that names it among the others. */
export interface IdentityCluster {
  /** The identity of the most specific record: stable for the same content. */
  signature: string;
  identity: CaseIdentity;
  inputs: CaseInput[];
}

/**
 * Splits the records of one summary into distinct cases: records whose title, countries or year
 * disagree are different cases (one project run in two cities, a template shared by several
 * municipalities). The most specific records found the cases, in an order that depends on content
 * only, never on file names or order; a record that gives fewer values joins the first case it
 * agrees with, and founds its own when it agrees with none.
 */
export function splitConflicts(
  inputs: readonly CaseInput[],
  compareSources: (a: CaseInput, b: CaseInput) => number,
): IdentityCluster[] {
  const ordered = inputs
    .map((input) => ({
      input,
      identity: identityOf(input.fields),
      signature: identitySignature(identityOf(input.fields)),
    }))
    .sort(
      (a, b) =>
        specificity(b.identity) - specificity(a.identity) ||
        compareStrings(a.signature, b.signature) ||
        compareSources(a.input, b.input),
    );
  const clusters: IdentityCluster[] = [];
  for (const { input, identity, signature } of ordered) {
    const home = clusters.find((cluster) => compatible(cluster.identity, identity));
    if (home === undefined) {
      clusters.push({ signature, identity, inputs: [input] });
    } else {
      home.identity = combine(home.identity, identity);
      home.inputs.push(input);
    }
  }
  return clusters;
}

const NOUNS: Record<IdentityField, [string, string]> = {
  title: ['title', 'titles'],
  countries: ['countries', 'countries'],
  year: ['year', 'years'],
};

/** "a, b and c" */
export function listWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** Why records are one case: "same title and summary", "same summary (a cut-off copy)". */
export function mergeReason(inputs: readonly CaseInput[], summaryKeys: ReadonlySet<string>): string {
  const agreed = IDENTITY_FIELDS.filter(
    (field) => inputs.filter((input) => identityOf(input.fields)[field] !== undefined).length >= 2,
  );
  const same = `same ${listWords([...agreed.map((field) => NOUNS[field][0]), 'summary'])}`;
  return summaryKeys.size > 1 ? `${same} (a cut-off copy)` : same;
}

/** What differs between the cases of one summary: "different titles and years". */
export function splitReason(clusters: readonly IdentityCluster[]): string {
  const differing = IDENTITY_FIELDS.filter(
    (field) =>
      new Set(clusters.map((cluster) => cluster.identity[field]).filter((v) => v !== undefined)).size > 1,
  );
  return `same summary, different ${listWords(differing.map((field) => NOUNS[field][1]))}`;
}
