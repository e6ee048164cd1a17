import { cp, lstat, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { HARNESS_GIT_ENV, HARNESS_GIT_FLAGS } from './harness-git.js';
import { runProcess } from './process-exec.js';

/** Dependency and VCS trees never searched for the base's .gitignore files. */
const SKIP_RULES = new Set(['.git', 'node_modules']);
/** The copy of the agent's tree has no .git of its own, but one may be added for the grader. */
const SKIP_TREE = new Set(['.git']);

/**
 * Removes from `tree` (a host copy of the agent's workdir) every file the base repository does not have
 * and the BASE's .gitignore rules ignore: build output, caches and compiled files the agent left behind
 * (a `build/CMakeCache.txt` naming its own compiler, a `__pycache__/*.pyc`, a jest cache) would otherwise
 * be reused by the test command in the grader. The agent's own .gitignore edits do not count (un-ignoring
 * `build/` changes nothing here); a file the base ships, ignored or not, stays.
 * @returns the repository-relative paths removed
 * @throws Error naming git's reason when the rules cannot be evaluated
 */
export async function dropIgnoredAdditions(tree: string, baseRepo: string | null, env: Record<string, string>): Promise<string[]> {
  if (baseRepo === null) return [];
  const added: string[] = [];
  for (const rel of await listFiles(tree, SKIP_TREE)) if (!(await exists(path.join(baseRepo, rel)))) added.push(rel);
  if (added.length === 0) return [];
  const rules = await mkdtemp(path.join(os.tmpdir(), 'opsbench-ignore-'));
  try {
    const ignoreFiles = (await listFiles(baseRepo, SKIP_RULES)).filter((rel) => path.posix.basename(rel) === '.gitignore');
    if (ignoreFiles.length === 0) return [];
    for (const rel of ignoreFiles) await cp(path.join(baseRepo, rel), path.join(rules, rel), { dereference: false });
    const gitEnv = { ...pathOnly(env), ...HARNESS_GIT_ENV, LANG: 'C.UTF-8' };
    const init = await runProcess(['git', 'init', '-q', rules], { cwd: rules, env: gitEnv, timeoutSec: 60 });
    if (init.exitCode !== 0) throw new Error(`git init failed: ${init.stderr.trim()}`);
    const checked = await runProcess(['git', ...HARNESS_GIT_FLAGS, '-c', 'core.excludesFile=/dev/null', 'check-ignore', '--no-index', '--stdin', '-z'], {
      cwd: rules,
      env: gitEnv,
      timeoutSec: 120,
      input: `${added.join('\0')}\0`
    });
    // 1: nothing is ignored
    if (checked.exitCode !== 0 && checked.exitCode !== 1) throw new Error(`git check-ignore failed (exit ${checked.exitCode}): ${checked.stderr.trim().slice(0, 500)}`);
    const ignored = checked.stdout.split('\0').filter((p) => p !== '');
    for (const rel of ignored) await rm(path.join(tree, rel), { force: true, recursive: true });
    return ignored;
  } finally {
    await rm(rules, { recursive: true, force: true });
  }
}

/** Files and symlinks under `root`, repository-relative with `/`, outside directories named in `skip`; symlinks are not followed. */
async function listFiles(root: string, skip: Set<string>, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(path.join(root, rel), { withFileTypes: true })) {
    const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!skip.has(entry.name)) out.push(...(await listFiles(root, skip, child)));
    } else out.push(child);
  }
  return out;
}

async function exists(p: string): Promise<boolean> {
  return lstat(p).then(
    () => true,
    () => false
  );
}

function pathOnly(env: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (!k.startsWith('GIT_')) out[k] = v;
  return out;
}
