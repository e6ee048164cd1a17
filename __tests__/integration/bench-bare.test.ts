import { renderBareBench, runBareBench } from '../../src/bench/bare-bench.js';
import { requireDocker } from './docker-support.js';

/**
 * `bench --bare` on the shipped tasks: bare repeats each trial's grading (and, for the integration task,
 * whose suite needs the worker the agent started, the agent's run) and refuses a figure whose suite did not
 * exit as the trial's did, so finishing at all means bare ran the same suite, passing, on the same files.
 */
describe('opsbench bench --bare', () => {
  beforeAll(requireDocker, 30_000);

  test('measures the trial beside bare (the same suite, passing), bare with its own wait and bare with an empty suite, for both families', async () => {
    const lines: string[] = [];
    const report = await runBareBench({
      tasks: ['tasks/observability/obs-py-webhook-retry-after', 'tasks/integration/int-redis-signup-worker'],
      trials: 1,
      hostEnv: process.env,
      log: (line) => lines.push(line)
    });
    expect(report.figures.map((f) => [f.task, f.family, f.trials, f.bareDockerCalls])).toEqual([
      ['obs-py-webhook-retry-after', 'observability', 1, 4],
      ['int-redis-signup-worker', 'integration', 1, 6]
    ]);
    for (const f of report.figures) {
      expect(f.bareMs).toBeGreaterThan(0);
      expect(f.bareOwnWaitMs).toBeGreaterThan(0);
      expect(f.bareEmptyMs).toBeGreaterThan(0);
      expect(f.ratio).toBeCloseTo(f.trialMs / f.bareMs, 1);
      expect(f.ratioOwnWait).toBeCloseTo(f.trialMs / f.bareOwnWaitMs, 1);
      expect(f.dockerCallsByKind.exec!.calls).toBeGreaterThanOrEqual(2);
    }
    expect(lines.filter((l) => /#1: trial \d+ ms \(\d+ docker calls\), bare \d+ ms, bare with its own wait \d+ ms, bare with an empty suite \d+ ms$/.test(l))).toHaveLength(2);
    expect(renderBareBench(report)).toMatch(/^TASK +TRIAL P50 +BARE P50 +BARE, OWN WAIT +BARE, EMPTY SUITE +RATIO +GOAL +RATIO, OWN WAIT +DOCKER CALLS/);
  }, 900_000);
});
