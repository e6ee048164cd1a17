import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Agent, AgentContext, AgentOutcome } from '../agent/agent.js';
import { gradeTrial } from '../grade/grade-trial.js';
import type { GradeOutcome } from '../grade/outcome.js';
import type { Environment } from '../runtime/environment.js';
import { pathsUnder } from '../core/trial-paths.js';
import { withDeadline } from './deadline.js';
import {
  AgentSetupError,
  AgentSetupTimeoutError,
  CancelledError,
  EnvironmentStartError,
  EnvironmentStartTimeoutError,
  GradeError,
  GradeTimeoutError,
  OpsBenchError
} from '../core/errors.js';
import type { TrialSpec } from './run-trial.js';

// The phases of one trial, which run-trial.ts runs in order. Each runs under its deadline and turns what
// went wrong into that phase's typed error; a cancel is always CancelledError.

/** Slack around the phases' own timeouts; injectable so tests need not wait for the real ones. */
export interface TrialLimits {
  /** Grading may take test_sec plus this (patching, resetting files, collecting reports). Default 120. */
  gradeMarginSec: number;
  /** How long a phase gets to return after its signal fired before the trial stops waiting. Default 10000. */
  graceMs: number;
  /** Teardown deadline; a hung `down` is logged and abandoned. Default 120000. */
  teardownMs: number;
}

export const DEFAULT_TRIAL_LIMITS: TrialLimits = { gradeMarginSec: 120, graceMs: 10_000, teardownMs: 120_000 };

/** Compose project names and workspace dirs: lowercase, [a-z0-9_-], unique per try. */
function trialId(spec: TrialSpec, tryNo: number): string {
  const raw = `${spec.runId}-${spec.task.id}-${spec.agent.name}-${spec.attempt}${tryNo > 1 ? `-r${tryNo}` : ''}`;
  return raw.toLowerCase().replace(/[^a-z0-9_-]/g, '-');
}

export function createEnvironment(spec: TrialSpec, tryNo: number, log: (line: string) => void): Environment {
  try {
    return spec.runtime.create(spec.task, {
      trialId: trialId(spec, tryNo),
      runId: spec.runId,
      scratchDir: spec.scratchDir,
      artifactsDir: spec.artifactsDir,
      log
    });
  } catch (error) {
    // create() validates the task's environment definition: retrying cannot fix a bad definition.
    if (OpsBenchError.isInstance(error)) throw error;
    throw new EnvironmentStartError(`cannot create the environment: ${messageOf(error)}`, 'env_start', false, error);
  }
}

export async function startEnvironment(env: Environment, spec: TrialSpec, limits: TrialLimits): Promise<void> {
  const buildSec = spec.task.timeouts.buildSec;
  const up = await withDeadline((signal) => env.up({ signal, gradeAfter: true }), {
    parent: spec.signal,
    timeoutMs: buildSec * 1000,
    graceMs: limits.graceMs
  });
  if (up.kind === 'cancelled') throw new CancelledError();
  if (up.kind === 'timeout') {
    throw new EnvironmentStartTimeoutError(`environment did not start within build_sec (${buildSec}s)`, up.error);
  }
  if (up.kind === 'failed') {
    if (OpsBenchError.isInstance(up.error)) throw up.error;
    throw new EnvironmentStartError(`environment start failed: ${messageOf(up.error)}`, 'env_start', true, up.error);
  }
}

export type AgentBase = Omit<AgentContext, 'signal'>;

export async function setupAgent(agent: Agent, ctx: AgentBase, spec: TrialSpec, limits: TrialLimits): Promise<void> {
  if (!agent.setup) return;
  const buildSec = spec.task.timeouts.buildSec;
  const setup = await withDeadline((signal) => agent.setup!({ ...ctx, signal }), {
    parent: spec.signal,
    timeoutMs: buildSec * 1000,
    graceMs: limits.graceMs
  });
  if (setup.kind === 'cancelled') throw new CancelledError();
  if (setup.kind === 'timeout') throw new AgentSetupTimeoutError(`agent setup did not finish within build_sec (${buildSec}s)`);
  if (setup.kind === 'failed') {
    if (OpsBenchError.isInstance(setup.error)) throw setup.error;
    throw new AgentSetupError(`agent setup failed: ${messageOf(setup.error)}`, setup.error);
  }
}

const NO_WORK: AgentOutcome = {
  stopReason: 'crashed',
  episodes: 0,
  tokens: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 },
  costUsd: 0
};

/** The agent's outcome, with `crash` set when it threw a plain error (its workspace is still graded). */
export async function runAgent(
  agent: Agent,
  ctx: AgentBase,
  spec: TrialSpec,
  limits: TrialLimits
): Promise<{ outcome: AgentOutcome; crash?: string }> {
  const agentSec = spec.task.timeouts.agentSec;
  const run = await withDeadline((signal) => agent.run({ ...ctx, signal }), {
    parent: spec.signal,
    timeoutMs: agentSec * 1000,
    graceMs: limits.graceMs
  });
  switch (run.kind) {
    case 'cancelled':
      throw new CancelledError();
    case 'timeout':
      ctx.log(`agent timed out after agent_sec (${agentSec}s)${run.settled ? '' : '; abandoned it after the grace period'}`);
      return { outcome: { ...(run.value ?? NO_WORK), stopReason: 'agent_timeout' } };
    case 'failed':
      if (OpsBenchError.isInstance(run.error)) throw run.error;
      ctx.log(`agent crashed: ${messageOf(run.error)}`);
      return { outcome: NO_WORK, crash: messageOf(run.error) };
    case 'done':
      return { outcome: run.value };
  }
}

/**
 * Observability tasks: ends every process the agent left running (Environment.stopAgentProcesses) before
 * the diff and the grader touch the workspace, so nothing of the agent's undoes the grader's reset of the
 * test files or rewrites them while the suite runs. Integration tasks keep theirs: the grader's suite
 * talks to the service the agent started (it runs in the grader container, away from the workspace).
 * @throws GradeError when the processes cannot be stopped (grading what they may still change would not
 *   be a verdict); RuntimeUnavailableError when the environment is gone
 */
export async function stopAgentProcesses(env: Environment, task: TrialSpec['task'], log: (line: string) => void): Promise<void> {
  if (task.family !== 'observability' || !env.stopAgentProcesses) return;
  try {
    await env.stopAgentProcesses();
  } catch (error) {
    if (OpsBenchError.isInstance(error)) throw error;
    throw new GradeError(`could not stop the agent's processes before grading: ${messageOf(error)}`, error);
  }
  log("stopped the agent's processes");
}

/** Saves agent.diff; returns its text, or null when there is none. */
export async function saveDiff(env: Environment, file: string, log: (line: string) => void): Promise<string | null> {
  try {
    const diff = await env.diff();
    await writeFile(file, diff);
    return diff;
  } catch (error) {
    // The diff is an artifact for people; the grader reads the workspace itself.
    log(`could not save agent.diff: ${messageOf(error)}`);
    return null;
  }
}

export async function gradeWorkspace(
  env: Environment,
  spec: TrialSpec,
  limits: TrialLimits,
  log: (line: string) => void
): Promise<GradeOutcome> {
  const grader = spec.grader ?? gradeTrial;
  const artifactsDir = pathsUnder(spec.artifactsDir).gradeDir;
  await mkdir(artifactsDir, { recursive: true });
  const budgetSec = spec.task.timeouts.testSec + limits.gradeMarginSec;
  const graded = await withDeadline((signal) => grader({ task: spec.task, env, artifactsDir, trajectory: pathsUnder(spec.artifactsDir).trajectory, signal, log }), {
    parent: spec.signal,
    timeoutMs: budgetSec * 1000,
    graceMs: limits.graceMs
  });
  if (graded.kind === 'cancelled') throw new CancelledError();
  if (graded.kind === 'timeout') {
    throw new GradeTimeoutError(
      `grading did not finish within test_sec + ${limits.gradeMarginSec}s margin (${budgetSec}s)`,
      graded.error
    );
  }
  if (graded.kind === 'failed') {
    if (OpsBenchError.isInstance(graded.error)) throw graded.error;
    throw new GradeError(`grading failed: ${messageOf(graded.error)}`, graded.error);
  }
  return graded.value;
}

/** Collects service logs and stops the environment. Logs its own failures and never throws (Harbor's rule). */
export async function teardown(
  env: Environment | undefined,
  interrupted: boolean,
  dir: string,
  limits: TrialLimits,
  log: (line: string) => void
): Promise<void> {
  if (!env) return;
  try {
    const logs = await env.logs();
    const { logsDir } = pathsUnder(dir);
    await mkdir(logsDir, { recursive: true });
    for (const [name, text] of Object.entries(logs)) {
      await writeFile(path.join(logsDir, `${name.replace(/[^\w.-]/g, '_')}.log`), text);
    }
  } catch (error) {
    log(`could not collect service logs: ${messageOf(error)}`);
  }
  const down = await withDeadline(() => env.down({ interrupted }), { timeoutMs: limits.teardownMs, graceMs: 0 });
  if (down.kind === 'failed') log(`teardown failed: ${messageOf(down.error)}`);
  if (down.kind === 'timeout') log(`teardown did not finish within ${limits.teardownMs} ms; abandoned`);
}

export function asOpsBenchError(error: unknown): OpsBenchError {
  if (OpsBenchError.isInstance(error)) return error;
  return new OpsBenchError(`internal error: ${messageOf(error)}`, { phase: 'agent', errorClass: 'internal', cause: error });
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
