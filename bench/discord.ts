// The Discord adapter benchmark: slash command interactions dispatched over a loopback gateway
// at 10 concurrent, the time until the answer reaches Discord (the interaction's reply, or the
// edit of a deferred one), casebot as `npm start` runs it beside a bare discord.js app that
// replies at once with a fixed text, in alternating rounds. Part of `npm run bench`; alone:
// `tsx bench/discord.ts [interactions]`.
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { slashCommand, TEST_TOKEN } from '../test/adapters/discord/discord-payloads.js';
import { FakeDiscord } from '../test/adapters/discord/fake-discord.js';
import { startCasebotProcess } from './casebot-process.js';
import { type Contender, describeRatio, p99Ratio, runInterleaved } from './interleave.js';
import { cpuPerRequest, processCpuMs } from './process-cpu.js';
import { type LatencySummary, summariseLatencies } from './stats.js';

const DEFAULT_INTERACTIONS = 2000;
const CONCURRENCY = 10;
/** casebot's p99 may be at most this many times the bare app's. */
const TARGET_RATIO = 1.2;
/** Discord's interaction callback types: a message, and a deferred one edited later. */
const CHANNEL_MESSAGE = 4;
const DEFERRED_CHANNEL_MESSAGE = 5;

/** What users ask, rotated through: searches, random picks, a country, help. */
const COMMANDS: [string, Record<string, string>][] = [
  ['search', { query: 'mental health' }],
  ['random', { country: 'Korea' }],
  ['country', { name: 'Belgium' }],
  ['search', { query: 'digital inclusion' }],
  ['countries', {}],
  ['search', { query: 'AI in Korea' }],
  ['help', {}],
  ['search', { query: 'climate' }],
  ['random', {}],
];

const serverFile = fileURLToPath(new URL('./discord-server.ts', import.meta.url));

interface BotUnderTest {
  fake: FakeDiscord;
  /** Its process, whose CPU time is read around the measured rounds. */
  pid: number | undefined;
  stop(): Promise<void>;
}

async function startBare(): Promise<BotUnderTest> {
  const fake = await new FakeDiscord({ waitTimeoutMs: 30_000 }).listen();
  const child = spawn(process.execPath, ['--import', 'tsx', serverFile, fake.apiUrl, TEST_TOKEN], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  await new Promise<void>((resolve, reject) => {
    lines.once('line', () => resolve());
    child.once('exit', (code) => reject(new Error(`the bare bot exited (${code}) before it was ready`)));
  });
  return { fake, pid: child.pid, stop: () => stopChild(child) };
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.stdin?.end();
  });
}

/** casebot from its real entry, configured as a deployment would be, with a fresh SQLite store. */
async function startCasebot(): Promise<BotUnderTest> {
  const fake = await new FakeDiscord({ waitTimeoutMs: 30_000 }).listen();
  const profile = process.env.BENCH_PROFILE_DIR;
  const casebot = await startCasebotProcess(
    { DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: fake.apiUrl },
    profile ? ['--cpu-prof', '--cpu-prof-dir', profile] : [],
  );
  return { fake, pid: casebot.child.pid, stop: casebot.stop };
}

async function stopBot(bot: BotUnderTest): Promise<void> {
  await bot.stop();
  await bot.fake.close();
}

/** `count` interactions, `CONCURRENCY` in flight; each timed from its dispatch to its answer. */
async function load(bot: BotUnderTest, count: number, into: number[]): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const [sub, values] = COMMANDS[i % COMMANDS.length] ?? ['help', {}];
      const interaction = slashCommand(sub, values);
      const callbackPath = `/interactions/${interaction.id}/${interaction.token}/callback`;
      const callback = bot.fake.waitForRequest((r) => r.path === callbackPath, `the answer to ${sub}`);
      const sent = bot.fake.dispatch('INTERACTION_CREATE', interaction);
      const first = await callback;
      const type = (first.body as { type?: number }).type;
      if (type === CHANNEL_MESSAGE) {
        into.push(first.at - sent);
      } else if (type === DEFERRED_CHANNEL_MESSAGE) {
        const edit = await bot.fake.waitForRequest(
          (r) => r.method === 'PATCH' && r.path.includes(`/${interaction.token}/messages/@original`),
          `the deferred answer to ${sub}`,
        );
        into.push(edit.at - sent);
      } else {
        throw new Error(`unexpected interaction callback type ${type}`);
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

const ms = (n: number) => `${n.toFixed(1).padStart(9)} ms`;
const row = (name: string, s: LatencySummary) => `  ${name.padEnd(28)}${ms(s.p50)}${ms(s.p99)}`;

/**
 * Runs the benchmark and returns its printable lines (also printed as they are ready unless
 * `quiet`). Both bots run in child processes; alternating rounds even out machine noise.
 */
export async function runDiscordBench(
  options: { interactions?: number; quiet?: boolean } = {},
): Promise<string[]> {
  const interactions = options.interactions ?? DEFAULT_INTERACTIONS;
  const out: string[] = [];
  const say = (line: string) => {
    out.push(line);
    if (!options.quiet) process.stdout.write(`${line}\n`);
  };
  let bare: BotUnderTest | undefined;
  let casebot: BotUnderTest | undefined;
  try {
    bare = await startBare();
    casebot = await startCasebot();
    const bots: Record<Contender, BotUnderTest> = { bare, casebot };
    for (const who of ['bare', 'casebot'] as const) await load(bots[who], 100, []);
    const cpuBefore = { bare: processCpuMs(bare.pid), casebot: processCpuMs(casebot.pid) };
    const rounds = await runInterleaved(interactions, async (who, count) => {
      const timings: number[] = [];
      await load(bots[who], count, timings);
      return timings;
    });
    const cpu = (who: Contender) => cpuPerRequest(cpuBefore[who], processCpuMs(bots[who].pid), interactions);
    const cpuMs = { bare: cpu('bare'), casebot: cpu('casebot') };
    say('');
    say(
      `Discord adapter: ${interactions} slash command interactions per bot over a loopback gateway, ${CONCURRENCY} concurrent, alternating rounds`,
    );
    say(`  ${''.padEnd(28)}${'answer p50'.padStart(12)}${'answer p99'.padStart(12)}`);
    say(row('bare discord.js (replies)', summariseLatencies(rounds.bare.flat())));
    say(row('casebot (npm start)', summariseLatencies(rounds.casebot.flat())));
    say(`  ${describeRatio(p99Ratio(rounds), TARGET_RATIO)}`);
    say('  answer: INTERACTION_CREATE sent → interaction reply (type 4) or deferred edit received');
    if (cpuMs.bare !== undefined && cpuMs.casebot !== undefined)
      say(
        `  CPU per interaction (all of each process): bare ${cpuMs.bare.toFixed(2)} ms, casebot ${cpuMs.casebot.toFixed(2)} ms (${(cpuMs.casebot / cpuMs.bare).toFixed(2)}×)`,
      );
    return out;
  } finally {
    for (const bot of [bare, casebot]) if (bot) await stopBot(bot);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const interactions = Number(process.argv[2] ?? DEFAULT_INTERACTIONS);
  await runDiscordBench({
    interactions: Number.isFinite(interactions) && interactions > 0 ? interactions : DEFAULT_INTERACTIONS,
  });
}
