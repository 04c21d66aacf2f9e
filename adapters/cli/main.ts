import { pathToFileURL } from 'node:url';
import { Command, Option } from 'commander';
import {
  type Bot,
  CONSOLE_CONTEXT,
  createCasebot,
  createReloadingBot,
  loadKnowledge,
} from '../../src/index.js';
import { readCoreConfig } from '../shared/core-config.js';
import { ConfigError } from '../shared/env-config.js';
import { loadDotEnv } from '../shared/load-env.js';
import { createLogger } from '../shared/logger.js';
import { readOpsConfig } from '../shared/ops-config.js';
import { watchKnowledge } from '../shared/watch-knowledge.js';
import { renderCheckReport } from './check-command.js';
import { runConsoleChat } from './console-chat.js';
import { IMPORT_HELP, runImport } from './import-command.js';
import { renderJson, renderTerminal } from './render.js';
import { defaultStatusUrl, fetchStatus, renderStatusOutcome } from './status-command.js';

interface KnowledgeOption {
  knowledge?: string;
}

async function openBot(options: KnowledgeOption, useCache = true): Promise<Bot> {
  const config = readCoreConfig(process.env);
  // The console is the user's screen: only warnings (e.g. bad knowledge records) unless asked.
  const logger = createLogger(config.LOG_LEVEL ?? 'warn');
  return createCasebot({
    knowledgeDir: options.knowledge ?? config.KNOWLEDGE_DIR,
    ...(useCache ? { cacheDir: config.CACHE_DIR } : {}),
    logger,
  });
}

export function buildProgram(): Command {
  const program = new Command('casebot')
    .description('Ask about public-sector innovation cases from the console.')
    .showHelpAfterError();
  const knowledgeOption = new Option(
    '--knowledge <dir>',
    'knowledge folder (default: KNOWLEDGE_DIR or knowledge/)',
  );

  program
    .command('ask')
    .description('answer one message, or each line of stdin when no message is given')
    .option('--json', 'print the reply model as one JSON object per line')
    .addOption(knowledgeOption)
    .argument('[message...]', 'what to ask')
    .action(async (words: string[], options: KnowledgeOption & { json?: boolean }) => {
      const bot = await openBot(options);
      const width = process.stdout.columns;
      if (words.length > 0) {
        const reply = await bot.answer(words.join(' '), CONSOLE_CONTEXT);
        process.stdout.write(`${options.json ? renderJson(reply) : renderTerminal(reply, width)}\n`);
        return;
      }
      await runConsoleChat(bot, {
        input: process.stdin,
        output: process.stdout,
        interactive: false,
        json: options.json === true,
        ...(width ? { width } : {}),
      });
    });

  program
    .command('chat', { isDefault: true })
    .description('console chat (the default)')
    .addOption(knowledgeOption)
    .action(async (options: KnowledgeOption) => {
      const config = readCoreConfig(process.env);
      const logger = createLogger(config.LOG_LEVEL ?? 'warn');
      const dir = options.knowledge ?? config.KNOWLEDGE_DIR;
      const { bot, reload } = await createReloadingBot({
        knowledgeDir: dir,
        cacheDir: config.CACHE_DIR,
        logger,
      });
      // A chat stays open: edits to the knowledge folder (or SIGHUP) reload it meanwhile.
      const watch = watchKnowledge({ dir, reload, logger });
      const interactive = process.stdin.isTTY === true;
      const width = process.stdout.columns;
      await runConsoleChat(bot, {
        input: process.stdin,
        output: process.stdout,
        interactive,
        ...(width ? { width } : {}),
      });
      watch.close();
    });

  program
    .command('export')
    .description('every case after parsing and enrichment, one JSON object per line')
    .addOption(knowledgeOption)
    .action(async (options: KnowledgeOption) => {
      const bot = await openBot(options);
      for (const c of bot.knowledge.cases) process.stdout.write(`${JSON.stringify(c)}\n`);
    });

  program
    .command('check')
    .description('validate the knowledge folder: list errors, warnings and merges')
    .addOption(knowledgeOption)
    .option('--strict', 'exit 1 on warnings too')
    .addHelpText(
      'after',
      '\nErrors are records, entries or files that were skipped; warnings are values that were\n' +
        'repaired or dropped while the record still loaded.\n\n' +
        'Exit codes:\n  0  no errors (and, with --strict, no warnings)\n  1  errors (or, with --strict, warnings)',
    )
    .action(async (options: KnowledgeOption & { strict?: boolean }) => {
      const config = readCoreConfig(process.env);
      // The report is the output: log only what the user asked for, not every problem twice.
      const logger = createLogger(config.LOG_LEVEL ?? 'error');
      const knowledge = await loadKnowledge(options.knowledge ?? config.KNOWLEDGE_DIR, { logger });
      const report = renderCheckReport(knowledge, { strict: options.strict === true });
      process.stdout.write(report.text);
      process.exitCode = report.exitCode;
    });
  program
    .command('status')
    .description('how a running casebot is: knowledge, problems at load, adapters, digests, store, uptime')
    .option('--url <url>', 'where to ask (default: the ops listener on this machine, OPS_PORT)')
    .option('--json', 'print the report as JSON')
    .action(async (options: { url?: string; json?: boolean }) => {
      const { port } = readOpsConfig(process.env);
      const outcome = await fetchStatus(options.url ?? defaultStatusUrl(port));
      const rendered = renderStatusOutcome(outcome, options.json === true);
      (rendered.exitCode === 0 ? process.stdout : process.stderr).write(rendered.text);
      process.exitCode = rendered.exitCode;
    });
  program
    .command('import')
    .description('import a CSV, TSV, JSON, JSONL or .xlsx collection into the knowledge folder as JSONL')
    .argument('<file>', 'the collection to import')
    .option('--map <pairs>', 'field=column pairs, comma-separated (title=name,summary=description)')
    .option('--into <dir>', 'knowledge folder to write to (default: KNOWLEDGE_DIR or knowledge/)')
    .option('--dry-run', 'show the mapping and the report; write nothing')
    .option('--force', 'replace the output file if it exists')
    .option('--preview <n>', 'how many records to show', (value) => Number.parseInt(value, 10), 3)
    .addHelpText('after', IMPORT_HELP)
    .action(
      async (
        file: string,
        options: { map?: string; into?: string; dryRun?: boolean; force?: boolean; preview: number },
      ) => {
        const config = readCoreConfig(process.env);
        process.exitCode = await runImport(
          file,
          {
            ...options,
            into: options.into ?? config.KNOWLEDGE_DIR,
            preview: Number.isNaN(options.preview) ? 3 : options.preview,
          },
          { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) },
        );
      },
    );
  return program;
}

/** Runs the CLI; configuration and knowledge-folder errors end it with a message and exit 1. */
export async function runCli(argv: string[]): Promise<void> {
  loadDotEnv();
  try {
    await buildProgram().parseAsync(argv);
  } catch (err) {
    const message =
      err instanceof ConfigError || (err instanceof Error && 'code' in err) ? err.message : undefined;
    if (!message) throw err;
    process.stderr.write(`casebot: ${message}\n`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await runCli(process.argv);
