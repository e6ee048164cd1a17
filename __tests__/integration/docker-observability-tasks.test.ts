import path from 'node:path';
import { resolveAgent } from '../../src/agent/registry.js';
import { DockerRuntime } from '../../src/runtime/docker/runtime.js';
import { RUN_LABEL } from '../../src/runtime/docker/labels.js';
import { loadTaskSet } from '../../src/task/load.js';
import { newRunId, runSchedule } from '../../src/trial/scheduler.js';
import { cleanupScratch, extraCaCerts, labelled, requireDocker, scratch } from './docker-support.js';

// The shipped observability tasks, through the Docker runtime as a GitHub runner runs them. The first run
// on a machine builds four toolchain images (Go, GCC/CMake, Node, Python: minutes); later runs reuse them.
describe('the shipped observability tasks on the Docker runtime', () => {
  beforeAll(requireDocker, 30_000);
  afterAll(cleanupScratch);

  test("each task's oracle passes: its image builds, the repository is its base commit, the test patch applies and the suite runs", async () => {
    const { tasks, problems } = await loadTaskSet([path.resolve('tasks/observability')]);
    expect(problems).toEqual([]);
    expect(tasks.length).toBeGreaterThanOrEqual(4);
    const runId = newRunId();
    const outcome = await runSchedule({
      tasks,
      agents: [await resolveAgent('oracle')],
      runtime: new DockerRuntime({ hostEnv: process.env, composeEnv: { OPSBENCH_EXTRA_CA_CERTS: await extraCaCerts() } }),
      attempts: 1,
      concurrency: 2,
      outDir: path.join(await scratch(), 'out'),
      runId,
      log: () => {}
    });
    const byId = <T extends { task: string }>(a: T, b: T) => a.task.localeCompare(b.task);
    const summary = outcome.results.map((r) => ({ task: r.task_id, status: r.status, error: r.error_message ?? null, f2p: r.fail_to_pass })).sort(byId);
    const expected = tasks.map((t) => ({ task: t.id, status: 'passed', error: null, f2p: { passed: t.tests.failToPass.length, total: t.tests.failToPass.length } }));
    expect(summary).toEqual(expected.sort(byId));
    expect(await labelled(RUN_LABEL, runId)).toEqual([]);
  }, 1_800_000);
});
