import { cp, lstat, mkdir, mkdtemp, realpath, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Environment } from '../runtime/environment.js';
import { PatchApplyError } from '../core/errors.js';

/**
 * Files go back to the base from the task's repository ON THE HOST, not from the workspace's git: the
 * agent could have rewritten the base commit's objects, added a replace ref or defined a smudge filter,
 * and `git checkout <base> -- file` would then hand back its content. The base is what the workspace was
 * given: the repository's files as copied in (a file the repository's .gitignore hides included).
 */
export interface BaseSource {
  /** The task's base repository on the host (task.environment.repo); null: the base is empty. */
  hostRepo: string | null;
  /** A fresh directory in the environment, outside the workspace (scratch-dir.ts), for the copies. */
  scratchDir: string;
}

/**
 * Puts `paths` (repository-relative) back to the base: those the base has are copied from the host
 * repository, the others deleted (a file the test patch creates, or the agent planted under that name).
 * A directory on the way that the agent turned into a symlink or a file is removed first, so nothing is
 * written or deleted outside the workspace through it.
 * @throws PatchApplyError naming the reason
 */
export async function resetToBase(env: Environment, source: BaseSource, paths: string[]): Promise<void> {
  const wanted = [...new Set(paths.map(checkedRelative))];
  if (wanted.length === 0) return;
  const stage = await mkdtemp(path.join(os.tmpdir(), 'opsbench-base-'));
  try {
    const files = path.join(stage, 'files');
    await mkdir(files);
    let restored = 0;
    for (const rel of wanted) {
      const host = await baseFile(source.hostRepo, rel);
      if (host === null) continue;
      await mkdir(path.dirname(path.join(files, rel)), { recursive: true });
      await cp(host, path.join(files, rel), { recursive: true, verbatimSymlinks: true });
      restored++;
    }
    const inEnv = `${source.scratchDir}/base`;
    if (restored > 0) await env.copyIn(files, inEnv);
    const dirs = ancestors(wanted);
    const script = [
      'src=$1; n=$2; shift 2',
      'i=0; while [ "$i" -lt "$n" ]; do d=$1; shift; i=$((i + 1))',
      '  if [ -L "$d" ] || { [ -e "$d" ] && [ ! -d "$d" ]; }; then rm -f "$d" || exit 1; fi',
      'done',
      'rm -rf -- "$@" || exit 1',
      'if [ -n "$src" ]; then cp -R "$src/." . || exit 1; fi'
    ].join('\n');
    const done = await env.exec(['sh', '-c', script, 'reset', restored > 0 ? inEnv : '', String(dirs.length), ...dirs, ...wanted], { cwd: env.workdir });
    if (done.exitCode !== 0) {
      throw new PatchApplyError(`cannot reset ${wanted.join(', ')} to the base: ${(done.stderr || done.stdout).trim().slice(-2000)}`);
    }
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}

/** The host path of `rel` in the base, or null when the base has nothing there (or it lies outside the repository). */
async function baseFile(hostRepo: string | null, rel: string): Promise<string | null> {
  if (hostRepo === null) return null;
  const file = path.join(hostRepo, rel);
  try {
    await lstat(file);
    // A symlinked directory of the repository pointing elsewhere: git would not have it in the base either.
    const [dir, root] = await Promise.all([realpath(path.dirname(file)), realpath(hostRepo)]);
    return dir === root || dir.startsWith(`${root}${path.sep}`) ? file : null;
  } catch {
    return null;
  }
}

/** Every parent directory of `paths`, shallowest first. */
function ancestors(paths: string[]): string[] {
  const dirs = new Set<string>();
  for (const p of paths) {
    const parts = p.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
  }
  return [...dirs].sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));
}

/** @throws PatchApplyError for a path outside the repository (patchedPaths already refuses them; find never yields them) */
function checkedRelative(p: string): string {
  const normalized = path.posix.normalize(p.replace(/^\.\//, ''));
  if (normalized === '.' || normalized === '..' || normalized.startsWith('../') || path.posix.isAbsolute(normalized)) {
    throw new PatchApplyError(`cannot reset ${p}: not a path inside the repository`);
  }
  return normalized;
}
