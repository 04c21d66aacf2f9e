// The Slack adapter benchmark: signed slash commands over loopback at 10 concurrent, the time
// until the answer reaches Slack (in the acknowledgement, or at the response_url), casebot as
// `npm start` runs it beside a bare Bolt app answering a fixed text in its ack, in alternating
// rounds. Part of `npm run bench`; alone: `tsx bench/slack.ts [requests]`.
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { type FakeSlackApi, startFakeSlackApi } from '../test/adapters/slack/fake-slack-api.js';
import { sendToSlackApp, slashCommandBody } from '../test/adapters/slack/slack-requests.js';
import { freePort } from '../test/support/free-port.js';
import { startCasebotProcess } from './casebot-process.js';
import { type Contender, describeRatio, p99Ratio, runInterleaved } from './interleave.js';
import { cpuPerRequest, processCpuMs } from './process-cpu.js';
import { BENCH_BOT_TOKEN, BENCH_COMMAND, BENCH_SIGNING_SECRET } from './slack-server.js';
import { type LatencySummary, summariseLatencies } from './stats.js';

export const DEFAULT_REQUESTS = 2000;
export const CONCURRENCY = 10;
/** casebot's p99 may be at most this many times the bare app's. */
export const TARGET_RATIO = 1.2;
/** `BENCH_PROFILE_DIR=dir`: casebot's process writes a V8 CPU profile there when it stops. */
const profileArgs = (dir = process.env.BENCH_PROFILE_DIR) =>
  dir ? ['--cpu-prof', '--cpu-prof-dir', dir] : [];

/** What users type, rotated through: searches, random picks, countries, help. */
const COMMANDS = [
  'mental health',
  'random korea',
  'country Belgium',
  'digital inclusion',
  'countries',
  'AI in Korea',
  'help',
  'climate',
  'search health page 2',
  'random',
];

const serverFile = fileURLToPath(new URL('./slack-server.ts', import.meta.url));

interface AppUnderTest {
  eventsUrl: string;
  /** Its process, whose CPU time is read around the measured rounds. */
  pid: number | undefined;
  stop(): Promise<void>;
}

async function startBare(apiUrl: string): Promise<AppUnderTest> {
  const child = spawn(process.execPath, ['--import', 'tsx', serverFile, apiUrl], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const port = await new Promise<number>((resolve, reject) => {
    lines.once('line', (line) => resolve((JSON.parse(line) as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`the bare app exited (${code}) before listening`)));
  });
  return { eventsUrl: `http://127.0.0.1:${port}/slack/events`, pid: child.pid, stop: () => stopChild(child) };
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.stdin?.end();
  });
}

/** casebot from its real entry, configured as a deployment would be, with a fresh SQLite store. */
async function startCasebot(apiUrl: string): Promise<AppUnderTest & { logLines(): number }> {
  const port = await freePort();
  const casebot = await startCasebotProcess(
    {
      SLACK_BOT_TOKEN: BENCH_BOT_TOKEN,
      SLACK_SIGNING_SECRET: BENCH_SIGNING_SECRET,
      SLACK_COMMAND: BENCH_COMMAND,
      SLACK_API_URL: apiUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
    },
    profileArgs(),
  );
  return {
    eventsUrl: `http://127.0.0.1:${port}/slack/events`,
    pid: casebot.child.pid,
    stop: casebot.stop,
    logLines: casebot.logLines,
  };
}

interface Timings {
  answer: number[];
  ack: number[];
}

let sequence = 0;

/** `count` commands, `CONCURRENCY` in flight; each timed until its answer reaches the fake response_url. */
async function load(app: AppUnderTest, fake: FakeSlackApi, count: number, into: Timings): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      sequence += 1;
      const id = `b${sequence}`;
      const text = COMMANDS[i % COMMANDS.length] ?? 'help';
      const body = slashCommandBody({ text, responseUrl: fake.responseUrl(id), triggerId: id });
      // Registered first: with recording off, a post that came before it would be missed.
      const inAck = new AbortController();
      const arrived = fake.waitFor((c) => c.kind === 'respond' && c.name === id, 30_000, inAck.signal);
      arrived.catch(() => undefined);
      const started = performance.now();
      const res = await sendToSlackApp(app.eventsUrl, body, 'form', { secret: BENCH_SIGNING_SECRET });
      const acknowledgement = await res.text();
      const acked = performance.now();
      if (res.status !== 200) throw new Error(`app answered ${res.status}`);
      into.ack.push(acked - started);
      if (acknowledgement !== '') {
        // Answered in the acknowledgement: the answer is there when the ack is.
        if (typeof (JSON.parse(acknowledgement) as { text?: unknown }).text !== 'string')
          throw new Error(`the ack carries no answer: ${acknowledgement.slice(0, 100)}`);
        inAck.abort();
        into.answer.push(acked - started);
      } else {
        into.answer.push((await arrived).at - started);
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

const ms = (n: number) => `${n.toFixed(1).padStart(9)} ms`;

function row(name: string, answer: LatencySummary, ack: LatencySummary): string {
  return `  ${name.padEnd(24)}${ms(answer.p50)}${ms(answer.p99)}   ${ms(ack.p50)}${ms(ack.p99)}`;
}

/**
 * Runs the benchmark and returns its printable lines (also printed as they are ready unless
 * `quiet`). Both apps run in child processes; alternating rounds even out machine noise.
 */
export async function runSlackBench(options: { requests?: number; quiet?: boolean } = {}): Promise<string[]> {
  const requests = options.requests ?? DEFAULT_REQUESTS;
  const out: string[] = [];
  const say = (line: string) => {
    out.push(line);
    if (!options.quiet) process.stdout.write(`${line}\n`);
  };
  const fake = await startFakeSlackApi({ record: false });
  let bare: AppUnderTest | undefined;
  let casebot: (AppUnderTest & { logLines(): number }) | undefined;
  try {
    bare = await startBare(fake.apiUrl);
    casebot = await startCasebot(fake.apiUrl);
    const apps: Record<Contender, AppUnderTest> = { bare, casebot };
    const acks: Record<Contender, number[]> = { bare: [], casebot: [] };
    // Warm up both (JIT, connections) before anything is timed.
    for (const who of ['bare', 'casebot'] as const) await load(apps[who], fake, 100, { answer: [], ack: [] });
    const logsBefore = casebot.logLines();
    const cpuBefore = { bare: processCpuMs(bare.pid), casebot: processCpuMs(casebot.pid) };
    const rounds = await runInterleaved(requests, async (who, count) => {
      const timings: Timings = { answer: [], ack: [] };
      await load(apps[who], fake, count, timings);
      acks[who].push(...timings.ack);
      return timings.answer;
    });
    const cpu = (who: Contender) => cpuPerRequest(cpuBefore[who], processCpuMs(apps[who].pid), requests);
    const cpuMs = { bare: cpu('bare'), casebot: cpu('casebot') };
    const summary = (who: Contender) => ({
      answer: summariseLatencies(rounds[who].flat()),
      ack: summariseLatencies(acks[who]),
    });
    const logLines = casebot.logLines() - logsBefore;
    say('');
    say(
      `Slack adapter: ${requests} signed slash commands per app over loopback, ${CONCURRENCY} concurrent, alternating rounds`,
    );
    say(
      `  ${''.padEnd(24)}${'answer p50'.padStart(12)}${'answer p99'.padStart(12)}   ${'ack p50'.padStart(12)}${'ack p99'.padStart(12)}`,
    );
    const b = summary('bare');
    const c = summary('casebot');
    say(row('bare Bolt (answer in ack)', b.answer, b.ack));
    say(row('casebot (npm start)', c.answer, c.ack));
    say(`  ${describeRatio(p99Ratio(rounds), TARGET_RATIO)}`);
    say('  answer: request sent → answer in the ack body or received at response_url; ack: → HTTP 200 read');
    say(`  casebot: SQLite store, info logs (${(logLines / requests).toFixed(2)} lines per request)`);
    if (cpuMs.bare !== undefined && cpuMs.casebot !== undefined)
      say(
        `  CPU per request (all of each process): bare ${cpuMs.bare.toFixed(2)} ms, casebot ${cpuMs.casebot.toFixed(2)} ms (${(cpuMs.casebot / cpuMs.bare).toFixed(2)}×)`,
      );
    return out;
  } finally {
    for (const app of [bare, casebot]) if (app) await app.stop();
    await fake.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const requests = Number(process.argv[2] ?? DEFAULT_REQUESTS);
  await runSlackBench({ requests: Number.isFinite(requests) && requests > 0 ? requests : DEFAULT_REQUESTS });
}
