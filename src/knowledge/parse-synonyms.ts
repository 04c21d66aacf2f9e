import { type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { z } from 'zod';
import { isSearchWord, splitUnits, stem } from '../search/tokenize.js';
import type { KnowledgeProblem } from './case.js';

/** A synonym file: `synonyms.json` or `*.synonyms.json` in the knowledge folder. */
export const synonymsFileSchema = z.strictObject({
  /** What the file is and how it is kept; for people. */
  about: z.string().optional(),
  groups: z.array(z.unknown(), { error: 'a synonyms file must have a "groups" array' }),
});

/** Members searched as one: words, abbreviations or short phrases. */
export const synonymGroupSchema = z
  .array(
    z.string({ error: 'a member must be text' }).trim().min(1, { error: 'a member must not be blank' }),
    {
      error: 'a group must be a list of words or phrases',
    },
  )
  .min(2, { error: 'a group needs at least two members' });

/** A group of synonyms as read, with where it was written. */
export interface SynonymGroup {
  file: string;
  line: number;
  members: string[];
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** How search reads a member: its words stemmed, hyphens dropped ("E-Governments" → "egovern"). */
export function synonymKey(member: string): string {
  return splitUnits(member)
    .map((unit) => stem(unit.joined))
    .join(' ');
}

/**
 * Reads a synonym file (`{"about": …, "groups": [[member, …], …]}`). Problems name the file and
 * the line of the group: a file that is not such JSON is an error and gives no groups; a bad
 * group is an error and skipped; a member search cannot use (no word of two letters that is not
 * a stop word, such as "the") is a warning and dropped; an unknown key is a warning.
 */
export function parseSynonyms(
  text: string,
  file: string,
): { groups: SynonymGroup[]; problems: KnowledgeProblem[] } {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  const firstError = errors[0];
  if (firstError !== undefined || root === undefined) {
    return {
      groups: [],
      problems: [
        {
          file,
          ...(firstError ? { line: lineAt(text, firstError.offset) } : {}),
          severity: 'error',
          message: `invalid JSON${firstError ? `: ${printParseErrorCode(firstError.error)}` : ''}`,
        },
      ],
    };
  }
  const problems: KnowledgeProblem[] = [];
  const json: unknown = JSON.parse(text);
  const parsed = synonymsFileSchema.safeParse(json);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
      for (const key of keys) {
        problems.push({
          file,
          field: key,
          severity: 'warning',
          fix: 'dropped',
          message: `unknown key "${key}"; ignored`,
        });
      }
      if (issue.code !== 'unrecognized_keys') {
        problems.push({
          file,
          field: issue.path.map(String).join('.') || undefined,
          severity: 'error',
          message: issue.message,
        });
      }
    }
    if (problems.some((p) => p.severity === 'error')) return { groups: [], problems };
  }
  const raw = (json as { groups: unknown[] }).groups;
  const nodes: Node[] =
    root.children?.find((p) => p.children?.[0]?.value === 'groups')?.children?.[1]?.children ?? [];
  const groups: SynonymGroup[] = [];
  raw.forEach((value, index) => {
    const line = lineAt(text, nodes[index]?.offset ?? 0);
    const group = synonymGroupSchema.safeParse(value);
    if (!group.success) {
      const message = group.error.issues[0]?.message ?? 'not a group';
      problems.push({ file, line, field: 'groups', severity: 'error', message: `${message}; group skipped` });
      return;
    }
    const members = group.data.filter((member) => {
      if (splitUnits(member).some((unit) => isSearchWord(unit.joined))) return true;
      problems.push({
        file,
        line,
        field: 'groups',
        severity: 'warning',
        fix: 'dropped',
        message: `"${member}" has no word search uses (stop words and single letters are not searched); dropped`,
      });
      return false;
    });
    if (members.length >= 2) groups.push({ file, line, members });
  });
  return { groups, problems };
}

/**
 * The groups search uses: groups that share a member (as search reads it) are joined, since
 * search finds any member by any other; each such join is a warning, so an accidental one is
 * seen. Members are kept once each, first spelling first.
 */
export function joinSynonymGroups(groups: readonly SynonymGroup[]): {
  groups: string[][];
  problems: KnowledgeProblem[];
} {
  const problems: KnowledgeProblem[] = [];
  const joined: { members: Map<string, string>; at: SynonymGroup }[] = [];
  const owner = new Map<string, (typeof joined)[number]>();
  for (const group of groups) {
    let target: (typeof joined)[number] | undefined;
    for (const member of group.members) {
      const other = owner.get(synonymKey(member));
      if (other === undefined || other === target) continue;
      if (target === undefined) {
        target = other;
      } else {
        // This group links two earlier ones: move the second into the first.
        for (const [key, written] of other.members) {
          if (!target.members.has(key)) target.members.set(key, written);
          owner.set(key, target);
        }
        joined.splice(joined.indexOf(other), 1);
      }
      problems.push({
        file: group.file,
        line: group.line,
        field: 'groups',
        severity: 'warning',
        fix: 'repaired',
        message: `"${member}" is also in the group at ${other.at.file} line ${other.at.line}; the groups are searched as one`,
      });
    }
    if (target === undefined) {
      target = { members: new Map(), at: group };
      joined.push(target);
    }
    for (const member of group.members) {
      const key = synonymKey(member);
      if (!target.members.has(key)) target.members.set(key, member);
      owner.set(key, target);
    }
  }
  return { groups: joined.map((group) => [...group.members.values()]), problems };
}
