import { mkdir, rm, writeFile } from 'node:fs/promises';
import type { Agent } from '../agent/agent.js';
import { createMasker } from '../agent/model/mask.js';
import { maskArtifacts } from './mask-artifacts.js';
import { detectFlags } from '../grade/flags.js';
import type { Grader } from '../grade/outcome.js';
import type { TrialResult } from '../core/trial-result.js';
import type { Environment } from '../runtime/environment.js';
import type { Runtime } from '../runtime/runtime.js';
import { pathsUnder } from '../core/trial-paths.js';
import { timed, type PhaseDurations } from './deadline.js';
import { CancelledError, OpsBenchError } from '../core/errors.js';
import { abortableSleep, backoffMs, DEFAULT_RETRY_POLICY, type RetryPolicy } from '../core/retry.js';
import { baseResult, type TrialIdentity } from './trial-result-builder.js';
import {
  asOpsBenchError,
  createEnvironment,
  DEFAULT_TRIAL_LIMITS,
  gradeWorkspace,
  runAgent,
  saveDiff,
  setupAgent,
  stopAgentProcesses,
  startEnvironment,
  teardown,
  type TrialLimits
} from './trial-phases.js';

export { DEFAULT_TRIAL_LIMITS, messageOf, type TrialLimits } from './trial-phases.js';

export interface TrialSpec extends TrialIdentity {
  agent: Agent;
  runtime: Runtime;
  /** This trial's artifact directory (its layout: core/trial-paths.ts); emptied when the trial starts. */
  artifactsDir: string;
  /** Host scratch space for the runtime (workspaces live under it). */
  scratchDir: string;
  /** Defaults to grade/grade-trial.ts's gradeTrial. */
  grader?: Grader;
  /** The run's cancel signal: on abort the trial tears down, writes result.json and throws CancelledError. */
  signal?: AbortSignal;
  /** Verbose per-trial lines (also kept in logs/trial.log). */
  log?: (line: string) => void;
  retry?: RetryPolicy;
  limits?: Partial<TrialLimits>;
  /** TrialResult.agent_config (the scheduler passes AgentSpec.configHash); absent: not recorded. */
  agentConfig?: string;
  /** How long this trial waited for its task's test lists to be computed: durations_ms.f2p_p2p. */
  f2pMs?: number;
}

interface TryOutcome {
  result: TrialResult;
  /** Set when the try ended in an infrastructure failure worth another try. */
  retryable: boolean;
  cancelled: boolean;
}

/**
 * Runs one trial (Harbor's trial.py): environment -> agent setup -> agent run -> grade -> teardown, each
 * phase timed and under its own deadline, teardown always. Never throws for the agent's or the
 * environment's failures: they are the returned TrialResult (`error` with an error_class).
 *
 * - An agent timeout (task.timeouts.agentSec) stops the agent and STILL grades: stop_reason agent_timeout.
 * - An agent that throws a plain error is `crashed` and its workspace is STILL graded: what it changed before
 *   crashing may pass, and a crash is the agent's failure, not the harness's. The message is kept in
 *   error_message. An agent that throws an OpsBenchError (provider outage, setup) is `error` with that class.
 * - A retryable OpsBenchError (environment start, daemon, provider past its retries) reruns the whole trial
 *   up to `retry.maxRetries` more times with exponential backoff; a failing test or a timeout never does.
 *
 * @throws CancelledError when `signal` fires: after teardown, with result.json recorded as error/cancelled.
 */
export async function runTrial(spec: TrialSpec): Promise<TrialResult> {
  const policy = spec.retry ?? DEFAULT_RETRY_POLICY;
  const limits = { ...DEFAULT_TRIAL_LIMITS, ...spec.limits };
  const firstStart = new Date();
  const lines: string[] = [];
  // The agent's keys (and anything token-shaped) never reach trial.log, the verbose output or error_message.
  const mask = createMasker(spec.agent.secrets ?? []);
  const log = (raw: string) => {
    const line = mask(raw);
    lines.push(`${((Date.now() - firstStart.getTime()) / 1000).toFixed(2)}s ${line}`);
    spec.log?.(`[${spec.task.id} #${spec.attempt}] ${line}`);
  };
  for (let tryNo = 1; ; tryNo++) {
    await rm(spec.artifactsDir, { recursive: true, force: true });
    await mkdir(spec.artifactsDir, { recursive: true });
    const outcome = await runOnce(spec, tryNo, limits, log);
    const result: TrialResult = {
      ...outcome.result,
      started_at: firstStart.toISOString(),
      error_message: outcome.result.error_message == null ? outcome.result.error_message : mask(outcome.result.error_message),
      ...(spec.agentConfig !== undefined && { agent_config: spec.agentConfig })
    };
    const retry = outcome.retryable && !outcome.cancelled && tryNo <= policy.maxRetries;
    if (retry) {
      const delay = Math.round(backoffMs(policy, tryNo));
      log(`try ${tryNo} failed (${result.error_class}: ${result.error_message}); retrying in ${delay} ms`);
      try {
        await (policy.sleep ?? abortableSleep)(delay, spec.signal);
      } catch {
        // Cancelled while waiting to retry: fall through and record the cancel.
      }
      if (!spec.signal?.aborted) continue;
    }
    const cancelled = outcome.cancelled || spec.signal?.aborted === true;
    const unmasked: TrialResult = cancelled
      ? { ...result, status: 'error', error_class: 'cancelled', error_message: 'cancelled (SIGINT/SIGTERM)' }
      : result;
    // Test names and messages come from the agent's code: masked like every artifact (results.jsonl too).
    const final = JSON.parse(mask(JSON.stringify(unmasked))) as TrialResult;
    await maskArtifacts(spec.artifactsDir, mask);
    const paths = pathsUnder(spec.artifactsDir);
    await writeFile(paths.result, `${JSON.stringify(final, null, 2)}\n`);
    await mkdir(paths.logsDir, { recursive: true });
    await writeFile(paths.trialLog, `${lines.join('\n')}\n`);
    if (cancelled) throw new CancelledError(`trial ${spec.task.id} #${spec.attempt} cancelled`);
    return final;
  }
}

async function runOnce(
  spec: TrialSpec,
  tryNo: number,
  limits: TrialLimits,
  log: (line: string) => void
): Promise<TryOutcome> {
  const { task, agent } = spec;
  const result = baseResult(spec, new Date());
  const durations: PhaseDurations = { env: 0, agent: 0, grade: 0, teardown: 0 };
  let env: Environment | undefined;
  let failure: OpsBenchError | undefined;
  let cancelled = false;
  try {
    const started = await timed(durations, 'env', async () => {
      env = createEnvironment(spec, tryNo, log);
      await startEnvironment(env, spec, limits);
      return env;
    });
    log(`environment up (${Math.round(durations.env)} ms, try ${tryNo})`);
    const paths = pathsUnder(spec.artifactsDir);
    await mkdir(paths.agentDir, { recursive: true });
    const agentCtx = { task, env: started, artifactsDir: paths.agentDir, log };
    await timed(durations, 'agent', () => setupAgent(agent, agentCtx, spec, limits));
    const ran = await timed(durations, 'agent', () => runAgent(agent, agentCtx, spec, limits));
    result.stop_reason = ran.outcome.stopReason;
    result.episodes = ran.outcome.episodes;
    result.tokens = {
      input: ran.outcome.tokens.input,
      output: ran.outcome.tokens.output,
      cache_read: ran.outcome.tokens.cacheRead,
      cache_write: ran.outcome.tokens.cacheWrite
    };
    result.cost_usd = ran.outcome.costUsd;
    log(`agent stopped: ${ran.outcome.stopReason}`);
    if (ran.outcome.error) {
      const { errorClass, message, retryable } = ran.outcome.error;
      throw new OpsBenchError(message, { phase: 'agent', errorClass, retryable: retryable ?? false });
    }
    // The diff is taken before grading touches the workspace, and counts as grading time.
    const grade = await timed(durations, 'grade', async () => {
      await stopAgentProcesses(started, task, log);
      const diff = await saveDiff(started, pathsUnder(spec.artifactsDir).diff, log);
      const flags = diff === null ? [] : detectFlags(diff, task.tests.framework);
      if (flags.length > 0) {
        result.flags = flags;
        log(`flagged for review: ${flags.join(', ')}`);
      }
      return gradeWorkspace(started, spec, limits, log);
    });
    // A suite that ran on the agent's tree and gave no verdict (no report, a non-zero exit with no failing test)
    // is what the agent's change did: the engine said the containers were alive. As `error` it would run again
    // on resume, a free re-roll for an agent that deleted its package; it is `failed`, the reason kept.
    const agentsDoing = grade.status === 'error' && grade.noVerdict === true;
    Object.assign(result, {
      status: agentsDoing ? 'failed' : grade.status,
      error_class: agentsDoing ? null : grade.errorClass,
      error_message: [ran.crash && `agent crashed: ${ran.crash}`, grade.message].filter(Boolean).join('; ') || null,
      fail_to_pass: grade.failToPass,
      pass_to_pass: grade.passToPass,
      correctness: grade.correctness,
      tests: grade.tests,
      test_command_ms: Math.round(grade.testCommandMs),
      ...(grade.layers ? { layers: grade.layers } : {}),
      ...(grade.processVerification ? { process_verification: grade.processVerification } : {})
    } satisfies Partial<TrialResult>);
    log(`graded: ${grade.status}${grade.message ? ` (${grade.message})` : ''}`);
  } catch (error) {
    if (OpsBenchError.isInstance(error) && error.errorClass === 'cancelled') cancelled = true;
    else failure = asOpsBenchError(error);
  } finally {
    await timed(durations, 'teardown', () =>
      teardown(env, cancelled || spec.signal?.aborted === true, spec.artifactsDir, limits, log)
    );
  }
  // Docker: whether this trial built its images or reused them (set even when the stack failed after building).
  const image = (env as Environment | undefined)?.imageStatus;
  if (image) result.image = image;
  if (failure) {
    result.status = 'error';
    result.error_class = failure.errorClass;
    result.error_message = failure.message;
    log(`error (${failure.name}, ${failure.errorClass}${failure.retryable ? ', retryable' : ''}): ${failure.message}`);
  }
  result.durations_ms = {
    env: Math.round(durations.env),
    agent: Math.round(durations.agent),
    grade: Math.round(durations.grade),
    teardown: Math.round(durations.teardown),
    ...(spec.f2pMs !== undefined && { f2p_p2p: Math.round(spec.f2pMs) })
  };
  result.finished_at = new Date().toISOString();
  return { result, retryable: failure?.retryable === true, cancelled };
}
