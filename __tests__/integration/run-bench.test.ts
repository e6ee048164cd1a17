import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { percentiles, renderBenchTable, runBench } from '../../src/bench/run-bench.js';
import { runCli } from '../../src/cli/main.js';
import { captureIO } from '../helpers/cli-capture.js';
import { LocalRuntime } from '../../src/runtime/local/runtime.js';

describe('runBench', () => {
  test('measures overhead and throughput per concurrency level through the real trial path', async () => {
    const lines: string[] = [];
    const report = await runBench({ trials: 4, concurrency: [1, 2], runtime: new LocalRuntime({ hostEnv: process.env }), log: (l) => lines.push(l) });
    expect(report.levels.map((l) => [l.concurrency, l.trials])).toEqual([[1, 4], [2, 4]]);
    for (const level of report.levels) {
      expect(level.testCommandMs.p50).toBeGreaterThan(0);
      expect(level.overheadMs.p50).toBeGreaterThan(0);
      expect(level.overheadMs.p95).toBeGreaterThanOrEqual(level.overheadMs.p50);
      expect(level.throughput).toBeGreaterThan(0);
      expect(level.phasesP50Ms.grade).toBeGreaterThanOrEqual(level.testCommandMs.p50);
    }
    expect(report.goal.met).toBe(report.levels.every((l) => l.overheadMs.p50 <= 500));
    expect(lines).toHaveLength(2);
    expect(renderBenchTable(report)).toMatch(/^CONCURRENCY\s+TRIALS\s+OVERHEAD P50/);
  });
});

describe('percentiles', () => {
  test('are nearest-rank over the sorted values', () => {
    const values = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(percentiles(values)).toEqual({ p50: 10, p95: 19, mean: 11 });
    expect(percentiles([])).toEqual({ p50: 0, p95: 0, mean: 0 });
  });
});

describe('opsbench bench', () => {
  test('prints the table and writes the figures as JSON', async () => {
    const out = path.join(await mkdtemp(path.join(os.tmpdir(), 'opsbench-bench-cli-')), 'bench.json');
    const cli = captureIO();
    expect(await runCli(['bench', '--trials', '2', '--concurrency', '1', '--out', out], cli.io)).toBe(0);
    const report = JSON.parse(await readFile(out, 'utf8'));
    expect(report).toMatchObject({ schema: 1, runtime: 'local', task: 'bench-python-calc', agent: 'null' });
    expect(report.levels).toHaveLength(1);
    expect(cli.stdout()).toContain('harness overhead = trial wall time - test command time');
  });

  test('a bad level names the flag', async () => {
    const cli = captureIO();
    expect(await runCli(['bench', '--concurrency', '1,x'], cli.io)).toBe(1);
    expect(cli.stderr()).toContain('--concurrency: must be a whole number from 1 to 256 (got "x")');
  });
});
