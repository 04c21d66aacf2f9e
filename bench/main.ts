// `npm run bench [-- [--full] sizes…]`: the core benchmark, the Slack and Discord adapters',
// relevance and answers during a knowledge reload, the store's, then the cold start of
// `npm start` and `casebot ask`, compiled and with tsx.
import { runColdStartBench } from './cold-start.js';
import { parseSizes, runCoreBench } from './core-bench.js';
import { runDiscordBench } from './discord.js';
import { renderRelevance, renderReloadBench, runReloadBench } from './reload-bench.js';
import { runSlackBench } from './slack.js';
import { runStoreBench } from './store-bench.js';

const args = process.argv.slice(2);
await runCoreBench(parseSizes(args), { full: args.includes('--full') });
await runSlackBench();
await runDiscordBench();
process.stdout.write(`${await renderRelevance()}\n${renderReloadBench(await runReloadBench())}\n`);
await runStoreBench();
await runColdStartBench();
