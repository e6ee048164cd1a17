import { seededRandom } from './random.js';

/** Wilson score interval for a binomial proportion: well-behaved at 0 and 1, unlike the normal approximation. */
export function wilsonInterval(successes: number, trials: number, z = 1.96): [number, number] {
  if (trials === 0) return [0, 1];
  const p = successes / trials;
  const z2 = z * z;
  const denom = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denom;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/**
 * Percentile bootstrap interval of the mean of per-task scores. Tasks are the unit of resampling because
 * attempts of one task are correlated; seeded so the same results always give the same interval.
 */
export function bootstrapMeanInterval(scores: number[], opts: { resamples?: number; level?: number; seed?: number } = {}): [number, number] {
  const n = scores.length;
  if (n === 0) return [0, 1];
  if (n === 1) return [scores[0]!, scores[0]!];
  const level = opts.level ?? 0.95;
  if (n > NORMAL_ABOVE && level === 0.95) return normalMeanInterval(scores);
  const resamples = opts.resamples ?? 4000;
  const random = seededRandom(opts.seed ?? 0x5eed);
  const means = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += scores[Math.floor(random() * n)]!;
    means[r] = sum / n;
  }
  means.sort();
  const lo = means[Math.floor(((1 - level) / 2) * resamples)]!;
  const hi = means[Math.min(resamples - 1, Math.ceil(((1 + level) / 2) * resamples) - 1)]!;
  return [lo, hi];
}

/**
 * Past this many tasks the bootstrap distribution of the mean is normal to well within its own Monte Carlo
 * noise (4,000 resamples), and resampling would cost tasks x 4,000 draws per run: the normal interval is used.
 */
const NORMAL_ABOVE = 5000;

function normalMeanInterval(scores: number[]): [number, number] {
  const n = scores.length;
  const mean = scores.reduce((a, b) => a + b, 0) / n;
  // Plug-in variance, as the bootstrap's resamples have.
  const variance = scores.reduce((a, s) => a + (s - mean) ** 2, 0) / n;
  const half = 1.959964 * Math.sqrt(variance / n);
  return [Math.max(0, mean - half), Math.min(1, mean + half)];
}

/**
 * The interval for Pass@1 over tasks: with one attempt per task the scores are 0/1 and Wilson is exact
 * enough and honest at the extremes; with several attempts, the task-level bootstrap.
 */
export function passAt1Interval(scores: number[], attemptsPerTask: number[]): [number, number] {
  if (attemptsPerTask.every((n) => n === 1)) {
    const passed = scores.filter((s) => s === 1).length;
    return wilsonInterval(passed, scores.length);
  }
  return bootstrapMeanInterval(scores);
}
