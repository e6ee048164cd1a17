import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { RuntimeUnavailableError } from '../../src/core/errors.js';
import { DockerCli } from '../../src/runtime/docker/cli.js';
import { dockerCliEnv } from '../../src/runtime/docker/isolation.js';
import { makeWorkspaceBase, setupWorkspace } from '../../src/runtime/docker/workspace.js';
import { DockerRuntime } from '../../src/runtime/docker/runtime.js';
import type { Environment } from '../../src/runtime/environment.js';
import { loadTask } from '../../src/task/load.js';
import { cleanupScratch, docker, requireDocker, scratch } from './docker-support.js';

// The workspace's setup (runtime/docker/workspace.ts) takes one of two paths: for a root image with tar, the
// probe's own exec unpacks the repository from its stdin and writes the exclude lines with sh and sed; for
// any other image, an exec as root and a `docker cp`, the lines written by the host. Both must leave the
// same workspace, whatever the image already put in the workdir.

type Variant = 'root' | 'root-without-tar' | 'user';

/** An image that puts a venv, an oddly named file, its own .git and a clashing notes.txt in the workdir. */
async function imageFilledTask(variant: Variant): Promise<string> {
  const dir = path.join(await scratch(), `filled-${variant}`);
  await mkdir(path.join(dir, 'repo'), { recursive: true });
  await mkdir(path.join(dir, 'tests'), { recursive: true });
  await writeFile(path.join(dir, 'repo', 'notes.txt'), 'from the repo\n');
  await writeFile(path.join(dir, 'tests', 'test_x.py'), 'def test_x():\n    pass\n');
  await writeFile(path.join(dir, 'solution.sh'), '#!/bin/bash\ntrue\n');
  const lines = [
    'ARG BASE_IMAGE=debian:bookworm-slim',
    'FROM ${BASE_IMAGE}',
    'RUN mkdir -p /work/repo/.venv/bin /work/repo/.git/objects && echo v > /work/repo/.venv/bin/python && echo image > "/work/repo/odd #name[1]!" && echo image > /work/repo/notes.txt && echo stale > /work/repo/.git/HEAD',
    ...(variant === 'root-without-tar' ? ['RUN rm /bin/tar /usr/bin/tar 2>/dev/null; ! command -v tar'] : []),
    ...(variant === 'user' ? ['USER 1000:1000'] : [])
  ];
  await writeFile(path.join(dir, 'Dockerfile'), `${lines.join('\n')}\n`);
  await writeFile(path.join(dir, 'compose.yaml'), 'services:\n  workspace:\n    build: .\n    init: true\n    command: ["sleep", "infinity"]\n');
  await writeFile(
    path.join(dir, 'task.yaml'),
    `id: docker-filled-${variant}\nfamily: integration\ninstruction: none\nenvironment:\n  compose: compose.yaml\n  repo: repo\n  workdir: /work/repo\ntests:\n  framework: pytest\n  command: "true"\nsolution: { script: solution.sh }\n`
  );
  return dir;
}

describe("the workspace's setup, on the fast path and off it, over what the image put in the workdir", () => {
  const runtime = new DockerRuntime({ hostEnv: process.env });
  const envs = new Map<Variant, Environment>();
  const variants: Variant[] = ['root', 'root-without-tar', 'user'];

  beforeAll(async () => {
    await requireDocker();
    const opts = { runId: `setuptest${Date.now()}`, scratchDir: await scratch() };
    for (const variant of variants) envs.set(variant, runtime.create(await loadTask(await imageFilledTask(variant)), { ...opts, trialId: variant }));
    await Promise.all([...envs.values()].map((env) => env.up()));
  }, 900_000);

  afterAll(async () => {
    await Promise.all([...envs.values()].map((env) => env.down()));
    await cleanupScratch();
  }, 120_000);

  test.each(variants)('%s: the repository replaces the image\'s .git and clashing files; the rest is excluded, the agent\'s, and no change', async (variant) => {
    const env = envs.get(variant)!;
    const uid = variant === 'user' ? '1000' : '0';
    const state = await env.exec('cat notes.txt; cat .git/HEAD; stat -c %u notes.txt .venv/bin/python; cat .git/info/exclude');
    expect(state.exitCode).toBe(0);
    const lines = state.stdout.split('\n');
    expect(lines[0]).toBe('from the repo');
    expect(lines[1]).toBe('ref: refs/heads/main');
    expect(lines.slice(2, 4)).toEqual([uid, uid]);
    expect(state.stdout).toContain('# put there by the image, not the agent\n');
    expect(lines).toEqual(expect.arrayContaining(['/.venv', '/odd\\ \\#name\\[1\\]\\!']));
    expect(lines).not.toContain('/notes.txt');
    expect(await env.diff()).toBe('');
    // The agent owns what the image left: it can change it, and such a change is still no diff of the repo.
    expect((await env.exec('echo more >> .venv/bin/python && echo agent > "odd #name[1]!"')).exitCode).toBe(0);
    expect(await env.diff()).toBe('');
    expect((await env.exec('echo agent > notes.txt')).exitCode).toBe(0);
    expect(await env.diff()).toContain('+agent');
  });

  test('both paths write the same exclude file and the same git identity', async () => {
    const read = async (variant: Variant) => (await envs.get(variant)!.exec('cat .git/info/exclude; cat "$HOME/.gitconfig"')).stdout;
    const fast = await read('root');
    expect(fast).toContain('email = agent@opsbench.invalid');
    expect(await read('root-without-tar')).toBe(fast);
  });
});

test('a container name that is not running leaves the base for the next try, by the name that is', async () => {
  await requireDocker();
  const dir = await scratch();
  await mkdir(path.join(dir, 'repo'), { recursive: true });
  await writeFile(path.join(dir, 'repo', 'notes.txt'), 'from the repo\n');
  const name = `opsbench-setup-retry-${process.pid}`;
  await docker('run', '-d', '--name', name, 'debian:bookworm-slim', 'sleep', 'infinity');
  try {
    const cli = new DockerCli({ env: dockerCliEnv(process.env), cwd: os.tmpdir() });
    const setup = { repo: path.join(dir, 'repo'), workdir: '/work/repo', scratch: path.join(dir, 'scratch'), gitEnv: { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8', GIT_CONFIG_GLOBAL: '/dev/null', HOME: dir } };
    const made = makeWorkspaceBase(setup);
    await expect(setupWorkspace(cli, `${name}-gone`, setup, made)).rejects.toThrow(RuntimeUnavailableError);
    const ready = await setupWorkspace(cli, name, setup, made);
    expect(ready).toMatchObject({ sha: (await made).sha, target: { id: name, user: '0:0' } });
    expect(await docker('exec', name, 'cat', '/work/repo/notes.txt')).toBe('from the repo\n');
  } finally {
    await docker('rm', '-f', name);
  }
}, 120_000);
