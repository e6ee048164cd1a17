import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { resolveAgent } from '../../src/agent/registry.js';
import { DockerRuntime } from '../../src/runtime/docker/runtime.js';
import { RUN_LABEL } from '../../src/runtime/docker/labels.js';
import { newRunId, runSchedule } from '../../src/trial/scheduler.js';
import { cleanupScratch, fixtureTask, labelled, requireDocker, scratch } from './docker-support.js';

describe('the Docker runtime runs each trial as its own compose stack', () => {
  beforeAll(requireDocker, 30_000);
  afterAll(cleanupScratch);

  test('on the two-service task the oracle passes and null fails, four trials at once without collisions, while a task whose build fails is error/build', async () => {
    const lines: string[] = [];
    const runtime = new DockerRuntime({ hostEnv: process.env, log: (line) => lines.push(line) });
    const runId = newRunId();
    const outcome = await runSchedule({
      tasks: [await fixtureTask('two-service'), await fixtureTask('build-fails')],
      agents: [await resolveAgent('oracle'), await resolveAgent('null')],
      runtime,
      attempts: 2,
      concurrency: 4,
      outDir: path.join(await scratch(), 'out'),
      runId,
      log: () => {}
    });

    const two = outcome.results.filter((r) => r.task_id === 'docker-two-service');
    const oracle = two.filter((r) => r.agent === 'oracle');
    const nul = two.filter((r) => r.agent === 'null');
    // null shares nothing with the oracles running beside it: a shared `api` would hold their greeting.
    expect(oracle.map((r) => [r.status, r.fail_to_pass])).toEqual([['passed', { passed: 3, total: 3 }], ['passed', { passed: 3, total: 3 }]]);
    expect(nul.map((r) => [r.status, r.error_class, r.fail_to_pass])).toEqual([['failed', null, { passed: 0, total: 3 }], ['failed', null, { passed: 0, total: 3 }]]);
    // The four ran at the same time: each started before any of them finished.
    const lastStart = Math.max(...two.map((r) => Date.parse(r.started_at)));
    const firstEnd = Math.min(...two.map((r) => Date.parse(r.finished_at)));
    expect(lastStart).toBeLessThan(firstEnd);
    expect(two.every((r) => r.image === 'built' || r.image === 'reused')).toBe(true);

    const broken = outcome.results.filter((r) => r.task_id === 'docker-build-fails');
    expect(broken).toHaveLength(4);
    for (const r of broken) {
      expect(r).toMatchObject({ status: 'error', error_class: 'build' });
      expect(r.error_message).toContain('this build fails on purpose');
    }
    // A build that fails for good is tried once per run, not once per trial.
    expect(lines.filter((l) => l.startsWith('docker build opsbench/docker-build-fails-workspace'))).toHaveLength(1);
    expect(await labelled(RUN_LABEL, runId)).toEqual([]);
  }, 900_000);

  test('a service that never gets healthy is error/env_unhealthy, with its last log lines in the message and its log in the artifacts', async () => {
    const runId = newRunId();
    const out = path.join(await scratch(), 'out');
    const outcome = await runSchedule({
      tasks: [await fixtureTask('never-healthy')],
      agents: [await resolveAgent('oracle')],
      runtime: new DockerRuntime({ hostEnv: process.env }),
      attempts: 1,
      concurrency: 1,
      outDir: out,
      runId,
      log: () => {}
    });
    const [result] = outcome.results;
    expect(result).toMatchObject({ status: 'error', error_class: 'env_unhealthy', image: 'none' });
    expect(result?.error_message).toMatch(/service "flaky" never became healthy \(unhealthy\); its last log lines:\nflaky: starting\nflaky: cannot reach its database/);
    const saved = await readFile(path.join(out, 'trials', 'docker-never-healthy', '1', 'logs', 'flaky.log'), 'utf8');
    expect(saved).toContain('flaky: cannot reach its database');
    expect(await labelled(RUN_LABEL, runId)).toEqual([]);
  }, 300_000);
});
