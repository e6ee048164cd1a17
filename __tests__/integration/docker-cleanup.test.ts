import { spawn } from 'node:child_process';
import path from 'node:path';
import { cleanupRun } from '../../src/runtime/cleanup.js';
import { DockerRuntime } from '../../src/runtime/docker/runtime.js';
import { RUN_LABEL, TRIAL_LABEL } from '../../src/runtime/docker/labels.js';
import { newRunId } from '../../src/trial/scheduler.js';
import { cleanupScratch, FIXTURES, fixtureTask, labelled, requireDocker, scratch } from './docker-support.js';

const REPO = path.resolve('.');
const HOOKS = path.join(REPO, '__tests__', 'helpers', 'ts-source-hooks.mjs');

describe('nothing a run starts outlives it', () => {
  beforeAll(requireDocker, 30_000);
  afterAll(cleanupScratch);

  test('SIGTERM in mid-trial tears the stack down: no container, network or volume with the run label is left', async () => {
    const tmp = await scratch();
    const args = ['run', '--tasks', path.join(FIXTURES, 'two-service'), '--agent', 'command', '--agent-command', 'sleep 120'];
    const child = spawn(
      process.execPath,
      ['--experimental-transform-types', '--no-warnings', '--import', HOOKS, path.join(REPO, 'src/cli/index.ts'), ...args, '--runtime', 'docker', '--out', path.join(tmp, 'out'), '-v'],
      { cwd: REPO, env: { ...process.env, TMPDIR: tmp }, stdio: ['ignore', 'pipe', 'pipe'] }
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const deadline = Date.now() + 300_000;
    while (!/agent stopped|environment up/.test(stdout) && Date.now() < deadline && child.exitCode === null) await sleep(200);
    const runId = /^run (\S+):/m.exec(stdout)?.[1];
    expect({ runId, up: /environment up/.test(stdout), stderr }).toMatchObject({ runId: expect.any(String), up: true });

    // The agent is sleeping inside a running stack: its containers, network and volume exist now.
    const before = await labelled(RUN_LABEL, runId!);
    expect(before.filter((l) => l.startsWith('container')).length).toBeGreaterThanOrEqual(2);
    expect(before.some((l) => l.startsWith('network'))).toBe(true);
    expect(before.some((l) => l.startsWith('volume'))).toBe(true);

    child.kill('SIGTERM');
    expect(await exit).toBe(130);
    expect(stderr).toContain('SIGTERM: stopping; tearing down the trials in flight');
    expect(await labelled(RUN_LABEL, runId!)).toEqual([]);
  }, 600_000);

  test("the post step's cleanupRun removes what a run left running", async () => {
    const runId = newRunId();
    const env = new DockerRuntime({ hostEnv: process.env }).create(await fixtureTask('two-service'), { runId, trialId: `${runId}-left-behind`, scratchDir: await scratch() });
    await env.up();
    const left = await labelled(RUN_LABEL, runId);
    // workspace and api (the grader waits for grading), the stack's network and the api's volume; all per trial too.
    expect(left.length).toBeGreaterThanOrEqual(4);
    expect(await labelled(TRIAL_LABEL, (env as unknown as { project: string }).project)).toEqual(left);

    const lines: string[] = [];
    expect(await cleanupRun(runId, { hostEnv: process.env, log: (line) => lines.push(line) })).toBe(left.length);
    expect(await labelled(RUN_LABEL, runId)).toEqual([]);
    expect(lines.join('\n')).toContain(`labelled ${RUN_LABEL}=${runId}`);
    await env.down();
    expect(await cleanupRun(runId, { hostEnv: process.env })).toBe(0);
  }, 300_000);
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
