// Comparing two apps on a shared machine: short rounds that alternate between them, so a burst
// of load from anything else on the machine falls on both alike, and a p99 ratio with the
// spread it would have had over other such bursts.

import { createSeededRandom } from './seeded-random.js';
import { percentile } from './stats.js';

export type Contender = 'bare' | 'casebot';

/** Every round's timings (ms) of each app, in the order they ran. */
export type Rounds = Record<Contender, number[][]>;

/** Requests per round: about half a second of load, short beside the machine's swings. */
export const ROUND_SIZE = 50;

/**
 * Runs `total` requests per app in rounds of `roundSize`, alternating which app goes first
 * (bare, casebot, casebot, bare, …), and returns each round's timings.
 */
export async function runInterleaved(
  total: number,
  run: (who: Contender, count: number) => Promise<number[]>,
  roundSize = ROUND_SIZE,
): Promise<Rounds> {
  const rounds: Rounds = { bare: [], casebot: [] };
  for (let done = 0, pair = 0; done < total; pair += 1) {
    const count = Math.min(roundSize, total - done);
    const order: Contender[] = pair % 2 === 0 ? ['bare', 'casebot'] : ['casebot', 'bare'];
    for (const who of order) rounds[who].push(await run(who, count));
    done += count;
  }
  return rounds;
}

/** casebot's p99 over the bare app's, and the 5th–95th percentile of that ratio over resamples. */
export interface P99Ratio {
  ratio: number;
  low: number;
  high: number;
}

const RESAMPLES = 400;

/**
 * The p99 ratio of all rounds, and its spread: pairs of rounds (one of each app, run back to
 * back) are drawn with replacement and the ratio recomputed, which shows how much a few
 * unlucky rounds move it. Seeded, so one set of rounds always gives the same spread.
 */
export function p99Ratio(rounds: Rounds): P99Ratio {
  const pairs = Math.min(rounds.bare.length, rounds.casebot.length);
  if (pairs === 0) throw new RangeError('no rounds to compare');
  const ratioOf = (picked: readonly number[]) =>
    percentile(
      picked.flatMap((i) => rounds.casebot[i] ?? []),
      99,
    ) /
    percentile(
      picked.flatMap((i) => rounds.bare[i] ?? []),
      99,
    );
  const all = Array.from({ length: pairs }, (_, i) => i);
  const random = createSeededRandom(13);
  const resampled = Array.from({ length: RESAMPLES }, () => ratioOf(all.map(() => random.int(0, pairs - 1))));
  return { ratio: ratioOf(all), low: percentile(resampled, 5), high: percentile(resampled, 95) };
}

/** One line: the ratio, its spread, and whether the target is met. */
export function describeRatio({ ratio, low, high }: P99Ratio, target: number): string {
  const verdict = ratio <= target ? (high <= target ? 'met' : 'met, not reliably') : 'NOT met';
  return `casebot p99 / bare p99 = ${ratio.toFixed(2)}× (resampled rounds: ${low.toFixed(2)}–${high.toFixed(2)}×); target ≤ ${target}×: ${verdict}`;
}
