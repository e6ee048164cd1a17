import path from 'node:path';
import type { Environment } from '../runtime/environment.js';
import type { Task } from '../task/task.js';
import { GradeError } from '../core/errors.js';
import { applyPatchFile } from './patch-files.js';
import { makeScratchDir } from './scratch-dir.js';
import { APEX_CONTEXT_DIR } from '../task/apex-conventions.js';

export interface SolutionOptions {
  signal?: AbortSignal;
  /** For solution.sh; default the task's agent timeout. */
  timeoutSec?: number;
}

/**
 * Applies the task's reference solution in the workspace: `git apply` of golden.patch, or `bash
 * solution.sh`, each copied into a fresh directory outside the workspace first; or `python3 solution.py`
 * from the workspace (APEX-SWE's /app/solution.py). Used by the oracle agent
 * and by FAIL_TO_PASS computation.
 * @returns a line for the log
 * @throws PatchApplyError when golden.patch does not apply; GradeError when solution.sh exits non-zero
 */
export async function applySolution(env: Environment, task: Task, opts: SolutionOptions = {}): Promise<string> {
  const scratchDir = await makeScratchDir(env, 'solution');
  const solution = task.hidden.solution;
  if ('patch' in solution) {
    await applyPatchFile(env, solution.patch, scratchDir, path.basename(solution.patch));
    return `applied ${path.basename(solution.patch)}`;
  }
  // APEX-SWE ships solution.py, and its tests look for it at /app/solution.py: it goes there and runs with
  // python3. A shell solution runs with bash from outside the workspace.
  const python = solution.script.endsWith('.py');
  const script = python ? path.posix.join(task.layout === 'apex-integration' ? APEX_CONTEXT_DIR : env.workdir, 'solution.py') : `${scratchDir}/${path.basename(solution.script)}`;
  await env.copyIn(solution.script, script);
  const ran = await env.exec([python ? 'python3' : 'bash', script], {
    cwd: env.workdir,
    timeoutSec: opts.timeoutSec ?? task.timeouts.agentSec,
    signal: opts.signal
  });
  if (ran.exitCode !== 0) {
    const why = ran.timedOut ? 'timed out' : `exited ${ran.exitCode}`;
    throw new GradeError(`${path.basename(solution.script)} ${why}: ${(ran.stderr || ran.stdout).trim().slice(-2000)}`);
  }
  return `ran ${path.basename(solution.script)} (${Math.round(ran.durationMs)} ms)`;
}
