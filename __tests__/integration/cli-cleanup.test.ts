import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { defaultRunScratchDir } from '../../src/runtime/cleanup.js';
import { runCli } from '../../src/cli/main.js';
import { captureIO } from '../helpers/cli-capture.js';
import { docker, labelled, requireDocker } from './docker-support.js';

describe('opsbench cleanup', () => {
  beforeAll(requireDocker);

  test('removes the containers, networks and volumes labelled with the run id and leaves others alone', async () => {
    const runId = `cleanuptest${Date.now()}`;
    const other = `${runId}x`;
    await docker('network', 'create', '--label', `dev.opsbench.run=${runId}`, `${runId}-net`);
    await docker('volume', 'create', '--label', `dev.opsbench.run=${runId}`, `${runId}-vol`);
    await docker('create', '--label', `dev.opsbench.run=${runId}`, '--name', `${runId}-c`, 'debian:bookworm-slim', 'sleep', '60');
    await docker('volume', 'create', '--label', `dev.opsbench.run=${other}`, `${other}-vol`);
    try {
      const cap = captureIO();
      expect(await runCli(['cleanup', runId], cap.io)).toBe(0);
      expect(cap.stdout()).toContain(`removed 3 resource(s) of run ${runId}`);
      expect(await labelled('dev.opsbench.run', runId)).toEqual([]);
      expect(await labelled('dev.opsbench.run', other)).toEqual([`volume ${other}-vol`]);
    } finally {
      await docker('volume', 'rm', '-f', `${other}-vol`);
    }
  });

  test("removes the run's host scratch directory (workspaces, copies, build contexts a killed run left)", async () => {
    const runId = `cleanuptest${Date.now()}s`;
    const dir = defaultRunScratchDir(runId);
    await mkdir(path.join(dir, 'docker-ob-x', 'agent-tree-1'), { recursive: true });
    await writeFile(path.join(dir, 'docker-ob-x', 'compose.json'), '{}');
    const cap = captureIO();
    expect(await runCli(['cleanup', runId], cap.io)).toBe(0);
    expect(cap.stdout()).toContain(`removed 1 resource(s) of run ${runId}`);
    expect(existsSync(dir)).toBe(false);
  });

  test("ends the processes a killed local run left working in its trials' directories, in their own process group", async () => {
    const runId = `cleanuptest${Date.now()}p`;
    const trial = path.join(defaultRunScratchDir(runId), 'local-t-1', 'repo');
    await mkdir(trial, { recursive: true });
    // What a local trial's command is after a kill -9 of its run: detached, in a group of its own, alive.
    const orphan = spawn('sleep', ['300'], { cwd: trial, detached: true, stdio: 'ignore' });
    const gone = new Promise((resolve) => orphan.on('exit', resolve));
    const cap = captureIO();
    expect(await runCli(['cleanup', runId], cap.io)).toBe(0);
    expect(cap.stdout()).toContain(`local cleanup of run ${runId}: ended 1 process(es) (pids ${orphan.pid})`);
    expect(cap.stdout()).toContain(`removed 2 resource(s) of run ${runId}`);
    await gone;
    expect(orphan.signalCode).toBe('SIGKILL');
    expect(existsSync(defaultRunScratchDir(runId))).toBe(false);
  });

  test('a malformed run id is refused with the form it takes, before anything is removed', async () => {
    const cap = captureIO();
    expect(await runCli(['cleanup', 'label=x'], cap.io)).toBe(1);
    expect(cap.stderr()).toContain('give exactly one run id');
  });
});
