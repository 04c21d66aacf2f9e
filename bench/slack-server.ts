// The Slack benchmark's baseline, a bare Bolt app, in its own process so the load generator does
// not share its event loop: `node --import tsx bench/slack-server.ts <apiUrl>`. (casebot runs
// from its real entry: bench/casebot-process.ts.) Prints `{"port":N}` once listening; stops
// when its stdin closes.
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';

export const BENCH_BOT_TOKEN = 'xoxb-bench-token';
export const BENCH_SIGNING_SECRET = 'bench0signing0secret0000000000000';
export const BENCH_COMMAND = '/initiatives';
export const BARE_ANSWER = 'A fixed answer from a bare Bolt app.';

/** The baseline: Bolt's own HTTP receiver, a command handler that answers fixed text in its ack. */
async function startBare(apiUrl: string): Promise<{ port: number; stop(): Promise<void> }> {
  const app = new App({
    token: BENCH_BOT_TOKEN,
    receiver: new HTTPReceiver({ signingSecret: BENCH_SIGNING_SECRET, endpoints: '/slack/events' }),
    clientOptions: { slackApiUrl: apiUrl },
    logLevel: LogLevel.ERROR,
    deferInitialization: true,
  });
  app.command(BENCH_COMMAND, async ({ ack }) => {
    await ack({ response_type: 'ephemeral', text: BARE_ANSWER });
  });
  await app.init();
  const server = await app.start({ port: 0, host: '127.0.0.1' });
  return { port: (server.address() as AddressInfo).port, stop: async () => void (await app.stop()) };
}

async function main(): Promise<void> {
  const [apiUrl] = process.argv.slice(2);
  if (!apiUrl) {
    process.stderr.write('usage: slack-server.ts <apiUrl>\n');
    process.exit(2);
  }
  const running = await startBare(apiUrl);
  process.stdout.write(`${JSON.stringify({ port: running.port })}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => {
    void running.stop().finally(() => process.exit(0));
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
