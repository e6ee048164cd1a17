import { execFile } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ImageCacheHooks } from '../runtime/docker/images.js';
import type { Runtime } from '../runtime/runtime.js';
import { runtimeLoaders, type RuntimeLoader } from '../runtime/select.js';
import { actionsCache, type CachePort } from './cache-port.js';

export type { CachePort } from './cache-port.js';

export interface ImageCacheOptions {
  /** Where image tarballs are written on their way to and from the cache (e.g. RUNNER_TEMP). */
  dir: string;
  cache?: CachePort;
  docker?: string;
  log?: (line: string) => void;
}

/** Cache key of an image: its content hash (the build context, Dockerfile and args), nothing else. */
export function imageCacheKey(hash: string): string {
  return `opsbench-image-${hash}`;
}

/**
 * The Docker runtime's image cache over the Actions cache: a freshly built image is `docker save`d and
 * stored under its content hash; a later job restores the tarball and `docker load`s it instead of building.
 * Where the cache service is unavailable (not in Actions, GHES without cache) it does nothing.
 */
export function actionsImageCache(opts: ImageCacheOptions): ImageCacheHooks {
  const port = opts.cache ?? actionsCache;
  const docker = (args: string[]) => run(opts.docker ?? 'docker', args);
  const tarball = (hash: string) => path.join(opts.dir, `opsbench-image-${hash}.tar`);
  return {
    async restore(tag, hash) {
      if (!port.isFeatureAvailable()) return false;
      const file = tarball(hash);
      await mkdir(opts.dir, { recursive: true });
      try {
        if (!(await port.restoreCache([file], imageCacheKey(hash)))) return false;
        // The tarball holds the image under the name it was built as; an identical build may go by another task's name.
        const loaded = /Loaded image: (\S+)/.exec(await docker(['load', '-i', file]))?.[1];
        if (loaded && loaded !== tag) await docker(['tag', loaded, tag]);
        opts.log?.(`image cache: restored ${tag}`);
        return true;
      } finally {
        await rm(file, { force: true });
      }
    },
    async save(tag, hash) {
      if (!port.isFeatureAvailable()) return;
      const file = tarball(hash);
      await mkdir(opts.dir, { recursive: true });
      try {
        await docker(['save', '-o', file, tag]);
        await port.saveCache([file], imageCacheKey(hash));
        opts.log?.(`image cache: saved ${tag}`);
      } finally {
        await rm(file, { force: true });
      }
    }
  };
}

/**
 * The runtimes the Action offers: the engine's, with the Docker runtime's images kept in the Actions cache
 * when the `image-cache` input is true (off by default: a large image costs more to upload than to build).
 */
export function actionRuntimeLoaders(
  enabled: boolean,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void
): Partial<Record<Runtime['kind'], RuntimeLoader>> {
  if (!enabled) return runtimeLoaders;
  const dir = path.join(env.RUNNER_TEMP ?? os.tmpdir(), 'opsbench-images');
  return {
    ...runtimeLoaders,
    docker: async (host) =>
      new (await import('../runtime/docker/runtime.js')).DockerRuntime({ hostEnv: host.hostEnv, imageCache: actionsImageCache({ dir, log }), log })
  };
}

function run(file: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    // docker save/load of a large image takes minutes, never hours.
    execFile(file, args, { timeout: 30 * 60_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${file} ${args.join(' ')}: ${`${stderr}`.trim() || error.message}`));
      else resolve(`${stdout}`);
    });
  });
}
