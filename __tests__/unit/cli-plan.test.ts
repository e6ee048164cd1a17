import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { captureIO } from '../helpers/cli-capture.js';

describe('opsbench plan', () => {
  test('counts 1,000 task directories without reading their task files', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'opsbench-plan-'));
    for (let i = 0; i < 1000; i++) {
      const dir = path.join(root, i % 2 ? 'integration' : 'observability', `task-${i}`);
      await mkdir(dir, { recursive: true });
      // Not valid YAML: plan must not parse it (the legs load and check their own tasks).
      await writeFile(path.join(dir, 'task.yaml'), 'id: [unclosed\n');
    }
    const cap = captureIO();
    expect(await runCli(['plan', '--tasks', root, '--models', 'openai:a,anthropic:b', '--shards', '3'], cap.io)).toBe(0);
    const matrix = JSON.parse(cap.stdout()) as { include: { model: string; shard: string }[] };
    expect(matrix.include).toHaveLength(6);
    expect(matrix.include[5]).toEqual({ model: 'anthropic:b', shard: '3/3' });
  });

  test('a directory without tasks is a one-line problem and exit 1', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'opsbench-plan-empty-'));
    const cap = captureIO();
    expect(await runCli(['plan', '--tasks', root], cap.io)).toBe(1);
    expect(cap.stderr()).toContain('no tasks found');
  });
});
