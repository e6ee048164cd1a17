/**
 * What the gate can see at all. The one-sided sign-flip test over n tasks can never give p below 2^-n (every
 * task dropped), so with n <= log2(1/alpha) tasks no drop is significant, however large. Beyond that, the
 * smallest drop caught 80% of the time is about (z_{1-alpha} + z_{0.8}) * sd / sqrt(n), sd being the spread of
 * per-task differences: two means of `attempts` Bernoulli trials, 2 p(1-p) / attempts, averaged over tasks
 * (p = 0.5, the widest, when the per-task rates are unknown). Observed rates are pulled half a trial towards
 * 0.5, (p a + 0.5) / (a + 1): a suite whose tasks all passed or all failed has not shown it has no spread.
 * Whatever the spread, a drop is only significant when at least log2(1/alpha) tasks drop, each by at least
 * one attempt in `attempts`, which floors the figure for small suites. `opsbench bench --gate` checks it by
 * simulation.
 */
export interface PowerStatement {
  tasks: number;
  attempts: number;
  alpha: number;
  /** The smallest Pass@1 drop (0..1) caught with 80% power; null when no drop can be significant. */
  minDetectableDrop: number | null;
  text: string;
}

const Z_POWER_80 = 0.8416;

export function gatePower(opts: { tasks: number; attempts: number; alpha: number; minDelta?: number; passRates?: readonly number[] }): PowerStatement {
  const { tasks, attempts, alpha } = opts;
  const size = `${tasks} task${tasks === 1 ? '' : 's'} x ${attempts} attempt${attempts === 1 ? '' : 's'}`;
  if (tasks === 0 || 2 ** -tasks >= alpha) {
    const need = Math.floor(Math.log2(1 / alpha)) + 1;
    return { tasks, attempts, alpha, minDetectableDrop: null, text: `With ${size} no drop is significant at alpha ${alpha}: the gate cannot fail. Add tasks (at least ${need}) or attempts.` };
  }
  const rates = opts.passRates && opts.passRates.length ? opts.passRates.map((p) => (p * attempts + 0.5) / (attempts + 1)) : [0.5];
  const variance = (2 * rates.reduce((a, p) => a + p * (1 - p), 0)) / rates.length / attempts;
  const statistical = ((normalQuantile(1 - alpha) + Z_POWER_80) * Math.sqrt(variance)) / Math.sqrt(tasks);
  const fewestDropped = Math.ceil(Math.log2(1 / alpha)) / (tasks * attempts);
  const drop = Math.min(1, Math.max(statistical, fewestDropped, opts.minDelta ?? 0));
  const pts = (drop * 100).toFixed(0);
  const advice = drop > 0.15 ? ' Add tasks or attempts to see smaller drops.' : '';
  return {
    tasks,
    attempts,
    alpha,
    minDetectableDrop: drop,
    text: `With ${size} the gate catches a Pass@1 drop of about ${pts} points or more (80% of the time, alpha ${alpha}); smaller drops pass unnoticed.${advice}`
  };
}

/** Acklam's rational approximation of the standard normal quantile (|error| < 1.2e-9). */
export function normalQuantile(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const lo = 0.02425;
  const poly = (k: number[], x: number) => k.reduce((acc, v) => acc * x + v, 0);
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p));
    return poly(c, q) / (poly(d, q) * q + 1);
  }
  if (p > 1 - lo) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (poly(a, r) * q) / (poly(b, r) * r + 1);
}
