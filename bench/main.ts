// `npm run bench [-- [--full] sizes…]`: the core benchmark, the Slack adapter's when it exists,
// the Discord adapter's, relevance and answers during a knowledge reload, the store's, then the
// cold start of `npm start` and `casebot ask`, compiled and with tsx.
import { access } from 'node:fs/promises';
import { runColdStartBench } from './cold-start.js';
import { parseSizes, runCoreBench } from './core-bench.js';
import { runDiscordBench } from './discord.js';
import { renderRelevance, renderReloadBench, runReloadBench } from './reload-bench.js';
import { runStoreBench } from './store-bench.js';

const slackBench = new URL('./slack.ts', import.meta.url);

async function exists(url: URL): Promise<boolean> {
  try {
    await access(url);
    return true;
  } catch {
    return false;
  }
}

const args = process.argv.slice(2);
await runCoreBench(parseSizes(args), { full: args.includes('--full') });
if (await exists(slackBench)) {
  // Another engineer's file: imported only when present so the core bench runs without it.
  const module = (await import(slackBench.href)) as { runSlackBench?: () => Promise<unknown> };
  if (typeof module.runSlackBench === 'function') await module.runSlackBench();
}
await runDiscordBench();
process.stdout.write(`${await renderRelevance()}\n${renderReloadBench(await runReloadBench())}\n`);
await runStoreBench();
await runColdStartBench();
