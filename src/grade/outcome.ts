import type { ErrorClass, LayerResult, ProcessVerification, TrialStatus } from '../core/trial-result.js';
import type { TestCaseResult } from '../frameworks/framework.js';

export type { TestCaseResult };

/** What one run of a task's test command produced, parsed from the framework's structured report. */
export interface SuiteRun {
  /** False when no structured report was produced or it holds no tests: the suite did not demonstrably run. */
  ran: boolean;
  exitCode: number;
  timedOut: boolean;
  tests: TestCaseResult[];
  /** Raw console output of the test command (kept as an artifact, never used for the verdict). */
  output: string;
  durationMs: number;
  /** Why `ran` is false (no report written, report unreadable, no tests in it). */
  problem?: string;
  /** Things worth a log line that do not change the verdict (duplicate ids merged, unreadable extra reports). */
  notes?: string[];
}

/** The grader's verdict for one trial. */
export interface GradeOutcome {
  status: TrialStatus;
  errorClass: ErrorClass | null;
  message: string | null;
  failToPass: { passed: number; total: number };
  passToPass: { passed: number; total: number };
  /** Share of the task's F2P + P2P tests passing, 0..1. */
  correctness: number;
  tests: TestCaseResult[];
  testCommandMs: number;
  /** APEX-SWE's test layers as graded in this trial (layers.ts); absent when the task has none. */
  layers?: LayerResult[];
  /** APEX-SWE's process_checks against the agent's conversation (process-checks.ts); absent when the task has none. */
  processVerification?: ProcessVerification;
  /**
   * The suite ran on the tree being graded and gave no verdict (no report, or a non-zero exit with no failing
   * test): an `error` of the grade, which a trial after its agent phase counts as the agent's failure.
   */
  noVerdict?: true;
}

export interface GradeContext {
  task: import('../task/task.js').Task;
  /** The environment the agent worked in, after the agent stopped. */
  env: import('../runtime/environment.js').Environment;
  /** Host directory for the grade's artifacts (test output, report files, parsed tests). */
  artifactsDir: string;
  /** The agent's trajectory on the host (APEX's verifiers read it as ./trajectory.jsonl). */
  trajectory?: string;
  signal?: AbortSignal;
  log?: (line: string) => void;
}

/** grade/grade-trial.ts implements this; the trial calls it once the agent has stopped. */
export type Grader = (ctx: GradeContext) => Promise<GradeOutcome>;
