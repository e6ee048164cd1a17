import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createCommandAgent } from '../../src/agent/command/command-agent.js';
import { runTrial } from '../../src/trial/run-trial.js';
import { trialSpec } from './cheats.js';
import { shippedTaskOnDocker } from './docker-support.js';
import { cleanupScratch } from './grade-support.js';

// Issue 9: no service had a pids, memory or CPU limit (a bounded fork tree made 4,208 processes on the host).
afterAll(cleanupScratch);

test('a fork tree in the workspace stops at the default pids limit, and the trial still ends with a verdict', async () => {
  const { runtime, task } = await shippedTaskOnDocker('observability/obs-py-webhook-retry-after');
  // python's fork fails at once at the limit (bash retries a failed fork for half a minute each time).
  const command = `python3 - <<'PY'
import os, time
n = 0
for i in range(3000):
    try:
        if os.fork() == 0:
            time.sleep(120)
            os._exit(0)
        n += 1
    except OSError:
        break
limit = [open(p).read().strip() for p in ("/sys/fs/cgroup/pids.max", "/sys/fs/cgroup/pids/pids.max") if os.path.exists(p)]
print("forked=%d pids.max=%s" % (n, limit[0] if limit else "?"), flush=True)
PY`;
  const spec = await trialSpec(task, createCommandAgent({ command }), runtime);
  const result = await runTrial(spec);
  const log = await readFile(path.join(spec.artifactsDir, 'agent', 'agent.log'), 'utf8');
  const forked = Number(/forked=(\d+)/.exec(log)?.[1]);
  expect(log).toContain('pids.max=2048');
  expect(forked).toBeGreaterThan(1000);
  expect(forked).toBeLessThan(2048);
  expect(result).toMatchObject({ status: 'failed', error_class: null });
}, 300_000);
