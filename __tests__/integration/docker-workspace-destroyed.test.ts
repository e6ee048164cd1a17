import { createCommandAgent } from '../../src/agent/command/command-agent.js';
import { runTrial } from '../../src/trial/run-trial.js';
import { trialSpec } from './cheats.js';
import { shippedTaskOnDocker } from './docker-support.js';
import { cleanupScratch } from './grade-support.js';

// Issue 9, Build 4: once the agent phase has started, nothing the agent does makes the trial retryable. An
// agent (root in its container) that destroys or replaces its workspace gets `failed` (never `error`, which
// resume and the retry policy would run again on a fresh environment: a free re-roll), and the grade is the
// tests' verdict on what it left, the reason in error_message. Attacks of our own beyond the issue's table;
// the first three ended `error`/grade ("suite did not run"), which resume reruns.
afterAll(cleanupScratch);

const ROWS: Record<string, string> = {
  'the whole workdir removed': 'cd / && rm -rf /app/repo',
  'the workdir replaced by a symlink to /': 'cd / && rm -rf /app/repo && ln -s / /app/repo',
  'the workdir replaced by a file': 'cd / && rm -rf /app/repo && echo gone > /app/repo',
  'the workdir made unreadable and immutable-looking (mode 000 on every file)': 'chmod -R 000 /app/repo',
  'a FIFO and a device node planted where the grader reads': 'mkfifo /app/repo/tests/pipe && mknod /app/repo/hookrelay/null c 1 3 && true'
};

test.each(Object.entries(ROWS))('%s: failed (not a retryable error), graded on what is left', async (_name, command) => {
  const { runtime, task } = await shippedTaskOnDocker('observability/obs-py-webhook-retry-after');
  const spec = await trialSpec(task, createCommandAgent({ command }), runtime);
  const result = await runTrial({ ...spec, retry: { maxRetries: 2, baseMs: 0 } });
  expect({ status: result.status, error_class: result.error_class, message: result.error_message }).toMatchObject({ status: 'failed', error_class: null, message: expect.stringMatching(/\S/) });
  expect(result.fail_to_pass.passed).toBe(0);
}, 300_000);
