import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parsePatch } from 'diff';
import type { Environment } from '../runtime/environment.js';
import { HARNESS_GIT_FLAGS } from '../runtime/harness-git.js';
import { sanitizeGitRepoArgv, workspaceGitEnv } from '../runtime/harness-git-config.js';
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
 * Copies a host patch file into `scratchDir` (outside the workspace) and `git apply`s it in the workdir,
 * with the repository's git configuration taken over by the harness first: `git apply` runs the clean and
 * smudge filters the config defines, and the agent could have defined them.
 * @throws PatchApplyError with git's reason when it does not apply; GradeError when the repository cannot
 *   be taken over
 */
export async function applyPatchFile(env: Environment, hostPatch: string, scratchDir: string, label: string): Promise<void> {
  const inEnv = `${scratchDir}/${path.basename(hostPatch)}`;
  await env.copyIn(hostPatch, inEnv);
  await takeOverGitRepo(env);
  const applied = await env.exec(gitArgv('apply', '--whitespace=nowarn', inEnv), { cwd: env.workdir, env: workspaceGitEnv(env.workdir) });
  if (applied.exitCode !== 0) {
    throw new PatchApplyError(`${label} does not apply: ${tail(applied.stderr || applied.stdout)}`);
  }
}

/**
 * Makes the workspace's git repository harness-owned (runtime/harness-git-config.ts): the agent's config,
 * hooks and attributes files go, so no git call of the grader runs a program the agent named.
 * @throws GradeError when that fails
 */
export async function takeOverGitRepo(env: Environment): Promise<void> {
  const done = await env.exec(sanitizeGitRepoArgv(env.workdir), { cwd: '/' });
  if (done.exitCode !== 0) throw new GradeError(`cannot take over the workspace's git configuration: ${tail(done.stderr || done.stdout)}`);
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
