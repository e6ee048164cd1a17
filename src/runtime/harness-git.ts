import type { ExecResult } from './environment.js';
import { writeFile } from 'node:fs/promises';
import { cutNote, runProcess } from './process-exec.js';

/**
 * Flags for every git call the harness itself makes in a workspace: the agent can write .git/config, so
 * hooks and fsmonitor (both run programs) are switched off, signing never prompts, and no attributes file
 * outside the tree is read.
 */
export const HARNESS_GIT_FLAGS = [
  '-c',
  'core.hooksPath=/dev/null',
  '-c',
  'core.fsmonitor=false',
  '-c',
  'commit.gpgsign=false',
  '-c',
  'core.attributesFile=/dev/null'
];

/**
 * Environment of host git over a harness-owned repository: neither the runner's system or user config
 * nor its system attributes apply, so no filter, textconv or external diff driver is defined at all.
 */
export const HARNESS_GIT_ENV: Readonly<Record<string, string>> = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_ATTR_NOSYSTEM: '1',
  GIT_TERMINAL_PROMPT: '0'
};

/** A patch can be large (vendored files, binaries); the 10 MiB exec cap would cut it. */
export const DIFF_CAP_BYTES = 256 * 1024 * 1024;

export interface TreeDiffOptions {
  /** A git directory the harness made and only the harness has written (never one the agent could touch). */
  gitDir: string;
  /** The tree to compare: a copy of the workspace holding no `.git` of its own. */
  workTree: string;
  /** The commit to compare against. */
  base: string;
  /** A file that does not exist yet: the index git builds for this diff (the git dir's own index stays as it is). */
  indexFile: string;
  /** PATH and HOME for git; any GIT_* variable in it is dropped. */
  env: Record<string, string>;
  /**
   * The copy of the workspace stopped part way: only these paths (relative to the tree, the files it
   * copied) are compared, every other file of the base counts as unchanged, and `cut` heads the patch.
   */
  partial?: { paths: string[]; cut: string };
  /** Default {@link DIFF_CAP_BYTES}. */
  capBytes?: number;
}

/** A git call over a harness-owned repository, its output capped at `maxBytes`. */
export type HarnessGit = (args: string[], maxBytes?: number) => Promise<ExecResult>;

/**
 * The change of `workTree` against `base` as a binary-safe patch, new files included (the tree's .gitignore
 * and the git dir's info/exclude apply). The configuration is the harness's alone: an in-tree
 * .gitattributes naming `filter=` or `diff=` drivers names drivers that are defined nowhere, so git runs
 * no program; textconv and external diff are off on top of that. A patch over the cap comes back cut
 * (see {@link cappedDiff}), never dropped.
 * @throws Error naming git's reason
 */
export async function treeDiff(opts: TreeDiffOptions): Promise<string> {
  const env: Record<string, string> = { LANG: 'C.UTF-8' };
  for (const [key, value] of Object.entries(opts.env)) if (!key.startsWith('GIT_')) env[key] = value;
  Object.assign(env, HARNESS_GIT_ENV, { GIT_INDEX_FILE: opts.indexFile, GIT_LITERAL_PATHSPECS: '1' });
  const git: HarnessGit = (args, maxBytes) =>
    runProcess(['git', `--git-dir=${opts.gitDir}`, `--work-tree=${opts.workTree}`, ...HARNESS_GIT_FLAGS, ...args], {
      cwd: opts.workTree,
      env,
      timeoutSec: 600,
      maxBytes
    });
  const add = await git(['add', '-A']);
  if (add.exitCode !== 0) throw new Error(failure('git add -A', add));
  if (opts.partial) {
    // Files of the base the copy never reached go back to the base's in the index: unchanged, not deleted.
    const listed = await git(['ls-tree', '-r', '-z', '--name-only', opts.base], 256 * 1024 * 1024);
    if (listed.exitCode !== 0) throw new Error(failure(`git ls-tree ${opts.base}`, listed));
    const seen = new Set(opts.partial.paths);
    const unseen = listed.stdout.split('\0').filter((p) => p !== '' && !seen.has(p));
    if (unseen.length > 0) {
      const list = `${opts.indexFile}.paths`;
      await writeFile(list, unseen.map((p) => `${p}\0`).join(''));
      const reset = await git(['reset', '-q', opts.base, '--pathspec-file-nul', `--pathspec-from-file=${list}`]);
      if (reset.exitCode !== 0) throw new Error(failure('git reset (the files the copy did not reach)', reset));
    }
  }
  const diff = await cappedDiff(git, opts.base, opts.capBytes);
  return opts.partial ? `${commentLines(opts.partial.cut)}${diff}` : diff;
}

/** Text as `# ` lines, which `git apply` skips before the first `diff --git`. */
function commentLines(text: string): string {
  return text.split('\n').map((l) => `# ${l}\n`).join('');
}

/**
 * `git diff --cached base` (binary-safe). Over `capBytes` the patch is cut there, headed by a note saying
 * so and by the list of every changed file (`--name-status`), so a reader still sees what the agent touched.
 * @throws Error naming git's reason
 */
export async function cappedDiff(git: HarnessGit, base: string, capBytes = DIFF_CAP_BYTES): Promise<string> {
  const diff = await git(['diff', '--cached', '--binary', '--no-textconv', '--no-ext-diff', '--no-color', base, '--'], capBytes);
  if (diff.exitCode !== 0 && !diff.truncated) throw new Error(failure(`git diff --cached ${base}`, diff));
  if (!diff.truncated) return diff.stdout;
  const names = await git(['diff', '--cached', '--name-status', '--no-renames', base, '--']);
  if (names.exitCode !== 0) throw new Error(failure(`git diff --cached --name-status ${base}`, names));
  const note = `opsbench: the patch is cut at ${capBytes} bytes (${diff.cutBytes ?? 0} more bytes not kept); the files it changes:\n${names.stdout.trimEnd()}${cutNote(names)}`;
  return `${commentLines(note)}${diff.stdout}\n# opsbench: cut here\n`;
}

function failure(what: string, result: ExecResult): string {
  return `${what} failed (exit ${result.exitCode}): ${(result.stderr || result.stdout).trim().slice(0, 2000)}`;
}
