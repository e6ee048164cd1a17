import { signFlipTest } from './sign-flip.js';

/** The p-value of signFlipTest (see there): exact where cheap, a seeded Monte Carlo otherwise. */
export function pairedPermutationPValue(diffs: number[], opts: { samples?: number; seed?: number } = {}): number {
  return signFlipTest(diffs, opts).p;
}

/**
 * One-sided Fisher exact test for one task: P(current passes <= observed) given the pooled attempts, i.e.
 * how surprising a drop from baseline (cb/nb) to current (cc/nc) is under "nothing changed".
 */
export function fisherOneSidedDrop(cb: number, nb: number, cc: number, nc: number): number {
  const total = cb + cc;
  const logChoose = (n: number, k: number): number => {
    if (k < 0 || k > n) return -Infinity;
    let s = 0;
    for (let i = 1; i <= k; i++) s += Math.log((n - k + i) / i);
    return s;
  };
  const denom = logChoose(nb + nc, total);
  let p = 0;
  for (let x = Math.max(0, total - nb); x <= Math.min(cc, total); x++) {
    p += Math.exp(logChoose(nc, x) + logChoose(nb, total - x) - denom);
  }
  return Math.min(1, p);
}
