import { execFile, spawn } from 'node:child_process';
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
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

  test('kill -9 mid-trial and mid-build, then `opsbench cleanup RUN_ID`: no labelled container, network or volume, no docker build, no scratch dir', async () => {
    const tmp = await scratch();
    const nonce = Date.now().toString(36);
    const tasks = path.join(tmp, 'tasks');
    // One trial whose agent sleeps inside a running stack, one whose image takes ten minutes to build.
    await cp(path.join(FIXTURES, 'two-service'), path.join(tasks, 'two-service'), { recursive: true });
    const slow = path.join(tasks, 'slow-build');
    await cp(path.join(FIXTURES, 'build-fails'), slow, { recursive: true });
    const slowId = `docker-slow-build-${nonce}`;
    await writeFile(path.join(slow, 'task.yaml'), (await readFile(path.join(slow, 'task.yaml'), 'utf8')).replace('id: docker-build-fails', `id: ${slowId}`).replace('build_sec: 300', 'build_sec: 900'));
    await writeFile(path.join(slow, 'Dockerfile'), `ARG BASE_IMAGE=debian:bookworm-slim\nFROM \${BASE_IMAGE}\nRUN echo ${nonce} && sleep 600\n`);
    const env = { ...process.env, TMPDIR: tmp };
    const cli = (args: string[]) =>
      spawn(process.execPath, ['--experimental-transform-types', '--no-warnings', '--import', HOOKS, path.join(REPO, 'src/cli/index.ts'), ...args], { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const child = cli(['run', '--tasks', tasks, '--agent', 'command', '--agent-command', 'sleep 300', '--runtime', 'docker', '--concurrency', '2', '--out', path.join(tmp, 'out'), '-v']);
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exit = new Promise<string | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    const deadline = Date.now() + 400_000;
    while (!(/environment up/.test(stdout) && (await buildsOf(slowId)).length > 0) && Date.now() < deadline && child.exitCode === null) await sleep(500);
    const runId = /^run (\S+):/m.exec(stdout)?.[1];
    expect({ runId, up: /environment up/.test(stdout), building: (await buildsOf(slowId)).length > 0, out: stdout.slice(-2000) }).toMatchObject({ runId: expect.any(String), up: true, building: true });
    const runScratch = path.join(tmp, 'opsbench', runId!);

    child.kill('SIGKILL');
    expect(await exit).toBe('SIGKILL');
    await sleep(2000);
    // What a killed run leaves: its stack, its `docker build` still building, its scratch (build context included).
    expect((await labelled(RUN_LABEL, runId!)).filter((l) => l.startsWith('container')).length).toBeGreaterThanOrEqual(2);
    expect((await buildsOf(slowId)).length).toBeGreaterThan(0);
    expect((await readdir(runScratch)).some((name) => name.startsWith('build-'))).toBe(true);

    const cleanup = cli(['cleanup', runId!]);
    let said = '';
    cleanup.stdout.on('data', (chunk: Buffer) => (said += chunk.toString()));
    cleanup.stderr.on('data', (chunk: Buffer) => (said += chunk.toString()));
    expect(await new Promise((resolve) => cleanup.on('exit', resolve))).toBe(0);
    expect(await buildsOf(slowId)).toEqual([]);
    expect(await labelled(RUN_LABEL, runId!)).toEqual([]);
    expect(await readdir(path.join(tmp, 'opsbench'))).toEqual([]);
    expect(said).toMatch(new RegExp(`docker cleanup of run ${runId}: ended \\d+ process\\(es\\)`));
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

/** Live (not zombie) processes building the task's image: `docker build` and the buildx plugin it runs, by the image tag in their argv. */
async function buildsOf(taskId: string): Promise<string[]> {
  const { stdout } = await promisify(execFile)('ps', ['-eo', 'pid=,stat=,args=']);
  return stdout.split('\n').filter((line) => line.includes(`${taskId}-workspace`) && / build /.test(line) && !/^\s*\d+\s+Z/.test(line));
}
