import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { LocalRuntime } from '../../src/runtime/local/runtime.js';
import { loadTask } from '../../src/task/load.js';
import type { Task } from '../../src/task/task.js';

const roots: string[] = [];
async function tmp(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'opsbench-local-'));
  roots.push(dir);
  return dir;
}
afterAll(() => Promise.all(roots.map((r) => rm(r, { recursive: true, force: true }))));

/** The python fixture task with its repo swapped for a small one made here (text, binary, a .git to skip). */
async function taskWithRepo(): Promise<Task> {
  const base = await loadTask(path.resolve('__tests__/fixtures/repos/python'));
  const repo = path.join(await tmp(), 'repo');
  await mkdir(path.join(repo, 'src'), { recursive: true });
  await mkdir(path.join(repo, '.git'), { recursive: true });
  await writeFile(path.join(repo, '.git', 'HEAD'), 'ref: refs/heads/upstream-history\n');
  await writeFile(path.join(repo, 'src', 'a.txt'), 'one\n');
  await writeFile(path.join(repo, 'src', 'gone.txt'), 'bye\n');
  await writeFile(path.join(repo, 'logo.bin'), Buffer.from([0, 1, 2, 255]));
  return { ...base, environment: { ...base.environment, repo, workdir: '/app/repo' } };
}

const hostEnv = {
  PATH: process.env.PATH,
  LANG: 'C.UTF-8',
  OPENAI_API_KEY: 'sk-secret',
  GITHUB_TOKEN: 'ghp_secret',
  GOOGLE_API_KEY: 'google-secret',
  PYTEST_ADDOPTS: '-p evil',
  PYTHONUNBUFFERED: '1',
  GOFLAGS: '-mod=mod'
};

describe('LocalRuntime / LocalEnvironment', () => {
  test('up copies the repo (without its .git) and commits it as a deterministic base commit', async () => {
    const task = await taskWithRepo();
    const runtime = new LocalRuntime({ hostEnv });
    const [a, b] = [runtime.create(task, { trialId: 'a', runId: 'r', scratchDir: await tmp() }), runtime.create(task, { trialId: 'b', runId: 'r', scratchDir: await tmp() })];
    await Promise.all([a.up(), b.up()]);
    try {
      expect(a.baseCommit).toMatch(/^[0-9a-f]{40}$/);
      expect(b.baseCommit).toBe(a.baseCommit);
      expect(path.basename(a.workdir)).toBe('repo');
      const log = await a.exec('git log --format=%s%n%an && git status --porcelain');
      expect(log.stdout).toBe('base\nOpsBench\n');
      expect(await a.diff()).toBe('');
    } finally {
      await Promise.all([a.down(), b.down()]);
    }
  });

  test('diff has modified, deleted, new untracked and binary files against the base, even after commits', async () => {
    const task = await taskWithRepo();
    const env = new LocalRuntime({ hostEnv }).create(task, { trialId: 'diff', runId: 'r', scratchDir: await tmp() });
    await env.up();
    try {
      await env.writeFile('src/a.txt', 'one\ntwo\n');
      await env.writeFile('/app/repo/new/file.py', 'print("hi")\n');
      await env.writeFile('logo.bin', Buffer.from([0, 1, 2, 3, 4]));
      await env.exec('git commit -qam "agent commit" && rm -f src/gone.txt');
      const patch = await env.diff();
      expect(patch).toContain('diff --git a/src/a.txt b/src/a.txt');
      expect(patch).toContain('+two');
      expect(patch).toContain('new file mode 100644');
      expect(patch).toContain('+++ b/new/file.py');
      expect(patch).toContain('GIT binary patch');
      expect(patch).toContain('deleted file mode 100644');
      // The patch reproduces the workspace from the base commit.
      const check = path.join(await tmp(), 'check');
      execFileSync('git', ['clone', '-q', env.workdir, check]);
      execFileSync('git', ['checkout', '-q', env.baseCommit as string], { cwd: check });
      execFileSync('git', ['apply', '-'], { cwd: check, input: patch });
      expect(await readFile(path.join(check, 'logo.bin'))).toEqual(Buffer.from([0, 1, 2, 3, 4]));
    } finally {
      await env.down();
    }
  });

  test('paths: relative and /app/repo/... land in the workspace, other absolute paths are host paths', async () => {
    const task = await taskWithRepo();
    const env = new LocalRuntime({ hostEnv }).create(task, { trialId: 'paths', runId: 'r', scratchDir: await tmp() });
    await env.up();
    const outside = path.join(await tmp(), 'outside.txt');
    try {
      await env.writeFile('/app/repo/x/y.txt', 'mapped');
      expect((await env.readFile('x/y.txt')).toString()).toBe('mapped');
      expect(existsSync(path.join(env.workdir, 'x', 'y.txt'))).toBe(true);
      await env.writeFile(outside, 'host');
      expect(await readFile(outside, 'utf8')).toBe('host');
      expect((await env.exec('pwd', { cwd: '/app/repo/x' })).stdout.trim()).toBe(path.join(env.workdir, 'x'));
      await env.copyOut('/app/repo/src', path.join(path.dirname(outside), 'copied'));
      expect(await readFile(path.join(path.dirname(outside), 'copied', 'a.txt'), 'utf8')).toBe('one\n');
      await expect(env.readFile('missing.txt')).rejects.toThrow('ENOENT');
      expect(await env.exec('true', { cwd: 'no/such/dir' })).toMatchObject({ exitCode: 1, stderr: expect.stringContaining('No such directory') });
    } finally {
      await env.down();
    }
  });

  test('commands see an allowlisted env: no provider keys or tokens, a per-trial HOME and TMPDIR, warm caches', async () => {
    const task = await taskWithRepo();
    const realHome = await tmp();
    const env = new LocalRuntime({ hostEnv, realHome, env: { EXTRA: 'yes' } }).create(task, { trialId: 'env', runId: 'r', scratchDir: await tmp() });
    await env.up();
    try {
      const seen = Object.fromEntries(
        (await env.exec(['env'], { env: { PER_CALL: '1' } })).stdout
          .trim()
          .split('\n')
          .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)])
      );
      for (const secret of ['OPENAI_API_KEY', 'GITHUB_TOKEN', 'GOOGLE_API_KEY', 'PYTEST_ADDOPTS']) expect(seen[secret]).toBeUndefined();
      expect(seen).toMatchObject({ PYTHONUNBUFFERED: '1', GOFLAGS: '-mod=mod', EXTRA: 'yes', PER_CALL: '1', PYTHONDONTWRITEBYTECODE: '1' });
      const trialRoot = path.dirname(env.workdir);
      expect(seen.HOME).toBe(path.join(trialRoot, 'home'));
      expect(seen.TMPDIR).toBe(path.join(trialRoot, 'tmp'));
      expect(seen.GOCACHE).toBe(path.join(realHome, '.cache', 'go-build'));
      expect(seen.MAVEN_OPTS).toBe(`-Dmaven.repo.local=${path.join(realHome, '.m2', 'repository')}`);
      // The agent can commit: its identity lives in the per-trial HOME.
      expect((await env.exec('git config user.name')).stdout.trim()).toBe('OpsBench Agent');
    } finally {
      await env.down();
    }
  });

  test('down kills background processes the commands left and removes the trial directory', async () => {
    const task = await taskWithRepo();
    const env = new LocalRuntime({ hostEnv }).create(task, { trialId: 'down', runId: 'r', scratchDir: await tmp() });
    await env.up();
    try {
      const started = await env.exec('sleep 4711 >/dev/null 2>&1 & echo $!');
      const pid = Number(started.stdout.trim());
      expect(isAlive(pid)).toBe(true);
      const root = path.dirname(env.workdir);
      await env.down();
      expect(isAlive(pid)).toBe(false);
      expect(existsSync(root)).toBe(false);
      await expect(env.exec('true')).rejects.toThrow('is not up');
    } finally {
      await env.down(); // a second down is harmless; it matters only when an expectation above failed
    }
  });

  test('stopAgentProcesses kills background jobs, setsid daemons with the trial\'s env, and env -i ones working in the trial; files stay', async () => {
    const task = await taskWithRepo();
    const env = new LocalRuntime({ hostEnv }).create(task, { trialId: 'stop', runId: 'r', scratchDir: await tmp() });
    await env.up();
    try {
      const started = await env.exec(
        [
          'nohup sh -c "while :; do sleep 0.1; done" >/dev/null 2>&1 & echo $!',
          'setsid sh -c "while :; do sleep 0.1; done" >/dev/null 2>&1 < /dev/null & echo $!',
          'setsid env -i /bin/sh -c "while :; do sleep 0.1; done" >/dev/null 2>&1 < /dev/null & echo $!'
        ].join('\n')
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
      const pids = started.stdout.trim().split('\n').map(Number);
      expect(pids.map(isAlive)).toEqual([true, true, true]);
      await env.writeFile('kept.txt', 'kept\n');
      await env.stopAgentProcesses?.();
      expect(pids.map(isAlive)).toEqual([false, false, false]);
      expect((await env.readFile('kept.txt')).toString()).toBe('kept\n');
      expect((await env.exec('echo still usable')).stdout).toBe('still usable\n');
    } finally {
      await env.down();
    }
  });

  test('diff runs none of the agent\'s git filters, and without a .git it fails rather than use a repository above', async () => {
    const task = await taskWithRepo();
    const env = new LocalRuntime({ hostEnv }).create(task, { trialId: 'diffgit', runId: 'r', scratchDir: await tmp() });
    await env.up();
    const marker = path.join(await tmp(), 'filter-ran');
    try {
      const filter = `[filter "x"]\n\tclean = tee -a ${marker}\n\tsmudge = tee -a ${marker}\n[diff "x"]\n\ttextconv = tee -a ${marker}\n`;
      await env.exec(['sh', '-c', 'printf "%s" "$1" >> .git/config && echo "* filter=x diff=x" > .git/info/attributes', 'sh', filter]);
      await env.writeFile('src/a.txt', 'changed\n');
      expect(await env.diff()).toContain('+changed');
      expect(existsSync(marker)).toBe(false);
      // The directory above the workspace holds a repository of the agent's: the diff must not stage into it.
      const parent = path.dirname(env.workdir);
      await env.exec(['sh', '-c', 'rm -rf .git && git init -q "$1"', 'sh', parent]);
      await expect(env.diff()).rejects.toThrow(/git add -A failed/);
      expect((await env.exec('git status --porcelain', { cwd: parent })).stdout).not.toMatch(/^A /m);
    } finally {
      await env.down();
    }
  });

  test('another service than the workspace is refused: the local runtime has none', async () => {
    const task = await taskWithRepo();
    const env = new LocalRuntime({ hostEnv }).create(task, { trialId: 'svc', runId: 'r', scratchDir: await tmp() });
    await env.up();
    try {
      await expect(env.exec('true', { service: 'db' })).rejects.toThrow('the local runtime has only the workspace, not service "db"');
      expect(await env.logs()).toEqual({});
    } finally {
      await env.down();
    }
  });
});

/** Alive and not a zombie (this host's PID 1 may never reap killed orphans). */
function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}
