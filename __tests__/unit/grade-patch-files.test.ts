import { access, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { applyPatchFile, patchedPaths } from '../../src/grade/patch-files.js';
import type { Environment } from '../../src/runtime/environment.js';
import { LocalRuntime } from '../../src/runtime/local/runtime.js';
import { loadTask } from '../../src/task/load.js';

// A real git patch: a binary change, a rename with an edit, a new file and a deleted file.
const GIT_PATCH = `diff --git a/bin.dat b/bin.dat
index bdc955b..8835708 100644
GIT binary patch
literal 2
JcmZQz0ssI600RI3

literal 2
JcmZQz1ONa700IC2

diff --git a/a.txt b/c.txt
similarity index 50%
rename from a.txt
rename to c.txt
index 7898192..422c2b7 100644
--- a/a.txt
+++ b/c.txt
@@ -1 +1,2 @@
 a
+b
diff --git a/n.txt b/n.txt
new file mode 100644
index 0000000..3e75765
--- /dev/null
+++ b/n.txt
@@ -0,0 +1 @@
+new
diff --git a/old.txt b/old.txt
deleted file mode 100644
index 3e75765..0000000
--- a/old.txt
+++ /dev/null
@@ -1 +0,0 @@
-old
`;

describe('patchedPaths', () => {
  test('lists every path a git patch touches: both sides of a rename, new, deleted and binary files', () => {
    expect(patchedPaths(GIT_PATCH, 'test.patch').sort()).toEqual(['a.txt', 'bin.dat', 'c.txt', 'n.txt', 'old.txt']);
  });

  test('a path outside the repository is refused', () => {
    const evil = GIT_PATCH.replace('+++ b/n.txt', '+++ b/../../etc/n.txt');
    expect(() => patchedPaths(evil, 'test.patch')).toThrow('test.patch: path b/../../etc/n.txt is outside the repository');
  });
});

describe('applying a patch inside an environment', () => {
  let scratchDir: string;
  let env: Environment;

  beforeAll(async () => {
    scratchDir = await mkdtemp(path.join(os.tmpdir(), 'opsbench-patch-'));
    const task = await loadTask(path.resolve('__tests__/fixtures/repos/python'));
    env = new LocalRuntime({ hostEnv: process.env }).create(task, { trialId: 'patch', runId: 'r', scratchDir });
    await env.up();
  });
  afterAll(async () => {
    await env.down();
    await rm(scratchDir, { recursive: true, force: true });
  });

  async function patchFile(name: string, file: string, text: string): Promise<string> {
    const dir = path.join(scratchDir, 'patches');
    await mkdir(dir, { recursive: true });
    const patch = path.join(dir, name);
    await writeFile(patch, `diff --git a/${file} b/${file}\nnew file mode 100644\n--- /dev/null\n+++ b/${file}\n@@ -0,0 +1 @@\n+${text}\n`);
    return patch;
  }

  test('a patch is applied from stdin (no copy of it in the environment), and one that does not apply names git\'s reason', async () => {
    const good = await patchFile('good.patch', 'NOTES', 'hello');
    await applyPatchFile(env, good, 'good.patch');
    expect((await env.readFile('NOTES')).toString()).toBe('hello\n');
    await expect(applyPatchFile(env, good, 'good.patch')).rejects.toThrow(/^good\.patch does not apply: error: NOTES: already exists in working directory/);
    await expect(applyPatchFile(env, path.join(scratchDir, 'missing.patch'), 'missing.patch')).rejects.toThrow(/^cannot read missing\.patch/);
  });

  test('bytes that are not UTF-8 reach git unchanged through stdin', async () => {
    const dir = path.join(scratchDir, 'patches');
    await mkdir(dir, { recursive: true });
    const patch = path.join(dir, 'latin1.patch');
    const line = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]); // "café" in Latin-1: invalid UTF-8
    await writeFile(patch, Buffer.concat([Buffer.from('diff --git a/LATIN1 b/LATIN1\nnew file mode 100644\n--- /dev/null\n+++ b/LATIN1\n@@ -0,0 +1 @@\n+'), line]));
    await applyPatchFile(env, patch, 'latin1.patch');
    expect(await env.readFile('LATIN1')).toEqual(line);
  });

  test('a repository that cannot be taken over is a grading error, not the patch failing', async () => {
    const gone = { ...env, workdir: path.join(scratchDir, 'no-such-workdir'), exec: env.exec.bind(env) } as typeof env;
    await expect(applyPatchFile(gone, await patchFile('x.patch', 'X', 'x'), 'x.patch')).rejects.toMatchObject({
      name: 'GradeError',
      message: expect.stringMatching(/^cannot take over the workspace's git configuration: .*opsbench: cannot take over the repository/s)
    });
  });

  test('filters, fsmonitor and textconv the agent defined in .git/config or ~/.gitconfig run nothing when the patch is applied', async () => {
    const marker = path.join(scratchDir, 'agent-code-ran');
    // A filter that works (content through unchanged) and leaves a trace: the agent's code ran.
    const run = `tee -a ${marker}`;
    const filter = `[filter "x"]\n\tclean = ${run}\n\tsmudge = ${run}\n\trequired = true\n[core]\n\tfsmonitor = touch ${marker}\n[diff "x"]\n\ttextconv = ${run}\n`;
    await env.exec(['sh', '-c', `printf '%s' "$1" >> .git/config && printf '* filter=x\\n' > .git/info/attributes`, 'sh', filter]);
    await env.exec(['sh', '-c', `printf '%s' "$1" >> "$HOME/.gitconfig" && printf '* filter=x\\n' > .gitattributes`, 'sh', filter]);
    // Proof the trap is armed: plain git in the workspace runs the agent's filter.
    await env.exec('git add -A');
    await expect(access(marker)).resolves.toBeUndefined();
    await rm(marker);

    await applyPatchFile(env, await patchFile('filtered.patch', 'FILTERED', 'text'), 'filtered.patch');
    expect((await env.readFile('FILTERED')).toString()).toBe('text\n');
    await expect(access(marker)).rejects.toThrow(/ENOENT/);
    expect((await env.readFile('.git/config')).toString()).not.toContain('filter');
    await expect(env.readFile('.git/info/attributes')).rejects.toThrow(/ENOENT/);
  });

  test('a .git that is a gitdir: file is removed, and a repository above the workspace is never used', async () => {
    const marker = path.join(scratchDir, 'parent-filter-ran');
    const evil = path.join(scratchDir, 'evil.git');
    await env.exec(['sh', '-c', 'git init -q --bare "$1" && mv .git "$1-moved" && printf "gitdir: %s\\n" "$1" > .git', 'sh', evil]);
    // The directory above the workspace is the agent's too: a repository there with a filter for every file.
    const parent = path.dirname(env.workdir);
    await env.exec(['sh', '-c', 'git init -q "$1" && printf "[filter \\"x\\"]\\n\\tclean = tee -a %s\\n\\tsmudge = tee -a %s\\n" "$2" "$2" >> "$1/.git/config" && printf "* filter=x\\n" > "$1/.git/info/attributes"', 'sh', parent, marker]);
    await env.exec('git add -A', { cwd: parent });
    await expect(access(marker)).resolves.toBeUndefined();
    await rm(marker);

    await applyPatchFile(env, await patchFile('nogit.patch', 'NOGIT', 'plain'), 'nogit.patch');
    expect((await env.readFile('NOGIT')).toString()).toBe('plain\n');
    await expect(env.readFile('.git')).rejects.toThrow(/ENOENT/);
    await expect(access(marker)).rejects.toThrow(/ENOENT/);
  });
});
