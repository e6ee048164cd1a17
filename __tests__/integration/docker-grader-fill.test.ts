import { mkdir, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { GradeError, WorkspaceUnusableError } from '../../src/core/errors.js';
import { DockerCli } from '../../src/runtime/docker/cli.js';
import { probeContainer, type ContainerTarget } from '../../src/runtime/docker/exec.js';
import { dockerCliEnv } from '../../src/runtime/docker/isolation.js';
import { fillPristineGrader } from '../../src/runtime/docker/pristine-grader.js';
import { cleanupScratch, docker, requireDocker, scratch } from './docker-support.js';

// The grading container is filled with the agent's files by one `docker cp` (runtime/docker/
// pristine-grader.ts). Where the image already put something in the workdir, the agent can hand in a tree
// the engine refuses: a file where the image has a directory, a directory where it has a symlink. That is
// the agent's change, so the trial fails; it must not be an infrastructure error (which buys a retry), and
// nothing may be written through the image's symlink. Real containers, the real engine.

const WORKDIR = '/w';
const cli = new DockerCli({ env: dockerCliEnv(process.env), cwd: os.tmpdir() });
const started: string[] = [];

/** A running container whose workdir holds a non-empty directory and a symlink out of it, as an image might. */
async function container(user?: string): Promise<ContainerTarget> {
  const name = `opsbench-fill-test-${process.pid}-${started.length}`;
  started.push(name);
  const setup = 'mkdir -p /w/full/sub /outside && echo image > /w/full/sub/z && ln -s /outside /w/linked && touch /ready';
  await docker('run', '-d', '--name', name, ...(user ? ['--user', user] : []), 'debian:bookworm-slim', 'sh', '-c', user ? 'exec sleep infinity' : `${setup} && exec sleep infinity`);
  if (!user) await docker('exec', name, 'sh', '-c', 'until [ -e /ready ]; do sleep 0.05; done');
  return probeContainer(cli, name);
}

/** The agent's files: a program, a link, and whatever `shape` adds. */
async function agentTree(shape: (dir: string) => Promise<void> = async () => {}): Promise<string> {
  const dir = path.join(await scratch(), 'tree');
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'main.py'), 'print("agent")\n');
  await symlink('/etc/hostname', path.join(dir, 'host-link'));
  await shape(dir);
  return dir;
}

beforeAll(requireDocker);

afterAll(async () => {
  await Promise.all(started.map((name) => docker('rm', '-f', name).catch(() => '')));
  await cleanupScratch();
});

test('the tree goes in beside what the image put there; links stay links', async () => {
  const target = await container();
  await fillPristineGrader(cli, target, { tree: await agentTree(), workdir: WORKDIR });
  expect(await docker('exec', target.id, 'sh', '-c', 'cd /w && cat main.py full/sub/z && readlink host-link linked')).toBe('print("agent")\nimage\n/etc/hostname\n/outside\n');
}, 120_000);

test.each([
  ['a file where the image has a non-empty directory', async (dir: string) => writeFile(path.join(dir, 'full'), 'agent file\n')],
  [
    "a directory (with a planted conftest.py) where the image has a symlink out of the workdir",
    async (dir: string) => {
      await mkdir(path.join(dir, 'linked'));
      await writeFile(path.join(dir, 'linked', 'conftest.py'), 'planted\n');
    }
  ]
])('%s: the engine refuses, the trial is the agent\'s failure, nothing is written through the link', async (_what, shape) => {
  const target = await container();
  const fill = fillPristineGrader(cli, target, { tree: await agentTree(shape), workdir: WORKDIR });
  await expect(fill).rejects.toThrow(WorkspaceUnusableError);
  await expect(fill).rejects.toThrow(/the agent's files cannot go into the grading container: .*cannot overwrite/);
  expect(await docker('exec', target.id, 'sh', '-c', 'ls -A /outside | wc -l; cat /w/full/sub/z')).toBe('0\nimage\n');
}, 120_000);

test('a non-root image gets the files as its user; a container that is gone is a grading error, not the agent\'s failure', async () => {
  const target = await container('1000:1000');
  expect(target.user).toBe('1000:1000');
  await fillPristineGrader(cli, target, { tree: await agentTree(), workdir: WORKDIR });
  expect(await docker('exec', target.id, 'stat', '-c', '%u', '/w/main.py')).toBe('1000\n');
  const gone = await container();
  await docker('rm', '-f', gone.id);
  await expect(fillPristineGrader(cli, gone, { tree: await agentTree(), workdir: WORKDIR })).rejects.toThrow(GradeError);
}, 120_000);
