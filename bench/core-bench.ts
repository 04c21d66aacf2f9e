// The core benchmark: synthetic knowledge at each size, casebot beside plain lunr, every phase
// in a fresh process. `node --import tsx bench/core-bench.ts 10000` runs one size.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Phase, type PhaseReport, RESULT_MARKER } from './core-bench-phases.js';
import { renderCoreBench } from './render-core-bench.js';
import { renderHostileBench } from './render-hostile-bench.js';
import { renderMenusBench } from './render-menus-bench.js';
import type { PhaseOutcome, SizeResults } from './size-results.js';

export const DEFAULT_SIZES = [1_000, 10_000, 100_000] as const;

const phasesFile = fileURLToPath(new URL('./core-bench-phases.ts', import.meta.url));
const projectRoot = dirname(dirname(phasesFile));

/**
 * Above this size only casebot's first start and restart run by default: at 100k cases lunr's
 * builds alone take minutes each, and `npm run bench` should end in about ten (`--full` runs all).
 */
export const FULL_COMPARISON_MAX_SIZE = 10_000;
const FULL_ONLY: readonly Phase[] = ['index', 'plain-build', 'plain-load', 'plain-hostile', 'menus'];

export interface CoreBenchOptions {
  /** Run every phase at every size, however long it takes (each phase is still time-bounded). */
  full?: boolean;
  /** Run this phase only, after the phases whose output it reads (`--only=menus`). */
  only?: Phase;
}

/** Phases in order, each with the phase whose output it reads. */
const PLAN: readonly [Phase, Phase | undefined][] = [
  ['generate', undefined],
  ['first', 'generate'],
  // Right after the first start: the cache key covers the core's code, which colleagues may be editing.
  ['restart', 'first'],
  ['hostile', 'first'],
  ['index', 'generate'],
  ['plain-build', 'first'],
  ['plain-load', 'plain-build'],
  ['plain-hostile', 'plain-build'],
  ['menus', 'first'],
];

/** The phases to run for `only`: it and, before it, the phases whose output it reads; all without it. */
export function phasesFor(only?: Phase): Phase[] {
  if (only === undefined) return PLAN.map(([phase]) => phase);
  const needed: Phase[] = [];
  for (let phase: Phase | undefined = only; phase !== undefined; phase = PLAN.find(([p]) => p === phase)?.[1])
    needed.unshift(phase);
  return needed;
}

/** Time allowed for one phase: generous for the size, but bounded so `npm run bench` ends. */
export function phaseTimeoutMs(size: number): number {
  return Math.min(600_000, 60_000 + size * 4);
}

/** More time for a phase that must wait out lunr's fuzzy match on a 150-letter word (seconds each). */
const EXTRA_MS: Partial<Record<Phase, number>> = { 'plain-hostile': 60_000 };

function runChild(phase: Phase, workDir: string, size: number): Promise<PhaseOutcome> {
  const started = performance.now();
  const limit = phaseTimeoutMs(size) + (EXTRA_MS[phase] ?? 0);
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        '--expose-gc',
        '--max-old-space-size=8192',
        '--import',
        'tsx',
        phasesFile,
        phase,
        workDir,
        String(size),
        String(limit),
      ],
      { cwd: projectRoot, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, limit);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const wallMs = performance.now() - started;
      const line = stdout.split('\n').find((l) => l.startsWith(RESULT_MARKER));
      if (timedOut) resolve({ ok: false, reason: `timed out after ${Math.round(limit / 1000)} s` });
      else if (code !== 0 || !line) resolve({ ok: false, reason: `failed (exit ${code ?? signal})` });
      else resolve({ ok: true, ...(JSON.parse(line.slice(RESULT_MARKER.length)) as PhaseReport), wallMs });
    });
  });
}

/** Runs every phase for one size in a temporary folder, removed afterwards. */
export async function benchSize(
  size: number,
  options: CoreBenchOptions = {},
  log: (line: string) => void = () => {},
): Promise<SizeResults> {
  const workDir = await mkdtemp(join(tmpdir(), `casebot-bench-${size}-`));
  const phases: Record<string, PhaseOutcome> = {};
  try {
    const chosen = phasesFor(options.only);
    for (const [phase, needs] of PLAN.filter(([p]) => chosen.includes(p))) {
      if (!options.full && size > FULL_COMPARISON_MAX_SIZE && FULL_ONLY.includes(phase)) {
        phases[phase] = {
          ok: false,
          reason: `skipped above ${FULL_COMPARISON_MAX_SIZE / 1000}k; --full runs it`,
        };
        continue;
      }
      if (needs && !phases[needs]?.ok) {
        phases[phase] = { ok: false, reason: `skipped: ${needs} did not complete` };
        continue;
      }
      log(`  ${size} cases: ${phase}…`);
      const outcome = await runChild(phase, workDir, size);
      phases[phase] = outcome;
      log(
        `  ${size} cases: ${phase} ${outcome.ok ? `done in ${(outcome.wallMs / 1000).toFixed(1)} s` : outcome.reason}`,
      );
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
  return { size, phases: phases as SizeResults['phases'] };
}

/**
 * Benchmarks casebot against plain lunr at each size (each phase in its own process), prints
 * the table with ratios and targets, and returns the figures.
 */
export async function runCoreBench(
  sizes: readonly number[] = DEFAULT_SIZES,
  options: CoreBenchOptions = {},
  out: (text: string) => void = (text) => process.stdout.write(`${text}\n`),
): Promise<SizeResults[]> {
  const results: SizeResults[] = [];
  for (const size of sizes) {
    results.push(await benchSize(size, options, (line) => process.stderr.write(`${line}\n`)));
  }
  const tables =
    options.only === undefined
      ? [renderCoreBench, renderHostileBench, renderMenusBench]
      : options.only === 'menus'
        ? [renderMenusBench]
        : options.only.endsWith('hostile')
          ? [renderHostileBench]
          : [renderCoreBench];
  out(tables.map((render) => render(results)).join('\n'));
  return results;
}

/** The phase named by `--only=<phase>`, if any; an unknown name is refused with the phases there are. */
export function parseOnly(args: readonly string[]): Phase | undefined {
  const named = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
  if (named === undefined) return undefined;
  const phase = PLAN.find(([p]) => p === named)?.[0];
  if (phase === undefined)
    throw new Error(`--only=${named}: no such phase; one of ${PLAN.map(([p]) => p).join(', ')}`);
  return phase;
}

/** Sizes from command-line arguments ("1000", "10k", "1e5"); the defaults when none are given. */
export function parseSizes(args: readonly string[]): number[] {
  const sizes = args
    .filter((arg) => !arg.startsWith('-'))
    .map((arg) => Number(arg.replace(/k$/i, 'e3')))
    .filter((n) => Number.isInteger(n) && n > 0);
  return sizes.length > 0 ? sizes : [...DEFAULT_SIZES];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const only = parseOnly(args);
  await runCoreBench(parseSizes(args), { full: args.includes('--full'), ...(only ? { only } : {}) });
}
