import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { resolveAgent } from '../../src/agent/registry.js';
import { DockerRuntime } from '../../src/runtime/docker/runtime.js';
import { loadTaskSet } from '../../src/task/load.js';
import { newRunId, runSchedule } from '../../src/trial/scheduler.js';
import { cleanupScratch, extraCaCerts, requireDocker, scratch } from './docker-support.js';

// Tasks in OpsBench's own format with no Dockerfile and no compose file run in the shared workspace image,
// which gets the toolchain and test runner of the task's language and framework (workspace-toolchain.ts):
// Python + pytest, Go, TypeScript + jest here. The first run builds three images (minutes).
const REPOS = path.resolve('__tests__/fixtures/repos');

describe('a workspace for every language', () => {
  beforeAll(requireDocker, 30_000);
  afterAll(cleanupScratch);

  test('the oracle passes the Python, Go and TypeScript fixtures, none of which has a Dockerfile', async () => {
    const root = await scratch('opsbench-toolchains-');
    for (const lang of ['python', 'go', 'typescript']) {
      const dir = path.join(root, 'tasks', lang);
      await cp(path.join(REPOS, lang), dir, { recursive: true });
      // The fixtures' build_sec is sized for the local runtime; a first image build with npm takes longer.
      const yaml = path.join(dir, 'task.yaml');
      await writeFile(yaml, (await readFile(yaml, 'utf8')).replace(/build_sec: \d+/, 'build_sec: 900'));
    }
    const { tasks, problems } = await loadTaskSet([path.join(root, 'tasks')]);
    expect(problems).toEqual([]);
    const outcome = await runSchedule({
      tasks,
      agents: [await resolveAgent('oracle')],
      runtime: new DockerRuntime({ hostEnv: process.env, composeEnv: { OPSBENCH_EXTRA_CA_CERTS: await extraCaCerts() } }),
      attempts: 1,
      concurrency: 2,
      outDir: path.join(root, 'out'),
      runId: newRunId(),
      log: () => {}
    });
    const summary = outcome.results.map((r) => [r.task_id, r.status, r.error_message ?? null]).sort();
    expect(summary).toEqual(tasks.map((t) => [t.id, 'passed', null]).sort());
  }, 1_800_000);
});
