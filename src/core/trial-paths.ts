import path from 'node:path';

/**
 * Where one trial keeps its artifacts: the only place that knows the layout. The trial writes them, the
 * agents and the grader write into their own folders, the report reads them back.
 * ```
 * <out>/trials/<task_id>/<attempt>/     (<variant>-<attempt> when agents share one out dir)
 *   agent.diff          the workspace's change, taken before grading
 *   agent/              what the agent wrote
 *     trajectory.jsonl  every turn, tool call and result as the model saw it
 *   grade/              test output, the framework's report, tests.json
 *   logs/               service logs (env.logs()), trial.log (the harness's own lines)
 *   result.json         the TrialResult, also appended to <out>/results.jsonl
 * ```
 */
export interface TrialPaths {
  root: string;
  diff: string;
  agentDir: string;
  trajectory: string;
  gradeDir: string;
  logsDir: string;
  trialLog: string;
  result: string;
}

/** The file an agent writes its trajectory to, inside the agent folder it is handed. */
export const TRAJECTORY_FILE = 'trajectory.jsonl';

/** The trials folder of a run's out dir (results.jsonl sits beside it). */
export function trialsDir(outDir: string): string {
  return path.join(outDir, 'trials');
}

/** The artifact paths of one trial. `variant` separates agents sharing one out dir (check-tasks runs oracle and null side by side). */
export function trialPaths(outDir: string, taskId: string, attempt: number, variant?: string): TrialPaths {
  return pathsUnder(path.join(trialsDir(outDir), taskId, variant ? `${variant}-${attempt}` : String(attempt)));
}

/** The artifact paths of a trial folder found on disk. */
export function pathsUnder(root: string): TrialPaths {
  const agentDir = path.join(root, 'agent');
  const logsDir = path.join(root, 'logs');
  return {
    root,
    diff: path.join(root, 'agent.diff'),
    agentDir,
    trajectory: path.join(agentDir, TRAJECTORY_FILE),
    gradeDir: path.join(root, 'grade'),
    logsDir,
    trialLog: path.join(logsDir, 'trial.log'),
    result: path.join(root, 'result.json')
  };
}
