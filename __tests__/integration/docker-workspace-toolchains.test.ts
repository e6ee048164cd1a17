import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { resolveAgent } from '../../src/agent/registry.js';
import { runCli } from '../../src/cli/main.js';
import { LOCAL_CA_DIR } from '../../src/cli/host-ca.js';
import { AGENT_LOG_FILE, trialPaths } from '../../src/core/trial-paths.js';
import { captureIO } from '../helpers/cli-capture.js';
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

  // Build 9: `opsbench run` itself (not only scripts/main-job.sh) hands the machine's extra CAs to image
  // builds. Through the CLI with OPSBENCH_EXTRA_CA_CERTS unset, the workspace built for a task without a
  // Dockerfile holds the host's CA in its trust store, where the command agent finds it.
  test("the CLI's run builds the workspace with the host's extra CA certificates", async () => {
    const crts = (await readdir(LOCAL_CA_DIR).catch(() => [] as string[])).filter((f) => f.endsWith('.crt')).sort();
    if (crts.length === 0) return; // a machine without extra CAs has nothing to pass
    const hostCert = (await readFile(path.join(LOCAL_CA_DIR, crts[0]!), 'utf8')).split('\n').find((l) => l.length > 40 && !l.startsWith('-----'))!;
    const root = await scratch('opsbench-cli-ca-');
    const dir = path.join(root, 'tasks', 'python');
    await cp(path.join(REPOS, 'python'), dir, { recursive: true });
    const yaml = path.join(dir, 'task.yaml');
    await writeFile(yaml, (await readFile(yaml, 'utf8')).replace(/build_sec: \d+/, 'build_sec: 900'));
    const saved = process.env.OPSBENCH_EXTRA_CA_CERTS;
    delete process.env.OPSBENCH_EXTRA_CA_CERTS;
    try {
      const out = path.join(root, 'out');
      const cli = captureIO();
      const command = 'cat /usr/local/share/ca-certificates/opsbench-extra.crt';
      const code = await runCli(['run', '--tasks', dir, '--agent', 'command', '--agent-command', command, '--runtime', 'docker', '--out', out], cli.io);
      expect({ code, stderr: cli.stderr() }).toMatchObject({ code: 0 });
      const log = await readFile(path.join(trialPaths(out, 'fixture-python-percentile', 1).agentDir, AGENT_LOG_FILE), 'utf8');
      expect(log).toContain(hostCert);
    } finally {
      if (saved !== undefined) process.env.OPSBENCH_EXTRA_CA_CERTS = saved;
    }
  }, 1_800_000);
});
