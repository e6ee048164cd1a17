import type { LayerResult, TrialResult } from '../core/trial-result.js';

/** The fields of a TrialResult the report reads (summary, per-task table, JUnit); everything else is dropped on read. */
export type ReportRow = Pick<
  TrialResult,
  | 'task_id'
  | 'family'
  | 'language'
  | 'agent'
  | 'model'
  | 'attempt'
  | 'status'
  | 'error_class'
  | 'error_message'
  | 'stop_reason'
  | 'fail_to_pass'
  | 'pass_to_pass'
  | 'correctness'
  | 'durations_ms'
  | 'tokens'
  | 'cost_usd'
  | 'finished_at'
  | 'flags'
> & {
  /** The layers' verdicts only (their tests stay in results.jsonl). */
  layers?: Array<Pick<LayerResult, 'name' | 'threshold' | 'passed'>>;
};

/**
 * A result reduced to what the report reads: per-test statuses, services and the rest are most of a line's
 * size, and a report of 100,000 trials holding them all would need gigabytes.
 */
export function toReportRow(r: TrialResult): ReportRow {
  // One object literal (one hidden class) rather than a loop over names: this runs once per trial read.
  const row: ReportRow = {
    task_id: r.task_id,
    family: r.family,
    language: r.language,
    agent: r.agent,
    model: r.model,
    attempt: r.attempt,
    status: r.status,
    error_class: r.error_class,
    stop_reason: r.stop_reason,
    fail_to_pass: r.fail_to_pass,
    pass_to_pass: r.pass_to_pass,
    correctness: r.correctness,
    durations_ms: r.durations_ms,
    tokens: r.tokens,
    cost_usd: r.cost_usd,
    finished_at: r.finished_at
  };
  if (r.error_message !== undefined) row.error_message = r.error_message;
  if (r.layers) row.layers = r.layers.map((l) => ({ name: l.name, threshold: l.threshold, passed: l.passed }));
  if (r.flags !== undefined && r.flags.length > 0) row.flags = r.flags;
  return row;
}
