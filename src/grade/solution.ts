import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Environment } from '../runtime/environment.js';
import type { Task } from '../task/task.js';
import { GradeError } from '../core/errors.js';
import { applyPatchFile } from './patch-files.js';
import { APEX_CONTEXT_DIR } from '../task/apex-conventions.js';

export interface SolutionOptions {
  signal?: AbortSignal;
  /** For solution.sh; default the task's agent timeout. */
  timeoutSec?: number;
}

/**
 * Applies the task's reference solution in the workspace: `git apply` of golden.patch (on stdin), or `bash
 * solution.sh` written into a fresh directory outside the workspace by the same call that runs it; or
 * `python3 solution.py` from the workspace (APEX-SWE's /app/solution.py). Used by the oracle agent and by
 * FAIL_TO_PASS computation.
 * @returns a line for the log
 * @throws PatchApplyError when golden.patch does not apply; GradeError when the solution exits non-zero
 */
export async function applySolution(env: Environment, task: Task, opts: SolutionOptions = {}): Promise<string> {
  const solution = task.hidden.solution;
  if ('patch' in solution) {
    await applyPatchFile(env, solution.patch, path.basename(solution.patch));
    return `applied ${path.basename(solution.patch)}`;
  }
  const name = path.basename(solution.script);
  const run = { cwd: env.workdir, timeoutSec: opts.timeoutSec ?? task.timeouts.agentSec, signal: opts.signal };
  let ran;
  if (solution.script.endsWith('.py')) {
    // APEX-SWE ships solution.py, and its tests look for it at /app/solution.py: it goes there and runs with python3.
    const script = path.posix.join(task.layout === 'apex-integration' ? APEX_CONTEXT_DIR : env.workdir, 'solution.py');
    await env.copyIn(solution.script, script);
    ran = await env.exec(['python3', script], run);
  } else {
    ran = await env.exec(['sh', '-c', RUN_FROM_STDIN, 'opsbench-solution', env.workdir, name], { ...run, cwd: '/', input: await readFile(solution.script) });
  }
  if (ran.exitCode !== 0) {
    const why = ran.timedOut ? 'timed out' : `exited ${ran.exitCode}`;
    throw new GradeError(`${name} ${why}: ${(ran.stderr || ran.stdout).trim().slice(-2000)}`);
  }
  return `ran ${name} (${Math.round(ran.durationMs)} ms)`;
}

/**
 * `$1` the workdir, `$2` the script's name, the script on stdin: written into a fresh directory outside the
 * workspace (what an agent could plant in the workdir is never run) and run with bash from the workdir,
 * stdin closed as it would be without one.
 */
const RUN_FROM_STDIN = `d=$(mktemp -d -t opsbench-solution.XXXXXXXX) || exit 125
case "$d/" in "\${1%/}"/*) echo "opsbench: mktemp made $d inside the workspace $1; set TMPDIR outside it" >&2; exit 125;; esac
cat > "$d/$2" || { echo "opsbench: cannot write $d/$2" >&2; exit 125; }
cd "$1" || exit 125
exec bash "$d/$2" </dev/null
`;
