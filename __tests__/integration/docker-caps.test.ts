import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createCommandAgent } from '../../src/agent/command/command-agent.js';
import { OUTPUT_CAP_BYTES } from '../../src/runtime/process-exec.js';
import { runTrial } from '../../src/trial/run-trial.js';
import { trialSpec } from './cheats.js';
import { shippedTaskOnDocker } from './docker-support.js';
import { cleanupScratch } from './grade-support.js';

// Issue 9, item 6: a sparse 1 TB file in the repository wrote 4 GB to the host's /tmp and then agent.diff
// was not saved at all; logs were cut at their cap without a word. The `command` agent is the attacker.
afterAll(cleanupScratch);

test('a sparse 1 TB file: the host copy stops at its header (no GBs on the host), agent.diff is saved with a note, the trial fails; logs over their cap say how much was cut', async () => {
  const { runtime, task } = await shippedTaskOnDocker('observability/obs-py-webhook-retry-after');
  const over = OUTPUT_CAP_BYTES + 1_000_000;
  // hookrelay/__init__.py comes before hookrelay/zz-huge.bin in the copy's (lexical) order.
  const command = `echo '# touched by the agent' >> hookrelay/__init__.py
truncate -s 1T hookrelay/zz-huge.bin
head -c ${over} /dev/zero | tr '\\0' a
head -c ${over} /dev/zero | tr '\\0' b | fold -w 1000 > /proc/1/fd/1
ls -ls hookrelay/zz-huge.bin >&2`;
  const spec = await trialSpec(task, createCommandAgent({ command }), runtime);
  // The host's disk while the agent's tree is on it: measured when the copy reports it stopped.
  let hostBytes = -1;
  const scratchDir = spec.scratchDir;
  const result = await runTrial({
    ...spec,
    log: (line) => {
      if (line.includes('the copy of the workspace stopped at')) hostBytes = Number(execFileSync('du', ['-sk', scratchDir], { encoding: 'utf8' }).split('\t')[0]) * 1024;
    }
  });
  expect(result.status).toBe('failed');
  expect(result.error_message).toContain('too large to grade');
  expect(result.error_message).toContain('hookrelay/zz-huge.bin: 1099511627776 bytes (apparent size)');
  expect(hostBytes).toBeGreaterThan(0);
  expect(hostBytes).toBeLessThan(64 * 1024 * 1024);

  const diff = await readFile(path.join(spec.artifactsDir, 'agent.diff'), 'utf8');
  expect(diff).toMatch(/^# opsbench: the copy of the workspace stopped at hookrelay\/zz-huge\.bin/);
  expect(diff).toContain('+# touched by the agent');
  // Files the copy never reached count as unchanged, not deleted.
  expect(diff).not.toContain('deleted file');

  const agentLog = await readFile(path.join(spec.artifactsDir, 'agent', 'agent.log'), 'utf8');
  expect(agentLog.trimEnd()).toMatch(/\[opsbench: \d+ more bytes of output were cut here \(cap \d+ bytes per stream\)\]$/);
  const serviceLog = await readFile(path.join(spec.artifactsDir, 'logs', `${task.environment.workspace}.log`), 'utf8');
  expect(serviceLog.trimEnd()).toMatch(/\[opsbench: \d+ more bytes of output were cut here/);
}, 600_000);

test('the same sparse file on an integration task: the trial fails naming it and the host holds no GBs', async () => {
  const { runtime, task } = await shippedTaskOnDocker('integration/int-redis-signup-worker');
  const spec = await trialSpec(task, createCommandAgent({ command: 'truncate -s 1T zz-huge.bin' }), runtime);
  let hostBytes = -1;
  const result = await runTrial({
    ...spec,
    log: (line) => {
      if (line.includes('the copy of the workspace stopped at')) hostBytes = Number(execFileSync('du', ['-sk', spec.scratchDir], { encoding: 'utf8' }).split('\t')[0]) * 1024;
    }
  });
  expect({ status: result.status, message: result.error_message }).toMatchObject({ status: 'failed', message: expect.stringContaining('zz-huge.bin: 1099511627776 bytes (apparent size)') });
  expect(hostBytes).toBeGreaterThan(0);
  expect(hostBytes).toBeLessThan(64 * 1024 * 1024);
}, 600_000);
