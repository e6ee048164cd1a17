import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { DockerRuntime } from '../../src/runtime/docker/runtime.js';
import type { Environment } from '../../src/runtime/environment.js';
import { loadTask } from '../../src/task/load.js';
import { cleanupScratch, requireDocker, scratch } from './docker-support.js';

// Before grading, the workspace container is frozen, its files copied, then killed (environment.ts
// stopAgentProcesses): SIGKILL with no SIGTERM ever, so a main command that traps TERM gets no chance to act,
// and no restart policy brings it back.

const docker = (...args: string[]) => promisify(execFile)('docker', args).then((r) => r.stdout.trim());

describe("the workspace's end before grading", () => {
  let env: Environment;
  let container: string;

  beforeAll(async () => {
    await requireDocker();
    const dir = path.join(await scratch(), 'kill-task');
    await mkdir(path.join(dir, 'repo'), { recursive: true });
    await writeFile(path.join(dir, 'repo', 'a.txt'), 'a\n');
    await writeFile(path.join(dir, 'solution.sh'), '#!/bin/bash\ntrue\n');
    // The main command writes into the workdir on TERM: what an agent's replacement of it would do.
    await writeFile(
      path.join(dir, 'compose.yaml'),
      [
        'services:',
        '  workspace:',
        '    image: debian:bookworm-slim',
        '    init: true',
        '    restart: always',
        `    command: ["sh", "-c", "trap 'echo warned > /work/repo/term-seen; exit 0' TERM; sleep 100000 & wait"]`,
        ''
      ].join('\n')
    );
    await writeFile(
      path.join(dir, 'task.yaml'),
      'id: docker-kill-workspace\nfamily: integration\ninstruction: none\nenvironment:\n  compose: compose.yaml\n  repo: repo\n  workdir: /work/repo\ntests:\n  framework: pytest\n  command: "true"\nsolution: { script: solution.sh }\n'
    );
    const runtime = new DockerRuntime({ hostEnv: process.env });
    env = runtime.create(await loadTask(dir), { trialId: 'kill', runId: `killtest${process.pid}`, scratchDir: await scratch() });
    await env.up();
    container = (await docker('ps', '-q', '--filter', `label=dev.opsbench.run=killtest${process.pid}`, '--filter', 'name=-workspace-1')).split('\n')[0]!;
  }, 300_000);

  afterAll(async () => {
    await env?.down();
    await cleanupScratch();
  }, 120_000);

  it('freezes it, copies its files, then kills it: a TERM trap never runs and no restart policy brings it back', async () => {
    expect(container).not.toBe('');
    await env.stopAgentProcesses?.();
    expect(await docker('inspect', '--format', '{{.State.Paused}}', container)).toBe('true');
    expect(await env.diff()).not.toContain('term-seen');
    let state = '';
    for (let i = 0; i < 50 && state !== 'false false'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      state = await docker('inspect', '--format', '{{.State.Running}} {{.State.Paused}}', container);
    }
    expect(state).toBe('false false');
    await new Promise((r) => setTimeout(r, 1500));
    expect(await docker('inspect', '--format', '{{.State.Running}} {{.RestartCount}}', container)).toBe('false 0');
    // Nothing ran between the freeze and the kill: the trap's file is not in the container either.
    await expect(docker('cp', `${container}:/work/repo/term-seen`, '-')).rejects.toThrow();
  }, 120_000);
});
