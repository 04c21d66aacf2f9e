// The Discord benchmark's baseline, a bare discord.js app, in its own process so the load
// generator does not share its event loop: `node --import tsx bench/discord-server.ts <apiUrl> <token>`.
// (casebot runs from its real entry: bench/casebot-process.ts.)
// Logs in to the fake Discord at `apiUrl`, prints `{"ready":true}`, stops when its stdin closes.
import { fileURLToPath } from 'node:url';
import { Client, Events, GatewayIntentBits, MessageFlags } from 'discord.js';

export const BARE_DISCORD_ANSWER = 'A fixed answer from a bare discord.js app.';

/** The baseline: a discord.js client that replies to every command at once with fixed text. */
async function startBare(apiUrl: string, token: string): Promise<() => Promise<void>> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: apiUrl } });
  client.on(Events.InteractionCreate, (interaction) => {
    if (interaction.isChatInputCommand())
      void interaction.reply({ content: BARE_DISCORD_ANSWER, flags: MessageFlags.Ephemeral });
  });
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(token);
  await ready;
  return () => client.destroy();
}

async function main(): Promise<void> {
  const [apiUrl, token] = process.argv.slice(2);
  if (!apiUrl || !token) {
    process.stderr.write('usage: discord-server.ts <apiUrl> <token>\n');
    process.exit(2);
  }
  const stop = await startBare(apiUrl, token);
  process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => {
    void stop().finally(() => process.exit(0));
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
