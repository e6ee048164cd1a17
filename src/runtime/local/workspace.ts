import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EnvironmentStartError } from '../../core/errors.js';
import type { ExecResult } from '../environment.js';
import { cappedDiff, HARNESS_GIT_FLAGS, type HarnessGit } from '../harness-git.js';
import { sanitizeGitRepoArgv, workspaceGitEnv } from '../harness-git-config.js';
import { runProcess } from '../process-exec.js';

/**
 * Fixed identity and dates: the base commit needs no git config on the runner, and the same repository
 * always gets the same base sha.
 */
const BASE_COMMIT_ENV = {
  GIT_AUTHOR_NAME: 'OpsBench',
  GIT_AUTHOR_EMAIL: 'opsbench@localhost',
  GIT_AUTHOR_DATE: '2000-01-01T00:00:00Z',
  GIT_COMMITTER_NAME: 'OpsBench',
  GIT_COMMITTER_EMAIL: 'opsbench@localhost',
  GIT_COMMITTER_DATE: '2000-01-01T00:00:00Z',
  GIT_CONFIG_NOSYSTEM: '1'
};

/** The agent's own git identity (it may commit); written to the per-trial HOME. */
export const AGENT_GITCONFIG = `[user]
\tname = OpsBench Agent
\temail = agent@opsbench.invalid
[init]
\tdefaultBranch = main
[safe]
\tdirectory = *
[commit]
\tgpgsign = false
`;

async function git(dir: string, env: Record<string, string>, args: string[], maxBytes?: number): Promise<ExecResult> {
  return runProcess(['git', ...HARNESS_GIT_FLAGS, ...args], {
    cwd: dir,
    env: { ...env, ...BASE_COMMIT_ENV },
    timeoutSec: 600,
    maxBytes
  });
}

function gitFailure(what: string, result: ExecResult): string {
  return `${what} failed (exit ${result.exitCode}): ${(result.stderr || result.stdout).trim().slice(0, 2000)}`;
}

/**
 * Copies `repo` (or nothing) into `dir` without its .git, then commits everything as the base commit.
 * The repository's own .gitignore applies, as it would in any checkout.
 * @returns the base commit's sha
 * @throws EnvironmentStartError when copying or git fails (not retried: a local disk problem will not heal)
 */
export async function createWorkspace(repo: string | null, dir: string, env: Record<string, string>): Promise<string> {
  await mkdir(dir, { recursive: true });
  if (repo !== null) {
    try {
      await cp(repo, dir, {
        recursive: true,
        verbatimSymlinks: true,
        filter: (src) => path.basename(src) !== '.git'
      });
    } catch (error) {
      throw new EnvironmentStartError(`cannot copy ${repo} into the workspace: ${(error as Error).message}`, 'env_start', false, error);
    }
  }
  const steps: [string, string[]][] = [
    ['git init', ['init', '-q', '-b', 'main']],
    ['git add', ['add', '-A']],
    ['git commit', ['commit', '-q', '--no-verify', '--allow-empty', '-m', 'base']],
    ['git rev-parse', ['rev-parse', 'HEAD']]
  ];
  let last: ExecResult | undefined;
  for (const [what, args] of steps) {
    last = await git(dir, env, args);
    if (last.exitCode !== 0) throw new EnvironmentStartError(gitFailure(what, last), 'env_start', false);
  }
  return (last as ExecResult).stdout.trim();
}

/** Writes the agent's git identity into the per-trial HOME. */
export async function writeAgentGitConfig(home: string): Promise<void> {
  await writeFile(path.join(home, '.gitconfig'), AGENT_GITCONFIG);
}

/**
 * The workspace's change against `base` as a binary-safe patch, new untracked files included (the
 * repository's .gitignore still applies). The repository is made harness-owned first (harness-git-config.ts):
 * the agent's git config, attributes files and hooks are gone, so `git add -A` runs none of its filters.
 * The git dir is named explicitly: without a .git (the agent removed it) git must fail, not find a
 * repository above the workspace (the runner's own checkout) and stage its files.
 * @throws Error naming git's reason (e.g. the agent removed .git)
 */
export async function workspaceDiff(dir: string, base: string, env: Record<string, string>): Promise<string> {
  const sanitized = await runProcess(sanitizeGitRepoArgv(dir), { cwd: dir, env, timeoutSec: 120 });
  if (sanitized.exitCode !== 0) throw new Error(gitFailure('taking over the workspace\'s git configuration', sanitized));
  const hardened = { ...env, ...workspaceGitEnv(dir) };
  const git: HarnessGit = (args, maxBytes) =>
    runProcess(['git', `--git-dir=${path.join(dir, '.git')}`, `--work-tree=${dir}`, ...HARNESS_GIT_FLAGS, ...args], {
      cwd: dir,
      env: hardened,
      timeoutSec: 600,
      maxBytes
    });
  const add = await git(['add', '-A']);
  if (add.exitCode !== 0) throw new Error(gitFailure('git add -A', add));
  return cappedDiff(git, base);
}
