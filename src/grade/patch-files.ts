import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parsePatch } from 'diff';
import type { Environment } from '../runtime/environment.js';
import { HARNESS_GIT_FLAGS } from '../runtime/harness-git.js';
import { sanitizedGitArgv, TAKEOVER_FAILED, workspaceGitEnv } from '../runtime/harness-git-config.js';
import { GradeError, PatchApplyError } from '../core/errors.js';

/** git as the harness runs it inside an environment: no hooks or fsmonitor from the workspace's config. */
export function gitArgv(...args: string[]): string[] {
  return ['git', '--literal-pathspecs', ...HARNESS_GIT_FLAGS, ...args];
}

function tail(text: string, max = 2000): string {
  const t = text.trim();
  return t.length > max ? `...${t.slice(-max)}` : t;
}

/**
 * Every path a patch touches (both sides of renames, created and deleted files), repository-relative.
 * @throws PatchApplyError when the patch names a path outside the repository
 */
export function patchedPaths(patchText: string, label: string): string[] {
  const paths = new Set<string>();
  for (const file of parsePatch(patchText)) {
    for (const name of [file.oldFileName, file.newFileName]) {
      if (name === undefined || name === '/dev/null' || name === '') continue;
      const rel = name.replace(/^[ab]\//, '');
      const normalized = path.posix.normalize(rel);
      if (path.posix.isAbsolute(normalized) || normalized.startsWith('../') || normalized === '..') {
        throw new PatchApplyError(`${label}: path ${name} is outside the repository`);
      }
      paths.add(normalized);
    }
  }
  return [...paths];
}

/**
 * `git apply`s a host patch in the workdir, the patch on stdin (no copy of it in the environment), in the
 * same call as the harness's takeover of the repository's configuration: `git apply` runs the clean and
 * smudge filters the config defines, and the agent could have defined them.
 * @throws PatchApplyError with git's reason when it does not apply or cannot be read; GradeError when the
 *   repository cannot be taken over
 */
export async function applyPatchFile(env: Environment, hostPatch: string, label: string): Promise<void> {
  let patch: Buffer;
  try {
    patch = await readFile(hostPatch);
  } catch (error) {
    throw new PatchApplyError(`cannot read ${label} (${hostPatch}): ${(error as Error).message}`, error);
  }
  const applied = await env.exec(sanitizedGitArgv(env.workdir, gitArgv('apply', '--whitespace=nowarn', '-')), {
    cwd: '/',
    env: workspaceGitEnv(env.workdir),
    input: patch
  });
  if (applied.exitCode === 125 && applied.stderr.includes(TAKEOVER_FAILED)) {
    throw new GradeError(`cannot take over the workspace's git configuration: ${tail(applied.stderr || applied.stdout)}`);
  }
  if (applied.exitCode !== 0) {
    throw new PatchApplyError(`${label} does not apply: ${tail(applied.stderr || applied.stdout)}`);
  }
}

/** Reads a host patch and returns the paths it touches. @throws PatchApplyError when unreadable */
export async function readPatchPaths(hostPatch: string, label: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(hostPatch, 'utf8');
  } catch (error) {
    throw new PatchApplyError(`cannot read ${label} (${hostPatch}): ${(error as Error).message}`, error);
  }
  return patchedPaths(text, label);
}
