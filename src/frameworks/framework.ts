import type { TestStatus } from '../core/trial-result.js';

/** One test as the framework reported it. */
export interface TestCaseResult {
  /** The framework's own test id (pytest nodeid, `pkg/TestName/sub`, jest "file > describe > name", `Class#method`). */
  id: string;
  status: TestStatus;
}

export interface ReportFile {
  /** Where it was read (inside the environment). */
  path: string;
  text: string;
}

/**
 * What a framework reads its reports through: the part of the runtime's Environment (src/runtime/
 * environment.ts) that collecting needs, so this folder stays below the runtime in the layers.
 */
export interface ReportSource {
  readonly workdir: string;
  exec(cmd: string, opts?: { cwd?: string }): Promise<{ stdout: string }>;
  readFile(path: string): Promise<Buffer>;
}

/**
 * A suspicious change (grade/flags.ts): a file outside the test tree whose path matches `path`, with an
 * added line matching `added` (any line when absent), is recorded as `code` for a human to look at.
 */
export interface FlagRule {
  code: string;
  path: RegExp;
  added?: RegExp;
}

/** What a framework's test command needs, on the host (local runtime) and in the shared workspace image (Docker). */
export interface Toolchain {
  /** Executables the local runtime looks for on PATH, e.g. ['java', 'mvn']. */
  host: string[];
  /** Further checks once those are there: a command that must exit 0, reported missing as `name`. */
  hostChecks?: { name: string; command: string[] }[];
  /** Debian bookworm packages the shared workspace image (compose/workspace/) installs for a task without a Dockerfile. */
  apt: string[];
  /** npm packages the workspace image installs globally. */
  npm: string[];
}

/**
 * One test framework, whole: how the grader switches its structured report on, finds and parses it, what
 * it needs installed, the names APEX-SWE's test_metadata.json gives it, and the files that drive the runner.
 * A new framework is one file exporting this plus one line in `frameworks` (registry.ts).
 */
export interface TestFramework {
  /** The test command with the structured report switched on, writing into `reportDir`. */
  rewrite(command: string, reportDir: string): string;
  /** A shell command run in the workdir before the suite, removing reports a workspace may already hold. */
  cleanup?: string;
  /** The report files the run produced (empty when there are none). */
  collect(env: ReportSource, reportDir: string): Promise<ReportFile[]>;
  /**
   * The one file the report is, when the framework names it: the suite's own exec prints it after the run
   * (grade/run-suite.ts), so reading it costs no engine call; `collect` reads it when that print is missing.
   */
  reportFile?(reportDir: string): string;
  /** Results of one report file; `rootDir` is the directory the command ran in. */
  parse(text: string, rootDir: string): TestCaseResult[];
  /**
   * Basenames of files that drive the runner itself, put back to base anywhere in the workspace before
   * grading (grade/reset-files.ts): files a workspace could use to rewrite results from inside the runner
   * (a conftest.py hook that marks every test passed, a config with a results processor). The agent's
   * changes to them do not count at grading.
   */
  harnessFiles: string[];
  /** A key of the top-level package.json that configures the runner, put back to base before grading (grade/reset-package-key.ts). */
  packageJsonKey?: string;
  toolchain: Toolchain;
  /**
   * Changes outside the test tree that reach into this runner (its private modules, hooks, fake results),
   * flagged for review on the TrialResult; grade/flags.ts adds the rules common to every framework.
   */
  flagRules?: FlagRule[];
  /** The `test_framework` values of APEX-SWE tasks this framework runs (lower case), besides its own name. */
  apexAliases: string[];
}

export async function readIfThere(env: ReportSource, file: string): Promise<ReportFile[]> {
  try {
    return [{ path: file, text: (await env.readFile(file)).toString('utf8') }];
  } catch {
    return [];
  }
}

/** The parts of a framework whose report is one file the grader names (`name`), in its own fresh directory. */
export function singleFileReport(
  name: string,
  rewrite: (command: string, report: string) => string
): Pick<TestFramework, 'rewrite' | 'collect' | 'reportFile'> {
  return {
    rewrite: (command, dir) => rewrite(command, `${dir}/${name}`),
    collect: (env, dir) => readIfThere(env, `${dir}/${name}`),
    reportFile: (dir) => `${dir}/${name}`
  };
}
