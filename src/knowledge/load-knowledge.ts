import { type Logger, silentLogger } from '../logger.js';
import { buildCases } from './build-cases.js';
import { BUILT_IN_SYNONYMS_FILE, BUILT_IN_SYNONYMS_TEXT } from './built-in-synonyms.js';
import type { KnowledgeBase, KnowledgeProblem, KnowledgeSynonyms } from './case.js';
import type { CaseInput } from './case-input.js';
import { countProblems, describeMerge } from './describe-knowledge.js';
import { hashKnowledgeFiles } from './knowledge-hash.js';
import { mergeCases } from './merge-cases.js';
import { type CuratedEntry, parseCuration } from './parse-curation.js';
import { parseKnowledgeFile } from './parse-knowledge-file.js';
import { joinSynonymGroups, parseSynonyms, type SynonymGroup } from './parse-synonyms.js';
import { decodeKnowledgeText, readKnowledgeDir } from './read-knowledge-dir.js';
import { compareStrings } from './sorted-keys.js';

export { KnowledgeDirError } from './read-knowledge-dir.js';

function compareProblems(a: KnowledgeProblem, b: KnowledgeProblem): number {
  return compareStrings(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0);
}

/**
 * Loads the knowledge folder: listing pages (`*.txt`), records (`*.json`, `*.jsonl`, `*.csv`),
 * curation (`curated.json`, `*.curated.json`) and search synonyms (`synonyms.json`,
 * `*.synonyms.json`, else the built-in table); merges copies of a case, gives each a stable id and
 * fills missing titles, countries and tags. Bad content never throws: every problem is in
 * `problems` (and logged as a warning) and the rest loads. Throws `KnowledgeDirError`
 * (`code: 'KNOWLEDGE_DIR_MISSING'`) only when the folder cannot be read.
 */
export async function loadKnowledge(dir: string, options: { logger?: Logger } = {}): Promise<KnowledgeBase> {
  const logger = options.logger ?? silentLogger;
  const read = await readKnowledgeDir(dir);
  const problems: KnowledgeProblem[] = [...read.problems];
  const inputs: CaseInput[] = [];
  const curation: CuratedEntry[] = [];
  const synonymGroups: SynonymGroup[] = [];
  const synonymFiles: string[] = [];
  if (read.ignored.length > 0)
    logger.debug({ dir, files: read.ignored }, 'knowledge: files of no known kind ignored');
  for (const file of read.files) {
    const decoded = decodeKnowledgeText(file.bytes);
    if ('problem' in decoded) {
      problems.push({ file: file.name, severity: 'error', message: decoded.problem });
      continue;
    }
    if (file.kind === 'curation') {
      const parsed = parseCuration(decoded.text, file.name);
      curation.push(...parsed.entries);
      problems.push(...parsed.problems);
      continue;
    }
    if (file.kind === 'synonyms') {
      const parsed = parseSynonyms(decoded.text, file.name);
      synonymFiles.push(file.name);
      synonymGroups.push(...parsed.groups);
      problems.push(...parsed.problems);
      continue;
    }
    const parsed = parseKnowledgeFile(file.kind, decoded.text, file.name);
    inputs.push(...parsed.inputs);
    problems.push(...parsed.problems);
    if (parsed.skippedLines.length > 0) {
      logger.debug(
        { file: file.name, skipped: parsed.skippedLines },
        'knowledge: page lines that are not summaries',
      );
    }
    if (parsed.ignoredKeys.length > 0) {
      logger.debug({ file: file.name, keys: parsed.ignoredKeys }, 'knowledge: unknown record fields ignored');
    }
  }
  const built = buildCases(mergeCases(inputs), curation);
  problems.push(...built.problems);
  const synonyms = synonymsInEffect(synonymGroups, synonymFiles);
  problems.push(...synonyms.problems);
  problems.sort(compareProblems);
  for (const problem of problems)
    logger.warn({ problem }, `knowledge ${problem.severity} in ${problem.file}: ${problem.message}`);
  for (const merge of built.merges) logger.info({ merge }, describeMerge(merge));
  const hash = hashKnowledgeFiles(read.files);
  const counts = countProblems(problems);
  logger.info(
    {
      dir,
      files: read.files.length,
      cases: built.cases.length,
      problems: problems.length,
      ...counts,
      merges: built.merges.filter((m) => m.type === 'merged').length,
      keptApart: built.merges.filter((m) => m.type === 'kept-apart').length,
      synonymGroups: synonyms.table.groups.length,
      synonymsFrom: synonyms.table.files,
    },
    'knowledge loaded',
  );
  return { cases: built.cases, problems, merges: built.merges, hash, synonyms: synonyms.table };
}

/** The folder's synonym groups, or the built-in table when the folder has no synonym file. */
function synonymsInEffect(
  groups: readonly SynonymGroup[],
  files: readonly string[],
): { table: KnowledgeSynonyms; problems: KnowledgeProblem[] } {
  if (files.length > 0) {
    const joined = joinSynonymGroups(groups);
    return { table: { groups: joined.groups, files: [...files] }, problems: joined.problems };
  }
  const builtIn = parseSynonyms(BUILT_IN_SYNONYMS_TEXT, BUILT_IN_SYNONYMS_FILE);
  const joined = joinSynonymGroups(builtIn.groups);
  return {
    table: { groups: joined.groups, files: [BUILT_IN_SYNONYMS_FILE] },
    problems: [...builtIn.problems, ...joined.problems],
  };
}
