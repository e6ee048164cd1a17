import { renderDockerBench, runDockerBench } from '../../src/bench/docker-bench.js';
import { cleanupScratch, requireDocker, scratch } from './docker-support.js';

describe('opsbench bench --docker', () => {
  beforeAll(requireDocker, 30_000);
  afterAll(cleanupScratch);

  test('measures warm start and teardown percentiles and the cold start, which rebuilds every image and is much slower', async () => {
    const lines: string[] = [];
    const report = await runDockerBench({ trials: 3, runtime: { hostEnv: process.env }, workDir: await scratch(), log: (line) => lines.push(line) });
    expect(report).toMatchObject({ schema: 1, task: 'bench-docker-two-service', trials: 3, goal: { startTeardownP50Ms: 6000, speedup: 5 } });
    const { startMs, teardownMs, startTeardownMs } = report.warm;
    expect(startMs.p50).toBeGreaterThan(0);
    expect(startMs.p50).toBeLessThanOrEqual(startMs.p95);
    expect(teardownMs.p50).toBeGreaterThan(0);
    expect(startTeardownMs.p50).toBeGreaterThanOrEqual(startMs.p50);
    // A cold start builds two images from the Debian archive; a warm one only checks that their tags exist.
    expect(report.cold.startMs).toBeGreaterThan(2 * startMs.p50);
    expect(report.speedup).toBe(Math.round((report.cold.startMs / startMs.p50) * 10) / 10);
    expect(lines.filter((l) => /^warm \d\/3: start \d+ ms, teardown \d+ ms$/.test(l))).toHaveLength(3);
    expect(renderDockerBench(report)).toMatch(/^PHASE +P50 +P95\nwarm start \(up --wait\) +\d+ ms +\d+ ms\n/);
  }, 600_000);
});
