import { RESULT_SCHEMA_VERSION, type TrialResult } from '../../src/core/trial-result.js';

/** A valid TrialResult with the fields a test cares about overridden. */
export function trialResult(over: Partial<TrialResult> = {}): TrialResult {
  return {
    schema: RESULT_SCHEMA_VERSION,
    run_id: 'run-1',
    task_id: 'task-a',
    family: 'observability',
    language: 'python',
    services: ['workspace'],
    agent: 'model',
    model: 'openai:gpt-test',
    attempt: 1,
    status: 'passed',
    error_class: null,
    error_message: null,
    stop_reason: 'submitted',
    fail_to_pass: { passed: 1, total: 1 },
    pass_to_pass: { passed: 2, total: 2 },
    correctness: 1,
    tests: [],
    durations_ms: { env: 10, agent: 20, grade: 30, teardown: 5 },
    episodes: 3,
    tokens: { input: 100, output: 10, cache_read: 0, cache_write: 0 },
    cost_usd: 0.01,
    started_at: '2026-11-21T00:00:00.000Z',
    finished_at: '2026-11-21T00:01:00.000Z',
    harness_version: '0.1.0',
    task_hash: 'h',
    ...over
  };
}

/** n attempts of one task of which the first c pass. */
export function attempts(taskId: string, n: number, c: number, over: Partial<TrialResult> = {}): TrialResult[] {
  return Array.from({ length: n }, (_, i) =>
    trialResult({ task_id: taskId, attempt: i + 1, status: i < c ? 'passed' : 'failed', ...over })
  );
}
