import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DockerRuntime } from '../../src/runtime/docker/runtime.js';
import type { Environment } from '../../src/runtime/environment.js';
import { loadTask } from '../../src/task/load.js';
import { cleanupScratch, fixtureTask, requireDocker, scratch } from './docker-support.js';

/** A workspace from the plain base image, running as uid 1000, without git: written per test run. */
async function nonRootTask(): Promise<string> {
  const dir = path.join(await scratch(), 'nonroot');
  await mkdir(path.join(dir, 'repo'), { recursive: true });
  await mkdir(path.join(dir, 'tests'), { recursive: true });
  await writeFile(path.join(dir, 'repo', 'notes.txt'), 'first line\n');
  await writeFile(path.join(dir, 'tests', 'test_x.py'), 'def test_x():\n    pass\n');
  await writeFile(path.join(dir, 'solution.sh'), '#!/bin/bash\ntrue\n');
  await writeFile(
    path.join(dir, 'compose.yaml'),
    'services:\n  workspace:\n    image: ${BASE_IMAGE:-debian:bookworm-slim}\n    user: "1000:1000"\n    init: true\n    command: ["sleep", "infinity"]\n  grader:\n    image: ${BASE_IMAGE:-debian:bookworm-slim}\n    profiles: ["grader"]\n'
  );
  await writeFile(
    path.join(dir, 'task.yaml'),
    'id: docker-nonroot\nfamily: integration\ninstruction: none\nenvironment:\n  compose: compose.yaml\n  repo: repo\n  workdir: /work/repo\ntests:\n  framework: pytest\n  command: "true"\nsolution: { script: solution.sh }\n'
  );
  return dir;
}

/** A workspace-only task: no compose file, a Dockerfile next to task.yaml or none at all. */
async function composeLessTask(withDockerfile: boolean): Promise<string> {
  const dir = path.join(await scratch(), 'compose-less');
  await mkdir(path.join(dir, 'repo'), { recursive: true });
  await writeFile(path.join(dir, 'repo', 'notes.txt'), 'from the repo\n');
  await writeFile(path.join(dir, 'test.patch'), 'diff --git a/t.txt b/t.txt\nnew file mode 100644\n--- /dev/null\n+++ b/t.txt\n@@ -0,0 +1 @@\n+t\n');
  await writeFile(path.join(dir, 'golden.patch'), 'diff --git a/g.txt b/g.txt\nnew file mode 100644\n--- /dev/null\n+++ b/g.txt\n@@ -0,0 +1 @@\n+g\n');
  if (withDockerfile) await writeFile(path.join(dir, 'Dockerfile'), 'ARG BASE_IMAGE=debian:bookworm-slim\nFROM ${BASE_IMAGE}\nCOPY . /opt/ctx\n');
  await writeFile(
    path.join(dir, 'task.yaml'),
    'id: docker-compose-less\nfamily: observability\nlanguage: python\ninstruction: none\ntests:\n  framework: pytest\n  command: "true"\n  test_patch: test.patch\n  fail_to_pass: [t]\nsolution: { patch: golden.patch }\n'
  );
  return dir;
}

/** The command lines of every process in the container. */
async function processes(env: Environment): Promise<string> {
  return (await env.exec(`for p in /proc/[0-9]*; do tr '\\0' ' ' < $p/cmdline 2>/dev/null; echo; done`)).stdout;
}

describe('a Docker environment: exec, files and the diff inside a running container', () => {
  const runtime = new DockerRuntime({ hostEnv: process.env });
  let env: Environment;
  let nonroot: Environment;

  beforeAll(async () => {
    await requireDocker();
    const opts = { runId: `envtest${Date.now()}`, scratchDir: await scratch() };
    env = runtime.create(await fixtureTask('hidden'), { ...opts, trialId: 'root' });
    nonroot = runtime.create(await loadTask(await nonRootTask()), { ...opts, trialId: 'nonroot' });
    await Promise.all([env.up(), nonroot.up()]);
  }, 600_000);

  afterAll(async () => {
    await Promise.all([env?.down(), nonroot?.down()]);
    await cleanupScratch();
  }, 120_000);

  test('a string runs with bash -c in the workdir with the extra variables; a missing program is 127, a missing directory 1', async () => {
    const ran = await env.exec('echo "$PWD $GREETING ${BASH_VERSION:+bash}"', { env: { GREETING: 'hi' } });
    expect(ran).toMatchObject({ exitCode: 0, stdout: '/app/repo hi bash\n', timedOut: false, truncated: false });
    expect((await env.exec(['no-such-program'])).exitCode).toBe(127);
    expect(await env.exec(['true'], { cwd: '/no/such/dir' })).toMatchObject({ exitCode: 1, stderr: 'cd: /no/such/dir: No such directory\n' });
    expect((await env.exec(['cat'], { input: 'from stdin' })).stdout).toBe('from stdin');
  });

  test('a command past its timeout is killed inside the container, its background children too', async () => {
    const ran = await env.exec('sleep 301 & sleep 302; echo never', { timeoutSec: 2 });
    expect(ran.timedOut).toBe(true);
    expect(ran.stdout).toBe('');
    expect(ran.durationMs).toBeLessThan(9000);
    expect(await processes(env)).not.toMatch(/sleep 30[12]/);
  });

  test('an aborted command is killed inside the container as well, though docker exec forwards no signal', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 1000);
    const ran = await env.exec('setsid sleep 303 & sleep 304', { signal: controller.signal });
    expect(ran.timedOut).toBe(true);
    expect(await processes(env)).not.toMatch(/sleep 30[34]/);
  });

  test('output past the 10 MiB cap is cut and flagged', async () => {
    const ran = await env.exec('head -c 11000000 /dev/zero | tr "\\0" x');
    expect(ran.truncated).toBe(true);
    expect(ran.stdout.length).toBe(10 * 1024 * 1024);
  });

  test('files go in and out byte for byte; relative paths are relative to the workdir', async () => {
    const bytes = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    await env.writeFile('data/all-bytes.bin', bytes);
    expect(Buffer.compare(await env.readFile('/app/repo/data/all-bytes.bin'), bytes)).toBe(0);
    await expect(env.readFile('no-such-file')).rejects.toThrow(/no-such-file/);

    const root = await scratch();
    await mkdir(path.join(root, 'in', 'sub'), { recursive: true });
    await writeFile(path.join(root, 'in', 'sub', 'a.txt'), 'A');
    await env.copyIn(path.join(root, 'in'), '/tmp/copied');
    expect((await env.exec('cat /tmp/copied/sub/a.txt')).stdout).toBe('A');
    await env.copyOut('/tmp/copied', path.join(root, 'out'));
    expect(await readFile(path.join(root, 'out', 'sub', 'a.txt'), 'utf8')).toBe('A');
  });

  test("the diff is the agent's change against the base commit, new and binary files included", async () => {
    await env.exec('sed -i "s/(len(xs) + 1)/len(xs)/" calc.py && printf "\\0\\1\\2" > blob.bin && echo new > added.txt');
    const diff = await env.diff();
    expect(diff).toContain('diff --git a/calc.py b/calc.py');
    expect(diff).toContain('+    return sum(xs) / len(xs)');
    expect(diff).toContain('diff --git a/added.txt b/added.txt');
    expect(diff).toMatch(/diff --git a\/blob.bin b\/blob.bin\nnew file mode 100644\nindex 0+\.\.[0-9a-f]+\nGIT binary patch/);
    expect(diff).toContain('diff --git a/data/all-bytes.bin b/data/all-bytes.bin');
  });

  test('a workspace running as a non-root user without git can edit the repository, and its diff is taken on the host', async () => {
    expect((await nonroot.exec('id -u; command -v git || echo no git')).stdout).toBe('1000\nno git\n');
    const edit = await nonroot.exec('echo second line >> notes.txt && touch new.txt && ls -ln notes.txt');
    expect(edit.exitCode).toBe(0);
    expect(edit.stdout).toMatch(/ 1000 1000 /);
    const diff = await nonroot.diff();
    expect(diff).toContain('+second line');
    expect(diff).toContain('diff --git a/new.txt b/new.txt');
    expect(nonroot.imageStatus).toBe('none');
  });

  test("the agent's git identity is in its HOME and its own, for root and for a user the image does not name", async () => {
    const root = await env.exec('cat "$HOME/.gitconfig" && stat -c %u "$HOME/.gitconfig"');
    expect(root.stdout).toContain('email = agent@opsbench.invalid');
    expect(root.stdout.trim().split('\n').at(-1)).toBe('0');
    // uid 1000 has no passwd entry: docker exec gives it HOME=/, and the identity is written there for it.
    const user = await nonroot.exec('echo "$HOME"; cat "$HOME/.gitconfig" && stat -c %u:%g "$HOME/.gitconfig"');
    expect(user.stdout).toContain('email = agent@opsbench.invalid');
    expect(user.stdout.trim().split('\n').at(-1)).toBe('1000:1000');
  });

  test('a task without a compose file runs in a workspace built from its own Dockerfile, without the hidden files', async () => {
    const task = await loadTask(await composeLessTask(true));
    const own = runtime.create(task, { runId: `envtest${Date.now()}`, trialId: 'compose-less', scratchDir: await scratch() });
    try {
      await own.up();
      expect((await own.exec('cat notes.txt; ls /opt/ctx')).stdout).toBe('from the repo\nDockerfile\nrepo\n');
    } finally {
      await own.down();
    }
  }, 300_000);

  test('a task with neither compose file nor Dockerfile, where no shared workspace image exists, says what to add', async () => {
    const task = await loadTask(await composeLessTask(false));
    const bare = new DockerRuntime({ hostEnv: process.env, workspaceBuild: null }).create(task, { runId: 'r', trialId: 'bare', scratchDir: await scratch() });
    await expect(bare.up()).rejects.toThrow(
      `${path.join(task.dir, 'task.yaml')}: environment.compose: the task has no compose file and no Dockerfile, and this installation has no shared workspace image (compose/workspace/Dockerfile); add a Dockerfile next to task.yaml`
    );
    await bare.down();
  });
});
