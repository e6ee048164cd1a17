import type { TrialResult } from '../core/trial-result.js';

/** The fields of a TrialResult the report reads (summary, per-task table, JUnit); everything else is dropped on read. */
const REPORT_FIELDS = [
  'task_id',
  'family',
  'language',
  'agent',
  'model',
  'attempt',
  'status',
  'error_class',
  'error_message',
  'stop_reason',
  'fail_to_pass',
  'pass_to_pass',
  'correctness',
  'durations_ms',
  'tokens',
  'cost_usd',
  'finished_at'
] as const satisfies readonly (keyof TrialResult)[];

export type ReportRow = Pick<TrialResult, (typeof REPORT_FIELDS)[number]>;

/**
 * A result reduced to what the report reads: per-test statuses, services and the rest are most of a line's
 * size, and a report of 100,000 trials holding them all would need gigabytes.
 */
export function toReportRow(result: TrialResult): ReportRow {
  const row: Partial<Record<keyof ReportRow, unknown>> = {};
  for (const field of REPORT_FIELDS) if (field in result) row[field] = result[field];
  return row as ReportRow;
}
