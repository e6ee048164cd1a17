import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { resetPackageJsonKey } from '../../src/grade/reset-package-key.js';
import type { Environment } from '../../src/runtime/environment.js';
import { LocalRuntime } from '../../src/runtime/local/runtime.js';
import { loadTask } from '../../src/task/load.js';

describe('putting package.json#jest back to the base', () => {
  let scratchDir: string;
  let env: Environment;
  let hostRepo: string;
  const pkg = async () => JSON.parse((await env.readFile('package.json')).toString('utf8')) as Record<string, unknown>;

  beforeAll(async () => {
    scratchDir = await mkdtemp(path.join(os.tmpdir(), 'opsbench-pkg-'));
    const task = await loadTask(path.resolve('tasks/observability/obs-js-orders-sync-cursor'));
    hostRepo = task.environment.repo as string;
    env = new LocalRuntime({ hostEnv: process.env }).create(task, { trialId: 'pkg', runId: 'r', scratchDir });
    await env.up();
  });
  afterAll(async () => {
    await env.down();
    await rm(scratchDir, { recursive: true, force: true });
  });

  test('a testResultsProcessor the agent added is dropped, the rest of its package.json is kept', async () => {
    const base = JSON.parse(await readFile(path.join(hostRepo, 'package.json'), 'utf8')) as { jest: unknown; dependencies: Record<string, string> };
    const mine = { ...base, dependencies: { ...base.dependencies, 'left-pad': '1.3.0' }, jest: { testResultsProcessor: './all-green.js' } };
    await env.writeFile('package.json', JSON.stringify(mine));
    expect(await resetPackageJsonKey(env, hostRepo, 'jest')).toBe(true);
    expect(await pkg()).toEqual({ ...mine, jest: base.jest });
    expect(await resetPackageJsonKey(env, hostRepo, 'jest')).toBe(false);
  });

  test('a key the base does not have is removed', async () => {
    await env.writeFile('package.json', JSON.stringify({ name: 'x', vitest: { reporters: ['./fake.js'] } }));
    await resetPackageJsonKey(env, hostRepo, 'vitest');
    expect(await pkg()).toEqual({ name: 'x' });
  });

  test('an unreadable package.json, or a symlink in its place, comes back whole from the base without writing through', async () => {
    const outside = path.join(scratchDir, 'outside.json');
    await writeFile(outside, '{ not json');
    await env.exec(['sh', '-c', 'rm package.json && ln -s "$1" package.json', 'sh', outside]);
    expect(await resetPackageJsonKey(env, hostRepo, 'jest')).toBe(true);
    expect((await env.readFile('package.json')).toString()).toBe(await readFile(path.join(hostRepo, 'package.json'), 'utf8'));
    expect(await readFile(outside, 'utf8')).toBe('{ not json');
    expect((await env.exec('test -L package.json || echo regular')).stdout).toBe('regular\n');
  });
});
