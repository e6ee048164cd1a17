import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { treeDiff } from '../../src/runtime/harness-git.js';

const run = promisify(execFile);
let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'opsbench-harness-git-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

const COMMIT_ENV = {
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  HOME: '/nonexistent',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@t',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@t'
};

/** A harness-made base repository (one commit of `files`); returns its git dir and sha. */
async function baseRepo(files: Record<string, string>): Promise<{ gitDir: string; base: string }> {
  const dir = path.join(root, 'base');
  await mkdir(dir);
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  const git = (...args: string[]) => run('git', args, { cwd: dir, env: COMMIT_ENV });
  await git('init', '-q', '-b', 'main');
  await git('add', '-A');
  await git('commit', '-qm', 'base');
  return { gitDir: path.join(dir, '.git'), base: (await git('rev-parse', 'HEAD')).stdout.trim() };
}

describe('the host diff of a workspace copy against the harness-owned base', () => {
  it("runs no filter, textconv or external diff, though the tree's attributes name them and the caller's HOME and GIT_ variables define them", async () => {
    const { gitDir, base } = await baseRepo({ 'app.py': 'x = 1\n' });
    const marker = path.join(root, 'ran');
    const home = path.join(root, 'home');
    await mkdir(home);
    const evil = path.join(home, '.gitconfig');
    const touch = `touch ${marker}`;
    const traps: [string, string][] = [
      ['filter.x.clean', `sh -c '${touch}; cat'`],
      ['filter.x.required', 'true'],
      ['diff.x.textconv', `sh -c '${touch}; cat "$1"' -`],
      ['diff.external', `sh -c '${touch}'`],
      ['core.fsmonitor', `sh -c '${touch}' #`]
    ];
    for (const [key, value] of traps) {
      await run('git', ['config', '-f', evil, key, value]);
    }
    // The traps are live: git that reads this config runs them.
    await writeFile(path.join(path.dirname(gitDir), '.gitattributes'), '* filter=x\n');
    await run('git', ['add', '-A'], { cwd: path.dirname(gitDir), env: { ...COMMIT_ENV, GIT_CONFIG_GLOBAL: evil, GIT_INDEX_FILE: path.join(root, 'probe') } });
    expect(existsSync(marker)).toBe(true);
    await rm(marker);

    const tree = path.join(root, 'tree');
    await mkdir(tree);
    await writeFile(path.join(tree, 'app.py'), 'x = 2\n');
    await writeFile(path.join(tree, 'new.txt'), 'new\n');
    await writeFile(path.join(tree, '.gitattributes'), '* filter=x diff=x\n');

    const diff = await treeDiff({
      gitDir,
      workTree: tree,
      base,
      indexFile: path.join(root, 'index'),
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, XDG_CONFIG_HOME: home, GIT_CONFIG_GLOBAL: evil, GIT_CONFIG_PARAMETERS: `'core.fsmonitor'='${touch}'` }
    });

    expect(existsSync(marker)).toBe(false);
    expect(diff).toContain('diff --git a/app.py b/app.py');
    expect(diff).toContain('-x = 1\n+x = 2');
    expect(diff).toContain('diff --git a/new.txt b/new.txt\nnew file mode 100644');
    expect(diff).toContain('diff --git a/.gitattributes b/.gitattributes');
  });

  it('leaves the base repository untouched: a second diff of another tree is against the base again', async () => {
    const { gitDir, base } = await baseRepo({ 'a.txt': 'a\n', 'b.txt': 'b\n' });
    const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: root };
    const one = path.join(root, 'one');
    await mkdir(one);
    await writeFile(path.join(one, 'a.txt'), 'A\n');
    const first = await treeDiff({ gitDir, workTree: one, base, indexFile: path.join(root, 'i1'), env });
    expect(first).toContain('diff --git a/b.txt b/b.txt\ndeleted file mode 100644');
    const two = path.join(root, 'two');
    await mkdir(two);
    await writeFile(path.join(two, 'a.txt'), 'a\n');
    await writeFile(path.join(two, 'b.txt'), 'b\n');
    expect(await treeDiff({ gitDir, workTree: two, base, indexFile: path.join(root, 'i2'), env })).toBe('');
  });

  it('names git and its reason when the base commit is unknown', async () => {
    const { gitDir } = await baseRepo({ 'a.txt': 'a\n' });
    const tree = path.join(root, 'tree');
    await mkdir(tree);
    await expect(treeDiff({ gitDir, workTree: tree, base: 'f'.repeat(40), indexFile: path.join(root, 'i'), env: { PATH: process.env.PATH ?? '' } })).rejects.toThrow(
      /git diff --cached f{40} failed \(exit 128\): fatal: bad object/
    );
  });

  it('saves a patch over the cap cut, headed by a note and the list of every changed file, never dropped', async () => {
    const { gitDir, base } = await baseRepo({ 'a.txt': 'a\n', 'b.txt': 'b\n' });
    const tree = path.join(root, 'tree');
    await mkdir(tree);
    await writeFile(path.join(tree, 'a.txt'), 'x'.repeat(5000));
    await writeFile(path.join(tree, 'new.txt'), 'n\n');
    const diff = await treeDiff({ gitDir, workTree: tree, base, indexFile: path.join(root, 'i'), env: { PATH: process.env.PATH ?? '' }, capBytes: 1000 });
    expect(diff).toMatch(/^# opsbench: the patch is cut at 1000 bytes \(\d+ more bytes not kept\); the files it changes:\n# M\ta\.txt\n# D\tb\.txt\n# A\tnew\.txt\n/);
    expect(diff).toContain('diff --git a/a.txt b/a.txt');
    expect(diff.trimEnd().endsWith('# opsbench: cut here')).toBe(true);
    expect(diff.length).toBeLessThan(1500);
  });

  it('compares only the files a stopped copy reached: the base files it never reached count as unchanged', async () => {
    const { gitDir, base } = await baseRepo({ 'a.txt': 'a\n', 'z.txt': 'z\n' });
    const tree = path.join(root, 'tree');
    await mkdir(tree);
    await writeFile(path.join(tree, 'a.txt'), 'changed\n');
    const diff = await treeDiff({
      gitDir, workTree: tree, base, indexFile: path.join(root, 'i'), env: { PATH: process.env.PATH ?? '' },
      partial: { paths: ['a.txt'], cut: 'stopped at m.bin' }
    });
    expect(diff).toMatch(/^# stopped at m\.bin\ndiff --git a\/a\.txt b\/a\.txt\n/);
    expect(diff).toContain('+changed');
    expect(diff).not.toContain('z.txt');
  });
});
