// Run by tests in a child process (see unprivileged-node.ts): loads the knowledge folder given
// as the first argument, with the cache folder given as the second, and prints, as JSON, the
// number of cases, the problems and the warnings logged.
import { createCasebot } from '../../src/index.js';
import { recordingLogger } from './recording-logger.js';

const [knowledgeDir, cacheDir] = process.argv.slice(2);
if (!knowledgeDir || !cacheDir) throw new Error('usage: create-casebot-script.ts KNOWLEDGE_DIR CACHE_DIR');
const logger = recordingLogger();
const bot = await createCasebot({ knowledgeDir, cacheDir, logger });
process.stdout.write(
  JSON.stringify({
    cases: bot.knowledge.cases.length,
    problems: bot.knowledge.problems,
    warnings: logger.entries.filter((e) => e.level === 'warn').map((e) => e.msg),
  }),
);
