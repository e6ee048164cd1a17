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

  test('a malformed run id is refused with the form it takes, before anything is removed', async () => {
    const cap = captureIO();
    expect(await runCli(['cleanup', 'label=x'], cap.io)).toBe(1);
    expect(cap.stderr()).toContain('give exactly one run id');
  });
});
