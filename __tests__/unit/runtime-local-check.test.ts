import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { LocalRuntime } from '../../src/runtime/local/runtime.js';
import type { Framework } from '../../src/task/schema.js';
import { loadTask } from '../../src/task/load.js';
import type { Task } from '../../src/task/task.js';

let dir: string;
let base: Task;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'opsbench-localcheck-'));
  base = await loadTask(path.resolve('__tests__/fixtures/repos/python'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const withFramework = (framework: Framework): Task => ({ ...base, tests: { ...base.tests, framework } });
const runtimeWithPath = (PATH: string) => new LocalRuntime({ hostEnv: { PATH } });

describe('LocalRuntime.check', () => {
  test('a workspace-only task with its toolchain on PATH can run', async () => {
    expect(await new LocalRuntime({ hostEnv: process.env }).check(base)).toBeNull();
  });

  test('services beyond the workspace need Docker, listed sorted', async () => {
    const task = { ...base, services: ['workspace', 's3', 'mail'] };
    expect(await new LocalRuntime({ hostEnv: process.env }).check(task)).toBe('needs Docker (services: mail, s3)');
  });

  test('a compose file counts only for services other than the workspace', async () => {
    const onlyWorkspace = path.join(dir, 'only.yaml');
    await writeFile(onlyWorkspace, 'services:\n  workspace:\n    build: .\n');
    const withDb = path.join(dir, 'db.yaml');
    await writeFile(withDb, 'services:\n  workspace:\n    build: .\n  db:\n    image: postgres\n');
    const env = (compose: string): Task => ({ ...base, environment: { ...base.environment, compose } });
    expect(await new LocalRuntime({ hostEnv: process.env }).check(env(onlyWorkspace))).toBeNull();
    expect(await new LocalRuntime({ hostEnv: process.env }).check(env(withDb))).toBe('needs Docker (services: db)');
  });

  test('a missing toolchain is named', async () => {
    expect(await runtimeWithPath('/nonexistent').check(withFramework('go'))).toBe('missing toolchain: go');
    expect(await runtimeWithPath('/nonexistent').check(withFramework('junit'))).toBe('missing toolchain: java, mvn');
    expect(await runtimeWithPath('/nonexistent').check(withFramework('ctest'))).toBe('missing toolchain: cmake, ctest');
    expect(await runtimeWithPath('/nonexistent').check(withFramework('jest'))).toBe('missing toolchain: node, npx');
  });

  test('python3 without pytest importable is a missing toolchain too', async () => {
    const bin = path.join(dir, 'bin');
    await mkdir(bin, { recursive: true });
    await writeFile(path.join(bin, 'python3'), '#!/bin/sh\necho "No module named pytest" >&2\nexit 1\n');
    await chmod(path.join(bin, 'python3'), 0o755);
    expect(await runtimeWithPath(`${bin}:/usr/bin:/bin`).check(base)).toBe('missing toolchain: pytest');
  });
});
