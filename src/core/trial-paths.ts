import path from 'node:path';

/**
 * Where a run and its trials keep their artifacts: the only place that knows the layout. The scheduler
 * writes results.jsonl, the trial its folder, the agents and the grader write into their own folders, the
 * report reads them back.
 * ```
 * <out>/results.jsonl                   one TrialResult per line
 * <out>/trials/<task_id>/<attempt>/     (<variant>-<attempt> when agents share one out dir)
 *   agent.diff          the workspace's change, taken before grading
 *   agent/              what the agent wrote
 *     trajectory.jsonl  every turn, tool call and result as the model saw it
 *     agent.log         a command agent's output (oracle.log: the oracle's)
 *   grade/              test-output.txt, report/ (the framework's own files), tests.json,
 *                       verifiers/ (APEX-SWE layer verifiers' output)
 *   logs/               service logs (<service>.log), trial.log (the harness's own lines)
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
/** A command agent's whole output, beside its trajectory. */
export const AGENT_LOG_FILE = 'agent.log';
/** The oracle's one line: how the solution went in. */
export const ORACLE_LOG_FILE = 'oracle.log';
/** The run's results, one TrialResult per line; a report finds them by this name in the folders it is given. */
export const RESULTS_FILE = 'results.jsonl';
/** One trial's TrialResult inside its folder; the trajectory viewer finds trial folders by it. */
export const RESULT_FILE = 'result.json';
const TRIALS = 'trials';

/** What the grader writes into the grade folder it is handed. */
export const GRADE_FILES = {
  /** The command, its exit and its output. */
  output: 'test-output.txt',
  /** The framework's own report files, as collected. */
  reportDir: 'report',
  /** The parsed tests and the run's summary. */
  tests: 'tests.json',
  /** One log per APEX-SWE layer verifier. */
  verifiers: 'verifiers'
} as const;

/** The results file of a run's out dir. */
export function resultsFile(outDir: string): string {
  return path.join(outDir, RESULTS_FILE);
}

/** The trials folder of a run's out dir (results.jsonl sits beside it). */
export function trialsDir(outDir: string): string {
  return path.join(outDir, TRIALS);
}

/** True for a trial folder: it holds result.json and lies under a trials/ folder. */
export function isTrialFolder(dir: string, fileName: string): boolean {
  return fileName === RESULT_FILE && dir.split(path.sep).includes(TRIALS);
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
    result: path.join(root, RESULT_FILE)
  };
}
