import { appendFile, cp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createCommandAgent } from '../../src/agent/command/command-agent.js';
import { runTrial } from '../../src/trial/run-trial.js';
import { trialSpec } from './cheats.js';
import { shippedTaskOnDocker } from './docker-support.js';
import { cleanupScratch, scratch } from './grade-support.js';
import { loadTask } from '../../src/task/load.js';

// Issue 9: attacks beyond the tables, by the `command` agent (root in its container) against the
// shipped obs-py task, all in one trial: symlinks in the repository pointing at a host path and at /proc
// (the host never follows them: the copy keeps them as links), a setuid binary (modes come out 0644/0755),
// and tests planted where a grader might look (/tests, a new file in the repository's tests/; the grader is a
// fresh container and the test tree is reset).
afterAll(cleanupScratch);

test('symlinks to host paths and /proc, a setuid file and planted tests: nothing followed on the host, honest counts', async () => {
  const { runtime, task } = await shippedTaskOnDocker('observability/obs-py-webhook-retry-after');
  const command = `ln -s /etc/hostname hookrelay/host-link
ln -s /proc/1/environ hookrelay/proc-link
cp /bin/true hookrelay/suid-bin && chmod 4755 hookrelay/suid-bin
mkdir -p /tests && printf 'def test_planted():\\n    pass\\n' > /tests/test_planted.py
printf 'def test_planted():\\n    pass\\n' > tests/test_planted.py
ls -l hookrelay/suid-bin`;
  const spec = await trialSpec(task, createCommandAgent({ command }), runtime);
  const result = await runTrial(spec);
  expect(await readFile(path.join(spec.artifactsDir, 'agent', 'agent.log'), 'utf8')).toContain('-rwsr-xr-x');
  expect(result).toMatchObject({
    status: 'failed',
    error_class: null,
    fail_to_pass: { passed: 0, total: task.tests.failToPass.length },
    pass_to_pass: { passed: task.tests.passToPass.length, total: task.tests.passToPass.length }
  });
  expect(result.tests.map((t) => t.id).some((id) => id.includes('test_planted'))).toBe(false);
  const diff = await readFile(path.join(spec.artifactsDir, 'agent.diff'), 'utf8');
  // Links are diffed as links (mode 120000, the target as text), never as the content of what they name.
  expect(diff).toMatch(/diff --git a\/hookrelay\/host-link b\/hookrelay\/host-link\nnew file mode 120000\n[^]*?\n\+\/etc\/hostname\n/);
  expect(diff).toMatch(/diff --git a\/hookrelay\/proc-link b\/hookrelay\/proc-link\nnew file mode 120000\n[^]*?\n\+\/proc\/1\/environ\n/);
  expect(diff).not.toContain(`+${os.hostname()}`);
  expect(diff).toMatch(/diff --git a\/hookrelay\/suid-bin b\/hookrelay\/suid-bin\nnew file mode 100755\n/);
}, 600_000);

test("a file where the image has a directory (or a directory where it has a symlink) is the agent's failure, never an error", async () => {
  // The shipped task, its image also putting a directory and a symlink into one of the repository's own
  // directories, as images that COPY the repository do: the agent's copy of them goes to the grader.
  const { runtime, task: shipped } = await shippedTaskOnDocker('observability/obs-py-webhook-retry-after');
  const dir = path.join(await scratch(), 'reshaped');
  await cp(shipped.dir, dir, { recursive: true });
  await appendFile(path.join(dir, 'Dockerfile'), 'RUN mkdir -p /app/repo/hookrelay/cache /opt/outside && echo image > /app/repo/hookrelay/cache/x && ln -s /opt/outside /app/repo/hookrelay/linked\n');
  const task = await loadTask(dir);
  for (const command of [
    'rm -rf hookrelay/cache && echo agent > hookrelay/cache && ls -l hookrelay/cache',
    'rm hookrelay/linked && mkdir hookrelay/linked && echo planted > hookrelay/linked/conftest.py && ls -ld hookrelay/linked'
  ]) {
    const spec = await trialSpec(task, createCommandAgent({ command }), runtime);
    const result = await runTrial(spec);
    expect(await readFile(path.join(spec.artifactsDir, 'agent', 'agent.log'), 'utf8')).toMatch(/^[-d]rw/m);
    expect(result).toMatchObject({ status: 'failed', error_class: null });
    expect(result.error_message).toMatch(/cannot go into the grading container: .*cannot overwrite/);
  }
}, 900_000);
