import { seededRandom } from './random.js';

/** The one-sided paired sign-flip test's answer, with how it was computed. */
export interface SignFlipResult {
  p: number;
  method: 'exact' | 'monte-carlo';
  /** Standard error of a Monte Carlo p (0 when exact): the p a reader sees is within about 2 of these. */
  error: number;
}

/** Enumeration over the groups besides the largest stays under this many combinations. */
const EXACT_BUDGET = 1 << 20;
/** Sums of differences are compared with this slack so float rounding never decides a tie. */
const TOL = 1e-9;

/**
 * One-sided paired sign-flip permutation test on per-task score differences (current - baseline): the chance
 * that a random relabelling of which run is "current" gives a sum at least as low as the one seen.
 *
 * Flipping the signs of the tasks in set F changes the sum by -2 sum(F), so the test asks how likely
 * sum over values v of v * B_v >= 0 is, where B_v ~ Binomial(m_v, 1/2) counts the flipped tasks among the m_v
 * with difference v. Tasks take few distinct differences (rates of a few attempts), so the distribution is
 * computed exactly by enumerating all groups but the largest (whose binomial tail closes the sum) when that
 * is cheap; otherwise it is sampled, seeded, each sample drawing one binomial per group from the bits of
 * 32-bit random words: the cost is samples x tasks / 32, not samples x tasks.
 */
export function signFlipTest(diffs: readonly number[], opts: { samples?: number; seed?: number } = {}): SignFlipResult {
  const nonZero = diffs.filter((d) => d !== 0);
  if (nonZero.length === 0) return { p: 1, method: 'exact', error: 0 };
  if (nonZero.length <= 16) return { p: enumerateSigns(nonZero), method: 'exact', error: 0 };
  const groups = groupValues(nonZero);
  const largest = groups.reduce((best, g) => (g.count > best.count ? g : best));
  const others = groups.filter((g) => g !== largest);
  let combinations = 1;
  for (const g of others) combinations *= g.count + 1;
  if (combinations <= EXACT_BUDGET) return { p: Math.min(1, exactTail(others, largest)), method: 'exact', error: 0 };
  const samples = opts.samples ?? 20000;
  const p = sampleTail(groups, samples, opts.seed ?? 0x5eed);
  return { p, method: 'monte-carlo', error: Math.sqrt((p * (1 - p)) / samples) };
}

/** All 2^n relabellings, for small n (the report's historical exact branch, kept bit for bit). */
function enumerateSigns(values: number[]): number {
  const n = values.length;
  const observed = values.reduce((a, b) => a + b, 0);
  let atLeastAsLow = 0;
  const total = 1 << n;
  for (let mask = 0; mask < total; mask++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += mask & (1 << i) ? -values[i]! : values[i]!;
    if (sum <= observed + 1e-12) atLeastAsLow++;
  }
  return atLeastAsLow / total;
}

interface Group {
  value: number;
  count: number;
}

function groupValues(values: number[]): Group[] {
  const byKey = new Map<number, Group>();
  for (const v of values) {
    const key = Math.round(v * 1e9);
    const g = byKey.get(key);
    if (g) g.count++;
    else byKey.set(key, { value: v, count: 1 });
  }
  return [...byKey.values()];
}

/** P(B = k) for B ~ Binomial(m, 1/2), k = 0..m, in log space so m in the hundred thousands does not underflow early. */
function binomialHalf(m: number): Float64Array {
  const pmf = new Float64Array(m + 1);
  let log = -m * Math.LN2;
  for (let k = 0; k <= m; k++) {
    pmf[k] = Math.exp(log);
    log += Math.log((m - k) / (k + 1));
  }
  return pmf;
}

function exactTail(others: Group[], last: Group): number {
  const pmfs = others.map((g) => binomialHalf(g.count));
  const lastPmf = binomialHalf(last.count);
  // atLeast[k] = P(B_last >= k), atMost[k] = P(B_last <= k)
  const atLeast = new Float64Array(last.count + 2);
  for (let k = last.count; k >= 0; k--) atLeast[k] = atLeast[k + 1]! + lastPmf[k]!;
  const closes = (partial: number): number => {
    // P(last.value * B_last >= -partial)
    const bound = (-partial - TOL) / last.value;
    if (last.value > 0) {
      const k = Math.max(0, Math.ceil(bound));
      return k > last.count ? 0 : atLeast[k]!;
    }
    const k = Math.min(last.count, Math.floor(bound));
    return k < 0 ? 0 : 1 - atLeast[k + 1]!;
  };
  const walk = (i: number, partial: number, weight: number): number => {
    if (i === others.length) return weight * closes(partial);
    const { value, count } = others[i]!;
    const pmf = pmfs[i]!;
    let p = 0;
    for (let k = 0; k <= count; k++) p += walk(i + 1, partial + value * k, weight * pmf[k]!);
    return p;
  };
  return walk(0, 0, 1);
}

function sampleTail(groups: Group[], samples: number, seed: number): number {
  const random = seededRandom(seed);
  const word = () => (random() * 4294967296) >>> 0;
  let atLeastAsLow = 1; // the observed labelling itself, so p is never 0
  for (let s = 0; s < samples; s++) {
    let sum = 0;
    for (const { value, count } of groups) sum += value * fairCoins(count, word);
    if (sum >= -TOL) atLeastAsLow++;
  }
  return atLeastAsLow / (samples + 1);
}

/** Binomial(m, 1/2): the number of set bits among m random bits. */
function fairCoins(m: number, word: () => number): number {
  let heads = 0;
  let left = m;
  for (; left >= 32; left -= 32) heads += popcount(word());
  if (left > 0) heads += popcount(word() & ((1 << left) - 1));
  return heads;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}
