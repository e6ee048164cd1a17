import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { actionsImageCache, type CachePort } from '../../src/action/image-cache.js';
import { DockerRuntime } from '../../src/runtime/docker/runtime.js';
import type { DockerEnvironment } from '../../src/runtime/docker/environment.js';
import { HASH_LABEL } from '../../src/runtime/docker/images.js';
import { loadTask } from '../../src/task/load.js';
import type { Task } from '../../src/task/task.js';
import { cleanupScratch, docker, requireDocker, scratch } from './docker-support.js';

/** A task whose one image is new to this engine: its Dockerfile writes a stamp unique to this test run. */
async function freshTask(): Promise<Task> {
  const dir = path.join(await scratch(), 'fresh');
  await mkdir(path.join(dir, 'tests'), { recursive: true });
  await writeFile(path.join(dir, 'Dockerfile'), `ARG BASE_IMAGE=debian:bookworm-slim\nFROM \${BASE_IMAGE}\nRUN echo ${Date.now()}-${Math.random()} > /stamp\n`);
  await writeFile(path.join(dir, 'tests', 'test_x.py'), 'def test_x():\n    pass\n');
  await writeFile(path.join(dir, 'solution.sh'), '#!/bin/bash\ntrue\n');
  await writeFile(
    path.join(dir, 'compose.yaml'),
    'services:\n  workspace:\n    build: { context: ., args: { BASE_IMAGE: "${BASE_IMAGE:-debian:bookworm-slim}" } }\n    command: ["sleep", "infinity"]\n  grader:\n    image: ${BASE_IMAGE:-debian:bookworm-slim}\n    profiles: ["grader"]\n'
  );
  await writeFile(path.join(dir, 'task.yaml'), 'id: docker-fresh-image\nfamily: integration\ninstruction: none\nenvironment: { compose: compose.yaml }\ntests: { framework: pytest, command: "true" }\nsolution: { script: solution.sh }\n');
  return loadTask(dir);
}

/** @actions/cache's contract over a plain directory. */
function directoryCache(store: string): CachePort & { saved: string[] } {
  const saved: string[] = [];
  return {
    saved,
    isFeatureAvailable: () => true,
    async restoreCache([file], key) {
      try {
        await copyFile(path.join(store, key), file!);
        return key;
      } catch {
        return undefined;
      }
    },
    async saveCache([file], key) {
      await mkdir(store, { recursive: true });
      await copyFile(file!, path.join(store, key));
      saved.push(key);
      return 1;
    }
  };
}

describe('images are built once, by content hash, and kept', () => {
  const made: string[] = [];
  beforeAll(requireDocker, 30_000);
  afterAll(async () => {
    for (const hash of made) {
      const ids = (await docker('images', '-q', '--filter', `label=${HASH_LABEL}=${hash}`)).split('\n').filter(Boolean);
      if (ids.length > 0) await docker('rmi', '-f', ...new Set(ids));
    }
    await cleanupScratch();
  });

  async function up(runtime: DockerRuntime, task: Task, n: number): Promise<DockerEnvironment[]> {
    const runId = `img${Date.now()}`;
    const scratchDir = await scratch();
    const envs = Array.from({ length: n }, (_, i) => runtime.create(task, { runId, trialId: `${runId}-${i}`, scratchDir }) as DockerEnvironment);
    try {
      await Promise.all(envs.map((env) => env.up()));
    } finally {
      await Promise.all(envs.map((env) => env.down()));
    }
    return envs;
  }

  test('three trials of a task starting together build its image once; the first says built, the others reused; a later run reuses the tag', async () => {
    const task = await freshTask();
    const lines: string[] = [];
    const envs = await up(new DockerRuntime({ hostEnv: process.env, log: (line) => lines.push(line) }), task, 3);
    expect(envs.map((e) => e.imageStatus).sort()).toEqual(['built', 'reused', 'reused']);
    const builds = lines.filter((l) => l.startsWith('docker build opsbench/docker-fresh-image-workspace:'));
    expect(builds).toHaveLength(1);
    made.push((await docker('image', 'inspect', '--format', `{{index .Config.Labels "${HASH_LABEL}"}}`, builds[0]!.split(' ')[2]!)).trim());

    const later: string[] = [];
    const [again] = await up(new DockerRuntime({ hostEnv: process.env, log: (line) => later.push(line) }), task, 1);
    expect(again?.imageStatus).toBe('reused');
    expect(later.filter((l) => l.startsWith('docker build'))).toEqual([]);
  }, 300_000);

  test("the Action's image cache saves a built image, and a run on a machine without it loads it instead of building", async () => {
    const task = await freshTask();
    const cache = directoryCache(path.join(await scratch(), 'store'));
    const hooks = (log: (line: string) => void) => actionsImageCache({ dir: path.join(path.dirname(task.dir), 'tarballs'), cache, log });
    const first: string[] = [];
    const [built] = await up(new DockerRuntime({ hostEnv: process.env, imageCache: hooks((line) => first.push(line)), log: (line) => first.push(line) }), task, 1);
    expect(built?.imageStatus).toBe('built');
    expect(cache.saved).toHaveLength(1);
    expect(first.some((l) => l.startsWith('image cache: saved opsbench/docker-fresh-image-workspace:'))).toBe(true);
    const hash = cache.saved[0]!.replace('opsbench-image-', '');
    made.push(hash);

    // The next job's machine: the image is gone.
    await docker('rmi', '-f', ...new Set((await docker('images', '-q', '--filter', `label=${HASH_LABEL}=${hash}`)).split('\n').filter(Boolean)));
    const second: string[] = [];
    const [restored] = await up(new DockerRuntime({ hostEnv: process.env, imageCache: hooks((line) => second.push(line)), log: (line) => second.push(line) }), task, 1);
    expect(restored?.imageStatus).toBe('reused');
    expect(second.filter((l) => l.startsWith('docker build'))).toEqual([]);
    expect(second.some((l) => l.startsWith('image cache: restored opsbench/docker-fresh-image-workspace:'))).toBe(true);
  }, 300_000);
});
