import { access, constants } from 'node:fs/promises';
import path from 'node:path';
import { frameworks, type Framework } from '../frameworks/registry.js';
import { runProcess } from './process-exec.js';

/** Finds an executable on `pathEnv` the way a shell would; null when there is none. */
export async function which(name: string, pathEnv: string): Promise<string | null> {
  for (const dir of pathEnv.split(path.delimiter)) {
    if (dir === '') continue;
    const candidate = path.join(dir, name);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

const probed = new Map<string, Promise<string[]>>();

/**
 * The tools the framework needs that this host lacks (empty when it can run the suite): its toolchain's
 * `host` executables, then its `hostChecks` (pytest: importing it with the python3 found on PATH). Memoized per framework
 * and PATH: a run checks every task, and starting python through a version manager's shim is slow.
 */
export function missingToolchain(framework: Framework, env: Record<string, string>): Promise<string[]> {
  const key = `${framework}\0${env.PATH ?? ''}`;
  let result = probed.get(key);
  if (!result) {
    result = probe(framework, env);
    probed.set(key, result);
  }
  return result;
}

async function probe(framework: Framework, env: Record<string, string>): Promise<string[]> {
  const pathEnv = env.PATH ?? '';
  const missing: string[] = [];
  const toolchain = frameworks[framework].toolchain;
  for (const tool of toolchain.host) {
    if ((await which(tool, pathEnv)) === null) missing.push(tool);
  }
  if (missing.length > 0) return missing;
  for (const check of toolchain.hostChecks ?? []) {
    const result = await runProcess(check.command, { cwd: '/', env, timeoutSec: 30 });
    if (result.exitCode !== 0) missing.push(check.name);
  }
  return missing;
}
