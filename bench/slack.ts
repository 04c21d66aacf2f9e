// The Slack adapter benchmark: signed slash commands over loopback at 10 concurrent, the time
// until the answer reaches Slack (in the acknowledgement, or at the response_url), casebot
// beside a bare Bolt app answering a fixed text in its ack. Part of `npm run bench`; alone:
// `tsx bench/slack.ts [requests]`.
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { type FakeSlackApi, startFakeSlackApi } from '../test/adapters/slack/fake-slack-api.js';
import { sendToSlackApp, slashCommandBody } from '../test/adapters/slack/slack-requests.js';
import { BENCH_SIGNING_SECRET } from './slack-server.js';
import { type LatencySummary, summariseLatencies } from './stats.js';

export const DEFAULT_REQUESTS = 600;
export const CONCURRENCY = 10;
/** casebot's p99 may be at most this many times the bare app's. */
export const TARGET_RATIO = 1.2;

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
  child: ChildProcess;
}

async function startApp(kind: 'casebot' | 'bare', apiUrl: string): Promise<AppUnderTest> {
  const child = spawn(process.execPath, ['--import', 'tsx', serverFile, kind, apiUrl], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const port = await new Promise<number>((resolve, reject) => {
    lines.once('line', (line) => resolve((JSON.parse(line) as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`${kind} app exited (${code}) before listening`)));
  });
  return { eventsUrl: `http://127.0.0.1:${port}/slack/events`, child };
}

function stopApp(app: AppUnderTest): Promise<void> {
  return new Promise((resolve) => {
    app.child.once('exit', () => resolve());
    app.child.stdin?.end();
  });
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
 * `quiet`). Both apps run in child processes; interleaved rounds even out machine noise.
 */
export async function runSlackBench(options: { requests?: number; quiet?: boolean } = {}): Promise<string[]> {
  const requests = options.requests ?? DEFAULT_REQUESTS;
  const out: string[] = [];
  const say = (line: string) => {
    out.push(line);
    if (!options.quiet) process.stdout.write(`${line}\n`);
  };
  const fake = await startFakeSlackApi({ record: false });
  const apps: Record<'bare' | 'casebot', AppUnderTest | undefined> = { bare: undefined, casebot: undefined };
  try {
    apps.bare = await startApp('bare', fake.apiUrl);
    apps.casebot = await startApp('casebot', fake.apiUrl);
    const timings = { bare: { answer: [], ack: [] } as Timings, casebot: { answer: [], ack: [] } as Timings };
    // Warm up both (JIT, connections), then measure in rounds: bare, casebot, casebot, bare.
    await load(apps.bare, fake, 100, { answer: [], ack: [] });
    await load(apps.casebot, fake, 100, { answer: [], ack: [] });
    const half = Math.ceil(requests / 2);
    for (const kind of ['bare', 'casebot', 'casebot', 'bare'] as const)
      await load(apps[kind]!, fake, half, timings[kind]);

    const bare = {
      answer: summariseLatencies(timings.bare.answer),
      ack: summariseLatencies(timings.bare.ack),
    };
    const casebot = {
      answer: summariseLatencies(timings.casebot.answer),
      ack: summariseLatencies(timings.casebot.ack),
    };
    const ratio = casebot.answer.p99 / bare.answer.p99;
    say('');
    say(`Slack adapter: ${requests} signed slash commands per app over loopback, ${CONCURRENCY} concurrent`);
    say(
      `  ${''.padEnd(24)}${'answer p50'.padStart(12)}${'answer p99'.padStart(12)}   ${'ack p50'.padStart(12)}${'ack p99'.padStart(12)}`,
    );
    say(row('bare Bolt (answer in ack)', bare.answer, bare.ack));
    say(row('casebot', casebot.answer, casebot.ack));
    say(
      `  casebot p99 / bare p99 = ${ratio.toFixed(2)}× (target ≤ ${TARGET_RATIO}×: ${ratio <= TARGET_RATIO ? 'met' : 'NOT met'})`,
    );
    say('  answer: request sent → answer in the ack body or received at response_url; ack: → HTTP 200 read');
    return out;
  } finally {
    for (const app of Object.values(apps)) if (app) await stopApp(app);
    await fake.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const requests = Number(process.argv[2] ?? DEFAULT_REQUESTS);
  await runSlackBench({ requests: Number.isFinite(requests) && requests > 0 ? requests : DEFAULT_REQUESTS });
}
