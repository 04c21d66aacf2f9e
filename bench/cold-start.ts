// The cold-start benchmark: `npm start` until its first Slack answer, and `casebot ask` until it
// has printed its answer, compiled (what the scripts run now) beside tsx (what they ran
// before), interleaved in the same run; and what the build that keeps dist/ fresh costs.
// Part of `npm run bench`; alone: `tsx bench/cold-start.ts [runs]`.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type FakeSlackApi, startFakeSlackApi } from '../test/adapters/slack/fake-slack-api.js';
import { sendToSlackApp, slashCommandBody } from '../test/adapters/slack/slack-requests.js';
import { buildDist } from '../test/support/build-dist.js';
import { freePort } from '../test/support/free-port.js';
import { BENCH_BOT_TOKEN, BENCH_SIGNING_SECRET } from './slack-server.js';
import { percentile } from './stats.js';

export const DEFAULT_RUNS = 5;
const QUESTION = 'what has Korea done?';

const require = createRequire(import.meta.url);
const tsx = require.resolve('tsx/cli');
const tsc = require.resolve('typescript/bin/tsc');
const run = promisify(execFile);

/** One way of starting casebot; `flavour` keeps the compiled and tsx runs on separate caches. */
interface Variant {
  name: string;
  command: string;
  args: string[];
  flavour: 'compiled' | 'tsx';
}

function startVariants(): Variant[] {
  return [
    { name: 'npm start (build check + node)', command: 'npm', args: ['start'], flavour: 'compiled' },
    {
      name: 'node dist/adapters/main.js',
      command: process.execPath,
      args: ['dist/adapters/main.js'],
      flavour: 'compiled',
    },
    {
      name: 'npm exec tsx (≈ the old npm start)',
      command: 'npm',
      args: ['exec', '--offline', '--', 'tsx', 'adapters/main.ts'],
      flavour: 'tsx',
    },
    {
      name: 'tsx adapters/main.ts',
      command: process.execPath,
      args: [tsx, 'adapters/main.ts'],
      flavour: 'tsx',
    },
  ];
}

function askVariants(): Variant[] {
  const ask = ['ask', QUESTION];
  return [
    {
      name: 'npm run casebot -- ask',
      command: 'npm',
      args: ['run', '-s', 'casebot', '--', ...ask],
      flavour: 'compiled',
    },
    {
      name: 'node dist/…/cli/main.js ask',
      command: process.execPath,
      args: ['dist/adapters/cli/main.js', ...ask],
      flavour: 'compiled',
    },
    {
      name: 'npm exec tsx (≈ the old casebot)',
      command: 'npm',
      args: ['exec', '--offline', '--', 'tsx', 'adapters/cli/main.ts', ...ask],
      flavour: 'tsx',
    },
    {
      name: 'tsx adapters/cli/main.ts ask',
      command: process.execPath,
      args: [tsx, 'adapters/cli/main.ts', ...ask],
      flavour: 'tsx',
    },
  ];
}

interface Setting {
  fake: FakeSlackApi;
  dir: string;
  port: number;
}

function envFor(variant: Variant, setting: Setting): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    npm_config_update_notifier: 'false',
    LOG_LEVEL: 'error',
    // Any free port for the ops listener: 9090 may be taken on this machine.
    OPS_PORT: '0',
    CACHE_DIR: join(setting.dir, `cache-${variant.flavour}`),
    DATA_DIR: join(setting.dir, 'data'),
  };
}

let sequence = 0;

/** SIGTERM → exit of each `npm start` once it answered: the drain with nothing in flight, and the closes. */
const drains = new Map<Variant, number[]>();

/** Spawn → the first slash command answered at its response_url, in ms; then SIGTERM and wait. */
async function timeFirstAnswer(variant: Variant, setting: Setting): Promise<number> {
  const env = {
    ...envFor(variant, setting),
    SLACK_BOT_TOKEN: BENCH_BOT_TOKEN,
    SLACK_SIGNING_SECRET: BENCH_SIGNING_SECRET,
    SLACK_API_URL: setting.fake.apiUrl,
    PORT: String(setting.port),
    HOST: '127.0.0.1',
  };
  const started = performance.now();
  const child = spawn(variant.command, variant.args, {
    env,
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    const id = `cold${++sequence}`;
    const arrived = setting.fake.waitFor((c) => c.kind === 'respond' && c.name === id, 120_000);
    const body = slashCommandBody({
      text: QUESTION,
      responseUrl: setting.fake.responseUrl(id),
      triggerId: id,
    });
    const url = `http://127.0.0.1:${setting.port}/slack/events`;
    // Knocks until the port is open: the first moment a user could be answered.
    for (;;) {
      const status = await sendToSlackApp(url, body, 'form', { secret: BENCH_SIGNING_SECRET }).then(
        (r) => r.status,
        () => 0,
      );
      if (status === 200) break;
      if (status !== 0) throw new Error(`${variant.name}: the app answered ${status}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return (await arrived).at - started;
  } finally {
    const signalled = performance.now();
    stopGroup(child);
    await exited;
    drains.set(variant, [...(drains.get(variant) ?? []), performance.now() - signalled]);
  }
}

function stopGroup(child: ChildProcess): void {
  if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
}

/** Spawn → exit of `casebot ask`, in ms; its answer must name the country. */
async function timeAsk(variant: Variant, setting: Setting): Promise<number> {
  const started = performance.now();
  const { stdout } = await run(variant.command, variant.args, { env: envFor(variant, setting) });
  const ms = performance.now() - started;
  if (!stdout.includes('South Korea')) throw new Error(`${variant.name}: unexpected answer:\n${stdout}`);
  return ms;
}

/** Runs every variant `runs` times, interleaved, after one untimed run each (caches, disk). */
async function measure(
  variants: Variant[],
  runs: number,
  time: (variant: Variant) => Promise<number>,
): Promise<Map<Variant, number[]>> {
  const samples = new Map<Variant, number[]>(variants.map((v) => [v, []]));
  for (const variant of variants) await time(variant);
  for (let i = 0; i < runs; i++)
    for (const variant of variants) samples.get(variant)?.push(await time(variant));
  return samples;
}

async function timeCommand(args: string[], runs: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run(process.execPath, [tsc, ...args]);
    out.push(performance.now() - started);
  }
  return out;
}

const cell = (n: number) => `${(n / 1000).toFixed(2).padStart(8)} s`;

function table(title: string, samples: Map<Variant, number[]>, say: (line: string) => void): void {
  say('');
  say(title);
  say(`  ${''.padEnd(36)}${'median'.padStart(10)}${'min'.padStart(10)}${'max'.padStart(10)}`);
  for (const [variant, ms] of samples)
    say(
      `  ${variant.name.padEnd(36)}${cell(percentile(ms, 50))}${cell(Math.min(...ms))}${cell(Math.max(...ms))}`,
    );
  const median = (flavour: Variant['flavour'], npm: boolean) => {
    const found = [...samples].find(([v]) => v.flavour === flavour && (v.command === 'npm') === npm);
    return found ? percentile(found[1], 50) : Number.NaN;
  };
  say(
    `  compiled / tsx (medians): through npm ${(median('compiled', true) / median('tsx', true)).toFixed(2)}×, node alone ${(median('compiled', false) / median('tsx', false)).toFixed(2)}×`,
  );
}

/** Runs the benchmark and returns its printable lines (also printed as they are ready). */
export async function runColdStartBench(options: { runs?: number } = {}): Promise<string[]> {
  const runs = options.runs ?? DEFAULT_RUNS;
  const out: string[] = [];
  const say = (line: string) => {
    out.push(line);
    process.stdout.write(`${line}\n`);
  };
  await buildDist();
  const dir = await mkdtemp(join(tmpdir(), 'casebot-cold-'));
  const fake = await startFakeSlackApi({ record: false });
  try {
    const setting = { fake, dir, port: await freePort() };
    say('');
    say(
      `Cold start: ${runs} runs each, interleaved, after one untimed run (warm knowledge cache, warm disk)`,
    );
    table(
      '`npm start` → first Slack slash command answered at its response_url',
      await measure(startVariants(), runs, (v) => timeFirstAnswer(v, setting)),
      say,
    );
    say('  SIGTERM → exited, after the answer (medians):');
    for (const [variant, ms] of drains) say(`    ${variant.name.padEnd(34)}${cell(percentile(ms, 50))}`);
    table(
      `\`casebot ask "${QUESTION}"\` → answer printed and exited`,
      await measure(askVariants(), runs, (v) => timeAsk(v, setting)),
      say,
    );
    const check = await timeCommand(['-b', 'tsconfig.build.json'], runs);
    const outDir = join(dir, 'dist');
    const full = await timeCommand(
      ['-p', 'tsconfig.build.json', '--outDir', outDir, '--tsBuildInfoFile', join(outDir, '.tsbuildinfo')],
      2,
    );
    say('');
    say('What keeps dist/ fresh (prestart / precasebot)');
    say(`  tsc -b when dist/ is up to date        ${cell(percentile(check, 50))} (median of ${runs})`);
    say(`  full build, emit only (fresh clone)    ${cell(Math.min(...full))} (best of 2)`);
    return out;
  } finally {
    await fake.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const runs = Number(process.argv[2] ?? DEFAULT_RUNS);
  await runColdStartBench({ runs: Number.isInteger(runs) && runs > 0 ? runs : DEFAULT_RUNS });
}
