import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createCommandAgent } from '../../src/agent/command/command-agent.js';
import { DockerRuntime } from '../../src/runtime/docker/runtime.js';
import { runTrial } from '../../src/trial/run-trial.js';
import { trialSpec } from './cheats.js';
import { cleanupScratch, docker, fixtureTask, requireDocker } from './docker-support.js';

// The stack's wait at grading time (stack-ready.ts, for a task's own grader started then) looks at the
// grader alone. An agent (root in its container) that ends its own workspace, so that container has exited
// when grading starts, must get `failed` on what it left: a wait over the whole stack would fail on that
// exited container ("container ... exited") and make the trial an `error`, which resume and the retry
// policy run again on a fresh environment (a free re-roll).
afterAll(cleanupScratch);

test('an agent that makes its workspace exit before grading: failed, graded on what it left, never an error', async () => {
  await requireDocker();
  const task = await fixtureTask('two-service');
  // TERM to PID 1 (the init) ends the main command, and with it the container and this very exec.
  const agent = createCommandAgent({ command: 'kill -TERM 1; sleep 30' });
  const spec = await trialSpec(task, agent, new DockerRuntime({ hostEnv: process.env }));
  const result = await runTrial({ ...spec, retry: { maxRetries: 2, baseMs: 0 } });
  // Armed: the agent's own exec died with its container (137) well before its sleep was over.
  const log = await readFile(path.join(spec.artifactsDir, 'logs', 'trial.log'), 'utf8');
  expect(log).toMatch(/command agent exited with 137/);
  expect({ status: result.status, error_class: result.error_class }).toEqual({ status: 'failed', error_class: null });
  // Graded by the task's own grader, on the stack's api, with nothing of the agent's done.
  expect(log).toMatch(/grader: service "grader" up/);
  expect(result.tests.length).toBe(3);
  expect(result.fail_to_pass.passed).toBe(0);
  expect((await docker('ps', '-aq', '--filter', `label=dev.opsbench.run=${spec.runId}`)).trim()).toBe('');
}, 300_000);
