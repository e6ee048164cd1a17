import os from 'node:os';
import path from 'node:path';
import { fetchHfDataset, isHfRef, parseHfRef } from './hf-dataset.js';

/** Where fetched datasets are cached: $OPSBENCH_CACHE_DIR, else $XDG_CACHE_HOME/opsbench, else ~/.cache/opsbench. */
export function datasetCacheDir(env: Readonly<Record<string, string | undefined>>): string {
  return env.OPSBENCH_CACHE_DIR ?? path.join(env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'opsbench');
}

/**
 * A `--tasks` value as a directory on disk: an `hf://datasets/...` reference is downloaded (or found in the
 * cache) first; anything else is a path already. HF_TOKEN and HF_ENDPOINT are read as huggingface_hub reads them.
 */
export async function resolveTasksArg(tasks: string, env: Readonly<Record<string, string | undefined>>, log: (line: string) => void): Promise<string> {
  if (!isHfRef(tasks)) return tasks;
  return fetchHfDataset(parseHfRef(tasks), {
    cacheDir: datasetCacheDir(env),
    ...(env.HF_TOKEN ? { token: env.HF_TOKEN } : {}),
    ...(env.HF_ENDPOINT ? { endpoint: env.HF_ENDPOINT } : {}),
    log
  });
}
