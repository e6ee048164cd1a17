import type { ErrorClass, TrialResult } from '../core/trial-result.js';
import { RESULT_SCHEMA_VERSION } from '../core/trial-result.js';
import type { Task } from '../task/task.js';
import { HARNESS_VERSION } from '../core/version.js';

/** Who and what a trial is: the resume key (task_id, attempt, agent, model) plus what the result copies. */
export interface TrialIdentity {
  runId: string;
  task: Task;
  agent: { name: string; model: string | null };
  /** 1-based. */
  attempt: number;
}


/** What a result copies from its task: a loaded Task, or what is known of a task that did not load. */
export type ResultTask = Pick<Task, 'id' | 'family' | 'language' | 'services' | 'hash'> & { tests: Pick<Task['tests'], 'failToPass' | 'passToPass'> };

/** A result with every count at zero: `error`/`internal` until the trial fills in what happened. */
export function baseResult(id: Omit<TrialIdentity, 'task'> & { task: ResultTask }, startedAt: Date): TrialResult {
  const iso = startedAt.toISOString();
  return {
    schema: RESULT_SCHEMA_VERSION,
    run_id: id.runId,
    task_id: id.task.id,
    family: id.task.family,
    language: id.task.language,
    services: id.task.services,
    agent: id.agent.name,
    model: id.agent.model,
    attempt: id.attempt,
    status: 'error',
    error_class: 'internal',
    error_message: null,
    stop_reason: null,
    fail_to_pass: { passed: 0, total: id.task.tests.failToPass.length },
    pass_to_pass: { passed: 0, total: id.task.tests.passToPass.length },
    correctness: 0,
    tests: [],
    durations_ms: { env: 0, agent: 0, grade: 0, teardown: 0 },
    episodes: 0,
    tokens: { input: 0, output: 0, cache_read: 0, cache_write: 0 },
    cost_usd: 0,
    started_at: iso,
    finished_at: iso,
    harness_version: HARNESS_VERSION,
    task_hash: id.task.hash
  };
}

/** A trial that never started (skip, task preparation failure): `error` with its class and reason. */
export function errorResult(id: Omit<TrialIdentity, 'task'> & { task: ResultTask }, errorClass: ErrorClass, message: string, at = new Date()): TrialResult {
  return { ...baseResult(id, at), error_class: errorClass, error_message: message };
}
