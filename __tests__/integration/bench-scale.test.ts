import path from 'node:path';
import { runScaleBench } from '../../src/bench/scale-bench.js';

const REPO = path.resolve('.');
const HOOKS = path.join(REPO, '__tests__', 'helpers', 'ts-source-hooks.mjs');

describe('bench --scale', () => {
  test('measures report, plan and the logs server as CLI children, with their own peak RSS, and checks the goals', async () => {
    const report = await runScaleBench({
      cli: { node: process.execPath, execArgv: ['--experimental-transform-types', '--no-warnings', '--import', HOOKS], entry: path.join(REPO, 'src', 'cli', 'index.ts') },
      reportSizes: [300],
      planTasks: 12,
      logLines: 5000,
      logFiles: [1, 3],
      repeats: 1
    });
    expect(report.report.map((r) => r.variant)).toEqual(['markdown', 'json', 'junit', 'markdown+baseline']);
    for (const r of report.report) {
      expect(r.wallMs).toBeGreaterThan(0);
      expect(r.peakRssMb).toBeGreaterThan(20);
      expect(r.cpuMs).toBeGreaterThan(0);
    }
    expect(report.plan.tasks).toBe(12);
    expect(report.plan.peakRssMb).toBeGreaterThan(20);
    expect(report.logs.map((l) => l.files)).toEqual([1, 3]);
    for (const l of report.logs) {
      expect(l.peakRssMb).toBeGreaterThan(20);
      expect(l.firstCallMs).toBeGreaterThan(0);
    }
    // the goals at full size are only judged at full size; the logs and plan ones are always listed
    expect(report.goals.map((g) => g.name)).toEqual(expect.arrayContaining(['plan 12 tasks', 'logs 5000 lines, 1 file, peak RSS']));
  });
});
