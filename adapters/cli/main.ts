import { pathToFileURL } from 'node:url';
import { Command, Option } from 'commander';
import { type Bot, CONSOLE_CONTEXT, createCasebot, type KnowledgeProblem } from '../../src/index.js';
import { readCoreConfig } from '../shared/core-config.js';
import { ConfigError } from '../shared/env-config.js';
import { loadDotEnv } from '../shared/load-env.js';
import { createLogger } from '../shared/logger.js';
import { runConsoleChat } from './console-chat.js';
import { renderJson, renderTerminal } from './render.js';

interface KnowledgeOption {
  knowledge?: string;
}

function formatProblem(p: KnowledgeProblem): string {
  const where = [
    p.file,
    p.line === undefined ? undefined : `line ${p.line}`,
    p.field ? `field ${p.field}` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${p.message}`;
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
      const bot = await openBot(options);
      const interactive = process.stdin.isTTY === true;
      const width = process.stdout.columns;
      await runConsoleChat(bot, {
        input: process.stdin,
        output: process.stdout,
        interactive,
        ...(width ? { width } : {}),
      });
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
    .description('validate the knowledge folder; exit 1 on any problem')
    .addOption(knowledgeOption)
    .action(async (options: KnowledgeOption) => {
      const bot = await openBot(options, false);
      const { cases, problems } = bot.knowledge;
      for (const problem of problems) process.stdout.write(`${formatProblem(problem)}\n`);
      process.stdout.write(
        `${cases.length} cases loaded, ${problems.length} problem${problems.length === 1 ? '' : 's'}.\n`,
      );
      if (problems.length > 0) process.exitCode = 1;
    });
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
