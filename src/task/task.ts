import type { ApexLayer } from './apex-layers.js';
import type { ApexProcessCheck } from './apex-schema.js';
import type { Family, Framework, McpServerSpec } from './schema.js';

/** Which on-disk layout a task was read from. All load into the same {@link Task}. */
export type TaskLayout = 'opsbench' | 'apex-integration' | 'apex-observability';

/**
 * A loaded, validated task with every path resolved to an absolute path that exists.
 * Paths under `hidden` are never shown to the agent before grading.
 */
export interface Task {
  id: string;
  family: Family;
  language: string | null;
  services: string[];
  /** The instruction text (read from the file when task.yaml names one). */
  instruction: string;
  /** Absolute path of the task directory. */
  dir: string;
  layout: TaskLayout;
  timeouts: { agentSec: number; testSec: number; buildSec: number };
  environment: {
    /** Absolute path of the compose file, or null when the task is workspace-only. */
    compose: string | null;
    workspace: string;
    /** Absolute path of the base repository copied into the workspace (may be null for integration tasks with no repo). */
    repo: string | null;
    workdir: string;
    /** What task.yaml's environment.limits asks for each service (absent: the runner's defaults). */
    limits?: { pids?: number; memory?: string; cpus?: number };
  };
  tests: {
    framework: Framework;
    command: string;
    failToPass: string[];
    passToPass: string[];
  };
  /** What the agent must never see before grading. */
  hidden: {
    /** Absolute path of test.patch (observability). */
    testPatch: string | null;
    /** Absolute path of the grader's test directory (integration `tests/`). */
    testsDir: string | null;
    /** Absolute path of APEX-SWE's run-tests.sh, when the layout has one. */
    runTests: string | null;
    solution: { patch: string } | { script: string };
    rubric: string | null;
  };
  /**
   * The observability context the harness serves over MCP. `notAfter` (ISO time): chat and issues newer than
   * it are not served (APEX-SWE's data/git_commit_timestamp.txt: nothing from after the bug's commit).
   */
  context: { logs: string | null; chat: string | null; tracker: string | null; notAfter?: string };
  mcp: McpServerSpec[];
  /** What only APEX-SWE's layouts carry (apex-conventions.ts); absent for OpsBench's own format. */
  apex?: ApexSpec;
  /** sha256 over every file of the task directory (sorted relative paths and contents). */
  hash: string;
}

/** The APEX-SWE conventions a task in one of its layouts brings along (src/task/apex.ts reads them). */
export interface ApexSpec {
  /**
   * The grading scripts, in the order they run at /tests: APEX's single run-tests.sh (or test.sh, tests.sh,
   * run_tests.sh, verify.sh), else task.yaml's `test_scripts`. Hidden until grading. Empty for observability.
   */
  testScripts: string[];
  /** Task files APEX's executor copies into the client's /app, flattened to their base names. */
  contextFiles: string[];
  /** Tokens for /config/mcp-required.txt: the MCP-backed services the compose file runs (plane, zammad...). */
  mcpRequired: string[];
  /** test_metadata.json's process_checks: evidence in the trajectory that the agent used a service. */
  processChecks: ApexProcessCheck[];
  /**
   * test_layers.json (apex-layers.ts): named layers of test ids, @F2P/@P2P and tests/...sh verifiers, each
   * graded per trial (grade/layers.ts) and held against its pass@k / pass^k threshold in the report. Empty:
   * the task has none and is graded as before.
   */
  layers: ApexLayer[];
}
