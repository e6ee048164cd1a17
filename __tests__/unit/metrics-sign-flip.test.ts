import { signFlipTest } from '../../src/metrics/sign-flip.js';

/** Independent reference: every one of the 2^n relabellings. */
function bruteForce(diffs: number[]): number {
  const n = diffs.length;
  const observed = diffs.reduce((a, b) => a + b, 0);
  let low = 0;
  for (let mask = 0; mask < 1 << n; mask++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += mask & (1 << i) ? -diffs[i]! : diffs[i]!;
    if (sum <= observed + 1e-9) low++;
  }
  return low / 2 ** n;
}

/** Independent reference for differences of +1 and -1 only: P(B+ >= B-), B± ~ Binomial(m±, 1/2), by the double sum. */
function plusMinusOne(plus: number, minus: number): number {
  const pmf = (m: number) => {
    const out: number[] = [];
    let logC = 0;
    for (let k = 0; k <= m; k++) {
      out.push(Math.exp(logC - m * Math.LN2));
      logC += Math.log(m - k) - Math.log(k + 1);
    }
    return out;
  };
  const a = pmf(plus);
  const b = pmf(minus);
  let p = 0;
  for (let i = 0; i <= plus; i++) for (let j = 0; j <= Math.min(i, minus); j++) p += a[i]! * b[j]!;
  return p;
}

describe('paired sign-flip test', () => {
  test('past 16 tasks with few distinct differences it is exact and equals full enumeration', () => {
    const values = [-1, -2 / 3, -1 / 3, 1 / 3, 0.5, -0.5, 1];
    const diffs = Array.from({ length: 20 }, (_, i) => values[(i * 5) % values.length]!);
    const result = signFlipTest(diffs);
    expect(result.method).toBe('exact');
    expect(result.error).toBe(0);
    expect(result.p).toBeCloseTo(bruteForce(diffs), 10);
  });

  test('thousands of single-attempt tasks are exact: the binomial tail', () => {
    const diffs = [...Array<number>(2_950).fill(-1), ...Array<number>(2_850).fill(1), ...Array<number>(200).fill(0)];
    const result = signFlipTest(diffs);
    expect(result.method).toBe('exact');
    expect(result.p).toBeCloseTo(plusMinusOne(2_850, 2_950), 9);
    expect(result.p).toBeGreaterThan(0.05);
  });

  test('many distinct differences are sampled, seeded, and agree with the exact answer within the stated error', () => {
    // 300 positive differences each a hair above 1 (all distinct, so enumeration is out of budget) against
    // 340 of -1: the hairs cannot turn any non-tie, so the answer is the +-1 tail.
    const diffs = [...Array.from({ length: 300 }, (_, i) => 1 + (i + 1) * 1e-7), ...Array<number>(340).fill(-1)];
    const result = signFlipTest(diffs, { samples: 5000 });
    expect(result.method).toBe('monte-carlo');
    const exact = plusMinusOne(300, 340);
    expect(exact).toBeGreaterThan(0.03);
    expect(result.error).toBeCloseTo(Math.sqrt((result.p * (1 - result.p)) / 5000), 12);
    expect(Math.abs(result.p - exact)).toBeLessThan(4 * result.error);
    expect(signFlipTest(diffs, { samples: 5000 }).p).toBe(result.p);
  });

  test('a sampled p is never 0', () => {
    const diffs = Array.from({ length: 200 }, (_, i) => -(1 + i / 1000));
    const result = signFlipTest(diffs, { samples: 1000 });
    expect(result.method).toBe('monte-carlo');
    expect(result.p).toBeCloseTo(1 / 1001, 12);
  });
});

describe('Pass@1 interval past 5,000 tasks', () => {
  test('the normal interval used there agrees with the bootstrap just below the switch', async () => {
    const { bootstrapMeanInterval } = await import('../../src/metrics/intervals.js');
    const scores = Array.from({ length: 5000 }, (_, i) => [0, 1 / 3, 2 / 3, 1][(i * 7) % 4]!);
    const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
    const boot = bootstrapMeanInterval(scores, { resamples: 1000 });
    const normal = bootstrapMeanInterval([...scores, mean]);
    const half = (boot[1] - boot[0]) / 2;
    expect(Math.abs(normal[0] - boot[0])).toBeLessThan(0.2 * half);
    expect(Math.abs(normal[1] - boot[1])).toBeLessThan(0.2 * half);
  });
});
